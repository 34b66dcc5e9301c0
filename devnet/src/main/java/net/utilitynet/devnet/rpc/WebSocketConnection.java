package net.utilitynet.devnet.rpc;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket client (RFC 6455 after the handshake): reads masked text frames carrying JSON-RPC, answers through a
 * bounded outbox drained by its own writer thread, so a slow client never stalls block production; a client that
 * lets its outbox fill up is disconnected.
 */
final class WebSocketConnection {
    private static final int OUTBOX = 1024;
    private static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;

    private record Frame(int opcode, byte[] payload) {
    }

    private final Socket socket;
    private final int maxMessageBytes;
    private final BlockingQueue<Frame> outbox = new ArrayBlockingQueue<>(OUTBOX);
    private volatile boolean open = true;

    WebSocketConnection(Socket socket, int maxMessageBytes) {
        this.socket = socket;
        this.maxMessageBytes = maxMessageBytes;
    }

    boolean isOpen() {
        return open;
    }

    /** Queues a text message; false (and the connection closes) when the client is not keeping up. */
    boolean send(String text) {
        if (!open) {
            return false;
        }
        if (!outbox.offer(new Frame(TEXT, text.getBytes(StandardCharsets.UTF_8)))) {
            close();
            return false;
        }
        return true;
    }

    void close() {
        open = false;
        outbox.clear();
        outbox.offer(new Frame(CLOSE, new byte[] {0x03, (byte) 0xe8})); // 1000: normal closure
    }

    /** Writes queued messages until closed; runs on the connection's writer thread. */
    void writeLoop() {
        try (OutputStream out = socket.getOutputStream()) {
            while (true) {
                Frame f = outbox.poll(30, TimeUnit.SECONDS);
                if (f == null) {
                    writeFrame(out, PING, new byte[0]); // keeps idle connections alive through proxies
                    continue;
                }
                writeFrame(out, f.opcode(), f.payload());
                if (f.opcode() == CLOSE) {
                    return;
                }
            }
        } catch (IOException e) {
            open = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSocket();
        }
    }

    /** Reads frames until the client closes; hands each complete text message to {@code handler}. */
    void readLoop(java.util.function.Consumer<String> handler) {
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (open) {
                int b0 = in.readUnsignedByte();
                int b1 = in.readUnsignedByte();
                boolean fin = (b0 & 0x80) != 0;
                int opcode = b0 & 0x0f;
                long len = b1 & 0x7f;
                if (len == 126) {
                    len = in.readUnsignedShort();
                } else if (len == 127) {
                    len = in.readLong();
                }
                if ((b1 & 0x80) == 0 || len < 0 || message.size() + len > maxMessageBytes) {
                    close(); // clients must mask; oversized messages are refused
                    return;
                }
                byte[] mask = new byte[4];
                in.readFully(mask);
                byte[] payload = new byte[(int) len];
                in.readFully(payload);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i & 3];
                }
                switch (opcode) {
                    case 0x0, 0x1 -> {
                        message.write(payload);
                        if (fin) {
                            handler.accept(message.toString(StandardCharsets.UTF_8));
                            message.reset();
                        }
                    }
                    case CLOSE -> {
                        close();
                        return;
                    }
                    case PING -> outbox.offer(new Frame(PONG, payload));
                    default -> { } // pong and binary frames are ignored
                }
            }
        } catch (EOFException e) {
            open = false;
        } catch (IOException e) {
            open = false;
        } finally {
            close();
        }
    }

    private static void writeFrame(OutputStream out, int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream f = new ByteArrayOutputStream(payload.length + 10);
        f.write(0x80 | opcode);
        if (payload.length < 126) {
            f.write(payload.length);
        } else if (payload.length < 65536) {
            f.write(126);
            f.write(payload.length >>> 8);
            f.write(payload.length);
        } else {
            f.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                f.write((int) ((long) payload.length >>> shift));
            }
        }
        f.write(payload);
        out.write(f.toByteArray());
        out.flush();
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
