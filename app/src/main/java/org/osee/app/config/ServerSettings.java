package org.osee.app.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP server: chat page, JSON API, staff console, health and metrics.
 *
 * @param host               address to listen on (default 127.0.0.1; 0.0.0.0 behind a load balancer)
 * @param port               port (default 8080)
 * @param consolePassword    password of the staff console (user "staff"); without one the console only answers
 *                           requests from the loopback address
 * @param questionsPerMinute questions accepted per client address per minute on the chat API (default 30; 0: no
 *                           limit)
 * @param trustedProxies     addresses or CIDR ranges (e.g. {@code 10.0.0.0/8}) of the load balancers in front of the
 *                           server; only a request whose socket comes from one of them has its client address taken
 *                           from {@code X-Forwarded-For}. Default none: the client is the socket's peer
 * @param maxRequestKb       largest request body accepted, in KiB, whatever its transfer encoding (default 2048)
 */
public record ServerSettings(String host, Integer port, String consolePassword, Integer questionsPerMinute,
                             List<String> trustedProxies, Integer maxRequestKb) {
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
        maxRequestKb = maxRequestKb == null ? 2048 : maxRequestKb;
        if (maxRequestKb < 1 || maxRequestKb > 1024 * 1024) {
            throw new IllegalArgumentException("server.max-request-kb must be between 1 and 1048576, was "
                    + maxRequestKb);
        }
    }

    /** Host, port and console password; everything else at its default. */
    public ServerSettings(String host, Integer port, String consolePassword) {
        this(host, port, consolePassword, null, null, null);
    }

    public static ServerSettings defaults() {
        return new ServerSettings(null, null, null);
    }

    /** A copy listening on another port. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, consolePassword, questionsPerMinute, trustedProxies, maxRequestKb);
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
                + ", maxRequestKb=" + maxRequestKb + "]";
    }
}
