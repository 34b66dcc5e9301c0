package net.utilitynet.miner.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.LeaseView;

/**
 * Grants access through the provider's own access system (SSH accounts, containers, Jupyter…): runs
 * {@code HOOK issue LEASE_ID CHIP_ID EXPIRES_AT}, which must print {@code {"endpoint":…, "credentials":…}} on standard
 * output, and {@code HOOK revoke LEASE_ID} once the lease is over. The same values are in the environment
 * ({@code UTILITYNET_LEASE_ID}, {@code UTILITYNET_CHIP_ID}, {@code UTILITYNET_EXPIRES_AT}, {@code UTILITYNET_RENTER},
 * {@code UTILITYNET_LEASE_HOURS}; every other {@code UTILITYNET_…} variable, such as the wallet password of
 * {@code utilitynet mine}, is removed); no secret is ever passed to the hook. A hook that fails, prints something else or
 * runs past the timeout is reported with its exit status and the last line of its standard error; the next verified
 * head tries again. Its standard output (the credentials) is never logged.
 */
public final class HookGrantIssuer implements LeaseProvider.GrantIssuer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_OUTPUT = 64 * 1024;

    private final Path hook;
    private final AccessCredentials credentials;
    private final Duration timeout;

    public HookGrantIssuer(Path hook, AccessCredentials credentials, Duration timeout) {
        this.hook = hook;
        this.credentials = credentials;
        this.timeout = timeout;
    }

    @Override
    public AccessGrant issue(LeaseView lease) {
        String expires = lease.expiresAt().toString();
        String out = run(lease, List.of("issue", lease.leaseId().toString(), lease.chipId(), expires));
        JsonNode o;
        try {
            o = JSON.readTree(out);
        } catch (IOException e) {
            o = null;
        }
        String endpoint = o == null ? "" : o.path("endpoint").asText("");
        String secret = o == null ? "" : o.path("credentials").asText("");
        if (endpoint.isBlank() || secret.isBlank()) {
            throw new IllegalStateException(describe("issue", lease) + " printed no JSON object with non-empty \"endpoint\" and \"credentials\";"
                    + " it must print {\"endpoint\":\"…\",\"credentials\":\"…\"} on standard output");
        }
        credentials.issuedByHook(lease.leaseId(), lease.chipId(), lease.expiresAt(), endpoint);
        return new AccessGrant(lease.leaseId(), endpoint, secret, lease.expiresAt());
    }

    @Override
    public void revoke(LeaseView lease) {
        boolean open = credentials.forLease(lease.leaseId()).filter(c -> c.viaHook() && c.revokedAt().isEmpty()).isPresent();
        if (open) {
            run(lease, List.of("revoke", lease.leaseId().toString()));
            credentials.revoked(lease.leaseId());
        }
    }

    private String run(LeaseView lease, List<String> args) {
        String action = args.get(0);
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of(hook.toString())));
        pb.command().addAll(args);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(name -> name.startsWith("UTILITYNET_")); // ours only: e.g. UTILITYNET_PASSWORD of 'mine' stays here
        env.put("UTILITYNET_LEASE_ID", lease.leaseId().toString());
        env.put("UTILITYNET_CHIP_ID", lease.chipId());
        env.put("UTILITYNET_EXPIRES_AT", lease.expiresAt().toString());
        env.put("UTILITYNET_RENTER", lease.renter().checksummed());
        env.put("UTILITYNET_LEASE_HOURS", Long.toString(lease.hours()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException(describe(action, lease) + " could not start: " + e.getMessage() + "; check the hook's path and permissions", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException(describe(action, lease) + " did not finish within " + timeout.toSeconds()
                        + " s and was stopped; it is run again on the next block");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(describe(action, lease) + " exited with status " + p.exitValue() + lastLine(stderr.join())
                        + "; it is run again on the next block");
            }
            return stdout.join();
        } catch (IOException e) {
            throw new IllegalStateException(describe(action, lease) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(describe(action, lease) + " was interrupted", e);
        }
    }

    private String describe(String action, LeaseView lease) {
        return "grant hook " + hook + " " + action + " for lease " + lease.leaseId();
    }

    private static String lastLine(String stderr) {
        String[] lines = stderr.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (last.isEmpty()) {
            return "";
        }
        return ": " + (last.length() > 300 ? last.substring(0, 300) + "…" : last);
    }

    private static String read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_OUTPUT);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
