package net.utilitynet.miner.access;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import net.utilitynet.wallet.InvalidInputException;

/**
 * How the provider gives renters access to a leased chip.
 *
 * @param host      the address the lease access gateway binds to (loopback by default; {@code 0.0.0.0} for every interface)
 * @param port      its port ({@code 0}: any free port)
 * @param publicUrl the URL renters are told to use, when it is not {@code http://host:port} (a provider behind NAT
 *                  or a reverse proxy sets its public address here)
 * @param hook      the provider's own grant command (SSH, containers, Jupyter…); when set, grants come from it instead of the gateway
 */
public record AccessConfig(String host, int port, Optional<URI> publicUrl, Optional<Path> hook) {
    public static final String LOOPBACK = "127.0.0.1";
    /** The gateway's default port. */
    public static final int DEFAULT_PORT = 8646;

    public AccessConfig {
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("gateway host", "is empty; use an address of this machine such as 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("gateway port", port + " is not a port; use 1..65535 (or 0 for any free port)");
        }
        publicUrl.ifPresent(u -> {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new InvalidInputException("gateway public URL", "'" + u + "' is not an http(s) URL with a host; use e.g. https://gpu.example.org:8646");
            }
        });
        if (publicUrl.isEmpty() && (host.trim().equals("0.0.0.0") || host.trim().equals("::"))) {
            throw new InvalidInputException("gateway public URL", "is needed when the gateway listens on every interface (" + host.trim()
                    + "): grants must name an address renters can reach, e.g. http://203.0.113.7:" + (port == 0 ? DEFAULT_PORT : port));
        }
        hook.ifPresent(h -> {
            if (!Files.isRegularFile(h) || !Files.isExecutable(h)) {
                throw new InvalidInputException("grant hook", h + " is not an executable file; give the path of your grant command (chmod +x)");
            }
        });
    }

    /** The gateway on the loopback address at the default port. */
    public static AccessConfig defaults() {
        return new AccessConfig(LOOPBACK, DEFAULT_PORT, Optional.empty(), Optional.empty());
    }

    /** Parses the user's values (empty strings = not set), naming the field that is wrong. */
    public static AccessConfig parse(String host, int port, String publicUrl, String hook) {
        Optional<URI> url = Optional.empty();
        if (publicUrl != null && !publicUrl.isBlank()) {
            try {
                url = Optional.of(new URI(publicUrl.trim()));
            } catch (java.net.URISyntaxException e) {
                throw new InvalidInputException("gateway public URL", "'" + publicUrl + "' is not a URL; use e.g. https://gpu.example.org:8646");
            }
        }
        return new AccessConfig(host == null || host.isBlank() ? LOOPBACK : host.trim(), port, url,
                hook == null || hook.isBlank() ? Optional.empty() : Optional.of(Path.of(hook.trim())));
    }
}
