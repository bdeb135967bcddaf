package org.osee.app.config;

/**
 * The HTTP server: chat page, JSON API, staff console, health and metrics.
 *
 * @param host            address to listen on (default 127.0.0.1; 0.0.0.0 behind a load balancer)
 * @param port            port (default 8080)
 * @param consolePassword password of the staff console (user "staff"); without one the console only answers
 *                        requests from the loopback address
 * @param publicUrl       the address people reach the server at (e.g. https://assist.example.org), used to build
 *                        absolute links to document pages in citations (web, email, Discord, Telegram); without
 *                        one, {@code http://HOST:PORT}
 */
public record ServerSettings(String host, Integer port, String consolePassword, String publicUrl) {
    public ServerSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server.port must be between 0 and 65535, was " + port);
        }
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
        if (publicUrl != null && !publicUrl.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("server.public-url must be an http(s) URL, was " + publicUrl);
        }
    }

    public ServerSettings(String host, Integer port, String consolePassword) {
        this(host, port, consolePassword, null);
    }

    public static ServerSettings defaults() {
        return new ServerSettings(null, null, null, null);
    }

    /** The public base URL, without a trailing slash: the configured one, else {@code http://HOST:PORT}. */
    public String publicBase(int actualPort) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + actualPort;
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", consolePassword=" + Secret.mask(consolePassword)
                + ", publicUrl=" + publicUrl + "]";
    }
}
