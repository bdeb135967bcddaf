package org.osee.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket, for requests no polite client would send (any header, any bytes). */
final class RawHttp {
    /** A response: the status code (or -1 when the server closed without one) and the whole text read. */
    record Response(int status, String text) {
        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }

    private RawHttp() {}

    static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server may answer and close before it has read everything: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    static Response send(int port, String head, String body) throws IOException {
        return send(port, head, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request with a JSON body of the given bytes and a correct Content-Length. */
    static Response postJson(int port, String path, byte[] body, String... extraHeaders) throws IOException {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        return send(port, head.append("\r\n").toString(), body);
    }

    static Response postJson(int port, String path, String body, String... extraHeaders) throws IOException {
        return postJson(port, path, body.getBytes(StandardCharsets.UTF_8), extraHeaders);
    }

    static Response get(int port, String target, String... extraHeaders) throws IOException {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        return send(port, head.append("\r\n").toString(), new byte[0]);
    }

    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                all.write(buf, 0, n);
                if (complete(all.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (IOException resetAfterAnswer) {
            // a connection reset after the response was written still leaves the response
        }
        String text = all.toString(StandardCharsets.UTF_8);
        return new Response(status(text), text);
    }

    /** True once the headers and a Content-Length body (or a final chunk) have arrived. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String headers = text.substring(0, end).toLowerCase();
        int cl = headers.indexOf("content-length:");
        if (cl >= 0) {
            int eol = headers.indexOf("\r\n", cl);
            long length = Long.parseLong(headers.substring(cl + 15, eol < 0 ? headers.length() : eol).strip());
            return text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
        }
        return headers.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
    }

    private static int status(String text) {
        if (!text.startsWith("HTTP/1.")) {
            return -1;
        }
        return Integer.parseInt(text.substring(9, 12));
    }
}
