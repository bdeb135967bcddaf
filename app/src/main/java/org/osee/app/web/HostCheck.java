package org.osee.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osee.app.config.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a request whose {@code Host} header names a host this server does not answer as, which is what a DNS
 * rebinding attack sends (a page at {@code evil.example} whose name later resolves to 127.0.0.1). The names
 * accepted are {@code localhost}, {@code 127.0.0.1} and {@code [::1]}, the host of {@code server.public-url}, and
 * those of {@code server.allowed-hosts}; the port is not compared.
 */
final class HostCheck implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(HostCheck.class);
    private final Set<String> allowed;

    HostCheck(String publicUrl, List<String> allowedHosts) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        if (publicUrl != null) {
            String host = URI.create(publicUrl).getHost();
            if (host != null) {
                names.add(bare(host));
            }
        }
        allowedHosts.forEach(h -> names.add(bare(h)));
        this.allowed = Set.copyOf(names);
    }

    /**
     * Checks every request when the server listens on loopback only; else checks console requests when
     * {@code server.public-url} or {@code server.allowed-hosts} says which names are ours (without either, a
     * server on other interfaces cannot know its names, and says so once at start).
     */
    static void install(Javalin javalin, ServerSettings settings) {
        HostCheck check = new HostCheck(settings.publicUrl(), settings.allowedHosts());
        if (loopbackOnly(settings.host())) {
            javalin.before(check);
        } else if (settings.publicUrl() != null || !settings.allowedHosts().isEmpty()) {
            javalin.before("/console", check);
            javalin.before("/console/*", check);
        } else {
            LOG.warn("The console does not check the Host header: set server.public-url or server.allowed-hosts "
                    + "to the names this server is reached at");
        }
    }

    /** Whether the server listens on the loopback interface only, where every request must name a loopback host. */
    static boolean loopbackOnly(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }

    @Override
    public void handle(Context ctx) {
        String host = hostName(ctx.header("Host"));
        if (host == null || !allowed.contains(host)) {
            throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(),
                    "this server does not answer for that Host; add it to server.allowed-hosts if it is yours");
        }
    }

    /** The host name of a Host header, lower case, without port or IPv6 brackets; null when malformed. */
    static String hostName(String header) {
        if (header == null || header.isBlank() || header.length() > 255) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
            h = h.substring(0, colon);
        }
        return h.matches("[a-z0-9.-]+|[0-9a-f:]+") ? h : null;
    }

    private static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
