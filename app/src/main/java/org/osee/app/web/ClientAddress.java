package org.osee.app.web;

import io.javalin.config.Key;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request. It is the socket's peer, unless that peer is one of the configured
 * trusted proxies ({@code server.trusted-proxies}, addresses or CIDR ranges): then it is the rightmost address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy, since everything left of that was written by the
 * client. A header from anyone else is ignored, so a client cannot choose its own rate-limit key.
 */
final class ClientAddress {
    static final Key<ClientAddress> KEY = new Key<>("osee-client-address");
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private final List<Range> trusted;

    ClientAddress(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String proxy : trustedProxies) {
            ranges.add(Range.parse(proxy));
        }
        this.trusted = List.copyOf(ranges);
    }

    String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (forwardedFor == null || trusted.isEmpty() || !isTrusted(literal(peer))) {
            return peer;
        }
        String[] hops = forwardedFor.split(",", 64);
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = literal(hops[i].strip());
            if (hop == null) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop.getHostAddress();
            }
        }
        return peer;
    }

    /**
     * Whether the request reached us over TLS: its own scheme is https, or a trusted proxy says so in
     * {@code X-Forwarded-Proto} (anyone else's header is ignored).
     */
    boolean overTls(Context ctx) {
        if (ctx.req().isSecure()) {
            return true;
        }
        String proto = ctx.header("X-Forwarded-Proto");
        return proto != null && proto.strip().equalsIgnoreCase("https") && isTrusted(literal(ctx.req().getRemoteAddr()));
    }

    private boolean isTrusted(InetAddress address) {
        return address != null && trusted.stream().anyMatch(r -> r.contains(address));
    }

    /** The address written as a literal, never looked up in DNS; null when it is not one. */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!LITERAL.matcher(bare).matches() || !(bare.contains(":") || bare.chars().filter(c -> c == '.').count() == 3)) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address and the number of leading bits that must match. */
    private record Range(byte[] network, int bits) {
        static Range parse(String text) {
            String[] parts = text.strip().split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("server.trusted-proxies: not an IP address or CIDR range: " + text);
            }
            int max = address.getAddress().length * 8;
            int bits;
            try {
                bits = parts.length == 1 ? max : Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("server.trusted-proxies: bad prefix length in " + text);
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("server.trusted-proxies: prefix length out of range in " + text);
            }
            return new Range(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((bytes[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
