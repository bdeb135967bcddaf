package org.osee.app.config;

/**
 * The HTTP server: chat page, JSON API, staff console, health and metrics.
 *
 * @param host            address to listen on (default 127.0.0.1; 0.0.0.0 behind a load balancer)
 * @param port            port (default 8080)
 * @param consolePassword password of the staff console (user "staff"); without one the console only answers
 *                        requests from the loopback address
 * @param questionsPerMinute questions accepted per client address per minute on the chat API (default 30; 0: no
 *                        limit)
 */
public record ServerSettings(String host, Integer port, String consolePassword, Integer questionsPerMinute) {
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
    }

    public static ServerSettings defaults() {
        return new ServerSettings(null, null, null, null);
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", consolePassword=" + Secret.mask(consolePassword)
                + ", questionsPerMinute=" + questionsPerMinute + "]";
    }
}
