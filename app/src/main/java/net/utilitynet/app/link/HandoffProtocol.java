package net.utilitynet.app.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-line message a second start sends to the running GUI, and its answer:
 * {@code UTILITYNET-HANDOFF/1 TOKEN LINK\n} where LINK is the link in unpadded base64url, or {@code -} for "just
 * come to the front"; the answer is {@code OK\n} or {@code REFUSED reason\n}.
 */
final class HandoffProtocol {
    static final String MAGIC = "UTILITYNET-HANDOFF/1";
    static final String NO_LINK = "-";
    static final String OK = "OK";
    static final String REFUSED = "REFUSED";
    /** Room for the token and the longest link a payment request may be, base64-encoded. */
    static final int MAX_LINE = 4096;

    private HandoffProtocol() {
    }

    static String request(String token, Optional<String> link) {
        return MAGIC + " " + token + " "
                + link.map(l -> Base64.getUrlEncoder().withoutPadding().encodeToString(l.getBytes(StandardCharsets.UTF_8))).orElse(NO_LINK)
                + "\n";
    }

    /**
     * Reads one line of at most {@link #MAX_LINE} bytes.
     *
     * @throws IOException when the line is longer or the stream ends first
     */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the message ended before its end of line");
            }
            if (line.size() == MAX_LINE) {
                throw new IOException("the message is longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
