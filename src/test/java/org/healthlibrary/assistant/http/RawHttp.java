package org.healthlibrary.assistant.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes over a plain socket and reads what comes back: for requests no HTTP client will
 * send (a body shorter than its Content-Length, a 20 KB header, a 5,000-character URI).
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The full response to {@code request} (until the server closes or {@code waitMillis} pass without data). */
    static String exchange(int port, byte[] request, int waitMillis) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(waitMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    /**
     * What came back for {@code request}, and whether the server closed the connection after it
     * (rather than keeping it open for {@code waitMillis} with nothing more to send).
     */
    static Exchange exchangeAndClose(int port, byte[] request, int waitMillis) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(waitMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            boolean closed;
            try {
                int n;
                while ((n = socket.getInputStream().read(buf)) > 0) {
                    out.write(buf, 0, n);
                }
                closed = n < 0;
            } catch (SocketTimeoutException e) {
                closed = false;
            } catch (IOException e) {
                closed = true; // reset by the server
            }
            return new Exchange(out.toString(StandardCharsets.UTF_8), closed);
        }
    }

    /** A raw response and whether the server closed the connection after it. */
    record Exchange(String response, boolean closed) {
    }

    /** Everything readable until the peer closes, or the socket's read timeout passes without data. */
    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // nothing more within the wait: return what came
        } catch (IOException e) {
            // reset by the server after its response: return what came
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body of a raw HTTP/1.1 response (after the blank line). */
    static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        return at < 0 ? "" : response.substring(at + 4);
    }

    /** The status line of a raw response. */
    static String statusLine(String response) {
        int at = response.indexOf("\r\n");
        return at < 0 ? response : response.substring(0, at);
    }
}
