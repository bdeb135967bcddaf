package org.osee.app.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP server: chat page, JSON API, staff console, health and metrics.
 *
 * @param host               address to listen on (default 127.0.0.1; 0.0.0.0 behind a load balancer)
 * @param port               port (default 8080)
 * @param consolePassword    deprecated: when set and no staff account exists yet, the first start creates the admin
 *                           account {@code admin} with this password; otherwise ignored (accounts are made with
 *                           {@code osee user add} and in the console)
 * @param questionsPerMinute questions accepted per client address per minute on the chat API (default 30; 0: no
 *                           limit)
 * @param trustedProxies     addresses or CIDR ranges (e.g. {@code 10.0.0.0/8}) of the load balancers in front of the
 *                           server; only a request whose socket comes from one of them has its client address taken
 *                           from {@code X-Forwarded-For}. Default none: the client is the socket's peer
 * @param maxRequestKb       largest request body accepted, in KiB, whatever its transfer encoding (default 2048)
 * @param publicUrl          the address people reach the server at (e.g. https://assist.example.org), used to build
 *                           absolute links to document pages in citations (web, email, Discord, Telegram); without
 *                           one, {@code http://HOST:PORT}
 * @param allowedHosts       further host names the server answers as (the {@code Host} header), besides
 *                           localhost, 127.0.0.1, [::1] and the host of {@code publicUrl}; others are refused
 *                           (DNS rebinding)
 */
public record ServerSettings(String host, Integer port, String consolePassword, Integer questionsPerMinute,
                             List<String> trustedProxies, Integer maxRequestKb, String publicUrl,
                             List<String> allowedHosts) {
    public ServerSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server.port must be between 0 and 65535, was " + port);
        }
        questionsPerMinute = questionsPerMinute == null ? 30 : questionsPerMinute;
        if (questionsPerMinute < 0) {
            throw new IllegalArgumentException("server.questions-per-minute must be 0 or more, was "
                    + questionsPerMinute);
        }
        trustedProxies = splitCommas(trustedProxies);
        allowedHosts = splitCommas(allowedHosts);
        maxRequestKb = maxRequestKb == null ? 2048 : maxRequestKb;
        if (maxRequestKb < 1 || maxRequestKb > 1024 * 1024) {
            throw new IllegalArgumentException("server.max-request-kb must be between 1 and 1048576, was "
                    + maxRequestKb);
        }
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip();
        if (publicUrl != null && !publicUrl.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("server.public-url must be an http(s) URL, was " + publicUrl);
        }
    }

    /** Everything but the allowed hosts. */
    public ServerSettings(String host, Integer port, String consolePassword, Integer questionsPerMinute,
                          List<String> trustedProxies, Integer maxRequestKb, String publicUrl) {
        this(host, port, consolePassword, questionsPerMinute, trustedProxies, maxRequestKb, publicUrl, null);
    }

    /** Everything but the public URL (its default: {@code http://HOST:PORT}). */
    public ServerSettings(String host, Integer port, String consolePassword, Integer questionsPerMinute,
                          List<String> trustedProxies, Integer maxRequestKb) {
        this(host, port, consolePassword, questionsPerMinute, trustedProxies, maxRequestKb, null);
    }

    /** Host, port and console password; everything else at its default. */
    public ServerSettings(String host, Integer port, String consolePassword) {
        this(host, port, consolePassword, null, null, null, null);
    }

    public static ServerSettings defaults() {
        return new ServerSettings(null, null, null);
    }

    /** A copy listening on another port. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, consolePassword, questionsPerMinute, trustedProxies, maxRequestKb,
                publicUrl, allowedHosts);
    }

    /** The public base URL, without a trailing slash: the configured one, else {@code http://HOST:PORT}. */
    public String publicBase(int actualPort) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + actualPort;
    }

    /** The body limit in bytes. */
    public long maxRequestBytes() {
        return maxRequestKb * 1024L;
    }

    private static List<String> splitCommas(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", consolePassword=" + Secret.mask(consolePassword)
                + ", questionsPerMinute=" + questionsPerMinute + ", trustedProxies=" + trustedProxies
                + ", maxRequestKb=" + maxRequestKb + ", publicUrl=" + publicUrl + ", allowedHosts=" + allowedHosts + "]";
    }
}
