package org.osee.app.web.auth;

import java.time.Clock;
import org.osee.bot.domain.StaffAccount;
import org.osee.bot.port.AuditLog;
import org.osee.bot.port.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What start-up does about staff accounts: nothing when one exists; else, with the deprecated
 * {@code server.console-password}, creates the admin account {@code admin} with that password; else says in one
 * line how to create the first admin.
 */
public final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    /** The account a console password creates. */
    public static final String BOOTSTRAP_NAME = "admin";

    private FirstAdmin() {
    }

    public static void atStart(StaffAccounts accounts, String consolePassword, AuditLog audit, Clock clock) {
        if (!accounts.list().isEmpty()) {
            if (consolePassword != null && !consolePassword.isEmpty()) {
                LOG.warn("server.console-password is deprecated and ignored now that staff accounts exist; remove it");
            }
            return;
        }
        if (consolePassword != null && !consolePassword.isEmpty()) {
            accounts.create(new StaffAccount(BOOTSTRAP_NAME, "Admin", StaffAccount.Role.ADMIN,
                    Passwords.hash(consolePassword), false, 0, null, clock.instant()));
            audit.record("system", "account.create", BOOTSTRAP_NAME, "role admin, from server.console-password");
            LOG.warn("Created the console admin account '{}' with the password of server.console-password "
                    + "(deprecated: sign in, add personal accounts, then remove the key)", BOOTSTRAP_NAME);
            return;
        }
        LOG.info("No staff account yet: create the first admin with ./osee user add NAME --role admin "
                + "(then sign in at /console/signin)");
    }
}
