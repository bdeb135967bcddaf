package org.osee.app.web.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Objects;

/**
 * The staff account a console request is made by. The console's guard puts it on the request before any console
 * route runs; routes read it with {@link #of(Context)} and never take a name from the request itself.
 *
 * @param account the account's sign-in name (unique, what the audit log records)
 * @param name    the name shown to colleagues and written as the author of replies and notes
 * @param role    what the account may do
 */
public record SignedIn(String account, String name, Role role) {
    /** The request attribute the guard sets. */
    public static final String ATTRIBUTE = "osee.signed-in";

    /** What an account may do: staff work the queue; admins also manage accounts, canned answers and knowledge. */
    public enum Role {
        STAFF, ADMIN
    }

    public SignedIn {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The account of this request; 401 when the guard did not sign one in. */
    public static SignedIn of(Context ctx) {
        SignedIn who = ctx.attribute(ATTRIBUTE);
        if (who == null) {
            throw new UnauthorizedResponse("sign in to the staff console first");
        }
        return who;
    }

    /** The account of this request when it is an admin; 403 for staff, 401 when nobody is signed in. */
    public static SignedIn admin(Context ctx) {
        SignedIn who = of(ctx);
        if (!who.isAdmin()) {
            throw new ForbiddenResponse("this needs an admin account");
        }
        return who;
    }
}
