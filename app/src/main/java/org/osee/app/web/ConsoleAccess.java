package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osee.app.web.auth.ConsoleAuth;
import org.osee.app.web.auth.SignedIn;

/**
 * The console's door: the guard before every console request, the sign-in page at {@code /console/signin}, and
 * {@code POST /console/api/signin} / {@code /console/api/signout}. The session cookie is HttpOnly, SameSite=Lax,
 * limited to {@code /console}, and Secure when the request came over TLS (directly or through a trusted proxy).
 * Failed sign-ins are also throttled per client address ({@link #FAILURES_PER_ADDRESS} per
 * {@link #THROTTLE_WINDOW}), on top of the per-account lock.
 */
public final class ConsoleAccess {
    static final int FAILURES_PER_ADDRESS = 30;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(10);
    private final ConsoleAuth auth;
    private final AccountsApi accounts;
    private final Map<String, long[]> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > 10_000;
        }
    };

    public ConsoleAccess(ConsoleAuth auth, AccountsApi accounts) {
        this.auth = auth;
        this.accounts = accounts;
    }

    void register(Javalin app, String publicUrl, ClientAddress clients) {
        ConsoleGuard guard = new ConsoleGuard(auth, publicUrl);
        app.before("/console", guard);
        app.before("/console/*", guard);
        app.get("/console/signin", ctx -> page(ctx, "signin.html", "text/html; charset=utf-8"));
        app.get("/console/signin.js", ctx -> page(ctx, "signin.js", "text/javascript; charset=utf-8"));
        app.post("/console/api/signin", ctx -> signIn(ctx, clients));
        app.post("/console/api/signout", ctx -> {
            auth.signOut(ConsoleGuard.session(ctx));
            ctx.header("Set-Cookie", cookie("", 0, clients.overTls(ctx)));
            ctx.json(Map.of("ok", true));
        });
        accounts.register(app);
    }

    private void signIn(Context ctx, ClientAddress clients) {
        String client = clients.of(ctx);
        throttle(client);
        JsonNode body = JsonBody.of(ctx);
        ConsoleAuth.Session session;
        try {
            session = auth.signIn(body.path("name").asText(""), body.path("password").asText(""), client);
        } catch (ConsoleAuth.Refused refused) {
            failed(client);
            if (refused.locked()) {
                throw new HttpResponseException(HttpStatus.LOCKED.getCode(), refused.getMessage());
            }
            throw new UnauthorizedResponse(refused.getMessage());
        }
        ctx.header("Set-Cookie", cookie(session.cookie(), -1, clients.overTls(ctx)));
        SignedIn who = session.who();
        ctx.json(Map.of("account", who.account(), "name", who.name(),
                "role", who.role().name().toLowerCase(Locale.ROOT), "csrf", session.csrf()));
    }

    /** A session cookie for the console's paths only; {@code maxAge} 0 deletes it, negative keeps it for the visit. */
    private static String cookie(String value, int maxAge, boolean secure) {
        return ConsoleGuard.COOKIE + "=" + value + "; Path=/console; HttpOnly; SameSite=Lax"
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + (secure ? "; Secure" : "");
    }

    private synchronized void throttle(String client) {
        long[] entry = failures.get(client);
        long now = Instant.now().toEpochMilli();
        if (entry != null && now - entry[0] < THROTTLE_WINDOW.toMillis() && entry[1] >= FAILURES_PER_ADDRESS) {
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
                    "too many failed sign-ins from this address; wait a few minutes");
        }
    }

    private synchronized void failed(String client) {
        long now = Instant.now().toEpochMilli();
        long[] entry = failures.get(client);
        if (entry == null || now - entry[0] >= THROTTLE_WINDOW.toMillis()) {
            failures.put(client, new long[] {now, 1});
        } else {
            entry[1]++;
        }
    }

    private static void page(Context ctx, String file, String type) throws IOException {
        try (InputStream in = ConsoleAccess.class.getResourceAsStream("/console/" + file)) {
            if (in == null) {
                throw new NotFoundResponse("no console page " + file);
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
