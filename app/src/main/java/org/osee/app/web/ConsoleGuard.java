package org.osee.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.BasicAuthCredentials;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.osee.app.web.auth.SignedIn;

/**
 * Protects the staff console: HTTP basic authentication (user {@code staff}) when a console password is
 * configured, otherwise requests from the loopback address only.
 */
final class ConsoleGuard implements Handler {
    static final String USER = "staff";
    private final String password;

    private final ClientAddress clients;

    ConsoleGuard(String password, ClientAddress clients) {
        this.clients = clients;
        this.password = password == null || password.isEmpty() ? null : password;
    }

    @Override
    public void handle(Context ctx) {
        if (password == null) {
            if (!isLoopback(clients.of(ctx))) {
                throw new ForbiddenResponse("the console answers only on this machine until server.console-password is set");
            }
            ctx.attribute(SignedIn.ATTRIBUTE, new SignedIn(USER, USER, SignedIn.Role.ADMIN));
            return;
        }
        var credentials = credentials(ctx);
        if (credentials == null || !USER.equals(credentials.getUsername()) || !same(credentials.getPassword(), password)) {
            ctx.header("WWW-Authenticate", "Basic realm=\"OSEE staff console\", charset=\"UTF-8\"");
            throw new UnauthorizedResponse("staff login required");
        }
        ctx.attribute(SignedIn.ATTRIBUTE, new SignedIn(USER, USER, SignedIn.Role.ADMIN));
    }

    private static BasicAuthCredentials credentials(Context ctx) {
        try {
            return ctx.basicAuthCredentials();
        } catch (IllegalArgumentException garbledHeader) {
            return null;
        }
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        try {
            InetAddress literal = ClientAddress.literal(address);
            return literal != null && literal.isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
