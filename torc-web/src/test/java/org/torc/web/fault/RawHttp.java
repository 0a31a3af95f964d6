package org.torc.web.fault;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 client over a plain socket that sends header bytes exactly as given, which {@code
 * java.net.http} refuses to do for malformed values. It keeps the connection open between requests
 * and opens a new one when the server closes it. Not thread-safe: one per thread.
 */
final class RawHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(URI server) {
        this.host = server.getHost();
        this.port = server.getPort();
    }

    /**
     * Sends one request and returns the status code of the answer, or -1 when the server closed the
     * connection without answering.
     */
    int send(String method, String path, byte[] authorization, byte[] body) throws IOException {
        byte[] request = request(method, path, authorization, body);
        boolean reused = socket != null;
        int status = exchange(request);
        if (status < 0 && reused) {
            // The server may have closed an idle connection just before we wrote: try a new one.
            status = exchange(request);
        }
        return status;
    }

    private byte[] request(String method, String path, byte[] authorization, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(ascii(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"));
        if (authorization != null) {
            request.writeBytes(ascii("Authorization: "));
            request.writeBytes(authorization);
            request.writeBytes(ascii("\r\n"));
        }
        if (body != null) {
            request.writeBytes(ascii("Content-Type: application/json\r\n"));
            request.writeBytes(ascii("Content-Length: " + body.length + "\r\n"));
        }
        request.writeBytes(ascii("\r\n"));
        if (body != null) {
            request.writeBytes(body);
        }
        return request.toByteArray();
    }

    private int exchange(byte[] request) throws IOException {
        connectIfNeeded();
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            return -1;
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            close();
            return -1;
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            String header = line.toLowerCase(Locale.ROOT);
            if (header.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).trim());
            } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
                chunked = true;
            } else if (header.startsWith("connection:") && header.contains("close")) {
                closeAfter = true;
            }
        }
        readBody(length, chunked);
        if (closeAfter || (length < 0 && !chunked)) {
            close();
        }
        return status;
    }

    private void readBody(long length, boolean chunked) throws IOException {
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                in.skipNBytes(size);
                readLine();
            }
            for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                continue;
            }
        } else if (length >= 0) {
            in.skipNBytes(length);
        } else {
            in.readAllBytes();
        }
    }

    private long chunkSize() throws IOException {
        String line = readLine();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection; the next request opens a new one
            }
        }
        socket = null;
    }
}
