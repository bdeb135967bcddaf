package org.osee.app.web;

import io.javalin.http.Context;

/**
 * Headers every response carries so a browser holds the pages to what they are: scripts, styles and images from
 * this server only (no inline script or style), never framed by another site, types not sniffed, and no full URL
 * sent to other sites as a referrer. Console responses are also never cached.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        if (ctx.path().startsWith("/console")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
