package org.osee.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osee.app.web.auth.ConsoleAuth;
import org.osee.app.web.auth.SignedIn;

/**
 * Runs before every console request ({@code /console} and {@code /console/*}). Only the sign-in page, its script
 * and the sign-in call are open; everything else needs a session cookie, and puts the signed-in account on the
 * request ({@link SignedIn#ATTRIBUTE}). A state-changing request (anything but GET, HEAD, OPTIONS) must come from
 * this site ({@code Origin}, else {@code Referer}, naming the request's own host or the public URL), carry a JSON
 * body ({@code text/plain} and form types, which a cross-site form can send, get 415), and, once signed in, the
 * session's token in {@code X-CSRF-Token}.
 */
final class ConsoleGuard implements Handler {
    static final String COOKIE = "osee_session";
    static final String SESSION = "osee.session";
    static final Set<String> OPEN = Set.of("GET /console/signin", "GET /console/signin.js", "POST /console/api/signin");
    /** Pages only admins may open (their APIs check {@link SignedIn#admin} themselves). */
    static final Set<String> ADMIN_PAGES = Set.of("/console/accounts.html", "/console/audit.html");
    private final ConsoleAuth auth;
    private final String publicAuthority;

    ConsoleGuard(ConsoleAuth auth, String publicUrl) {
        this.auth = auth;
        this.publicAuthority = publicUrl == null ? null : URI.create(publicUrl).getRawAuthority().toLowerCase(Locale.ROOT);
    }

    @Override
    public void handle(Context ctx) {
        String method = ctx.req().getMethod();
        boolean changes = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        if (changes) {
            sameSite(ctx);
            jsonOnly(ctx);
        }
        if (OPEN.contains(method + " " + ctx.path())) {
            return;
        }
        Optional<ConsoleAuth.Session> session = auth.current(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            if (method.equals("GET") && !ctx.path().startsWith("/console/api/")) {
                ctx.header("Location", "/console/signin?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
                throw new HttpResponseException(HttpStatus.SEE_OTHER.getCode(), "sign in at /console/signin");
            }
            throw new UnauthorizedResponse("sign in to the staff console first (/console/signin)");
        }
        ctx.attribute(SignedIn.ATTRIBUTE, session.get().who());
        ctx.attribute(SESSION, session.get());
        if (ADMIN_PAGES.contains(ctx.path())) {
            SignedIn.admin(ctx);
        }
        if (changes && !same(ctx.header("X-CSRF-Token"), session.get().csrf())) {
            throw new ForbiddenResponse("missing or wrong X-CSRF-Token: reload the page (the token is in GET /console/api/me)");
        }
    }

    /** The signed-in session of a request the guard let through. */
    static ConsoleAuth.Session session(Context ctx) {
        ConsoleAuth.Session s = ctx.attribute(SESSION);
        if (s == null) {
            throw new UnauthorizedResponse("sign in to the staff console first");
        }
        return s;
    }

    private void sameSite(Context ctx) {
        String origin = ctx.header("Origin");
        String from = origin != null ? origin : ctx.header("Referer");
        if (from == null) {
            return; // not a browser's cross-site request: those always carry one of the two; the token still applies
        }
        String authority;
        try {
            authority = URI.create(from.strip()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        String host = ctx.header("Host");
        boolean ok = authority != null && (authority.equalsIgnoreCase(host == null ? "" : host.strip())
                || authority.equalsIgnoreCase(publicAuthority == null ? "" : publicAuthority));
        if (!ok) {
            throw new ForbiddenResponse("a console change must come from the console's own pages (Origin/Referer)");
        }
    }

    private static void jsonOnly(Context ctx) {
        String type = ctx.header("Content-Type");
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!bare.equals("application/json")) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "console requests that change something take a JSON body (Content-Type: application/json)");
        }
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
