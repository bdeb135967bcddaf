package org.osee.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osee.app.web.auth.ConsoleAuth;
import org.osee.app.web.auth.Passwords;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.domain.StaffAccount;
import org.osee.bot.port.AuditLog;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.port.StaffAccounts;
import org.osee.knowledge.BadInputException;

/**
 * Admin-only console API: accounts ({@code /console/api/accounts}: list, add, change role or display name,
 * disable or enable, reset a password) and the audit log ({@code /console/api/audit}, filtered by actor, action
 * prefix and dates, paginated). Every change is audited as {@code account.*}; a change that would leave no enabled
 * admin is refused.
 */
public final class AccountsApi {
    private final StaffAccounts accounts;
    private final ConsoleAuth auth;
    private final AuditLog audit;
    private final Clock clock;

    public AccountsApi(StaffAccounts accounts, ConsoleAuth auth, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.auth = auth;
        this.audit = audit;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.get("/console/api/accounts", ctx -> {
            SignedIn.admin(ctx);
            ctx.json(Map.of("accounts", accounts.list().stream().map(this::view).toList()));
        });
        app.post("/console/api/accounts", this::create);
        app.post("/console/api/accounts/{name}", this::change);
        app.post("/console/api/accounts/{name}/password", this::resetPassword);
        app.get("/console/api/audit", this::auditLog);
    }

    private void create(Context ctx) {
        SignedIn admin = SignedIn.admin(ctx);
        JsonNode body = JsonBody.of(ctx);
        StaffAccount account = new StaffAccount(body.path("name").asText(""), body.path("displayName").asText(""),
                role(body.path("role").asText("staff")), Passwords.hash(Passwords.acceptable(body.path("password").asText(""))),
                false, 0, null, clock.instant());
        accounts.create(account);
        audit.record(admin.account(), "account.create", account.name(), "role " + lower(account.role()));
        ctx.status(201).json(view(account));
    }

    private void change(Context ctx) {
        SignedIn admin = SignedIn.admin(ctx);
        StaffAccount before = existing(ctx.pathParam("name"));
        JsonNode body = JsonBody.of(ctx);
        StaffAccount after = before;
        if (body.hasNonNull("role")) {
            after = after.withRole(role(body.get("role").asText()));
        }
        if (body.hasNonNull("disabled")) {
            if (!body.get("disabled").isBoolean()) {
                throw new BadInputException("\"disabled\" is true or false");
            }
            after = after.withDisabled(body.get("disabled").asBoolean());
        }
        if (body.hasNonNull("displayName")) {
            after = after.withDisplayName(body.get("displayName").asText());
        }
        keepAnAdmin(before, after);
        accounts.update(after);
        if (after.disabled() && !before.disabled()) {
            auth.endSessions(after.name());
        }
        recordChanges(admin, before, after);
        ctx.json(view(after));
    }

    private void recordChanges(SignedIn admin, StaffAccount before, StaffAccount after) {
        if (before.role() != after.role()) {
            audit.record(admin.account(), "account.role", after.name(), lower(before.role()) + " -> " + lower(after.role()));
        }
        if (before.disabled() != after.disabled()) {
            audit.record(admin.account(), after.disabled() ? "account.disable" : "account.enable", after.name(), "");
        }
        if (!before.displayName().equals(after.displayName())) {
            audit.record(admin.account(), "account.rename", after.name(), "");
        }
    }

    private void resetPassword(Context ctx) {
        SignedIn admin = SignedIn.admin(ctx);
        StaffAccount account = existing(ctx.pathParam("name"));
        String password = Passwords.acceptable(JsonBody.of(ctx).path("password").asText(""));
        accounts.update(account.withPasswordHash(Passwords.hash(password)));
        auth.endSessions(account.name());
        audit.record(admin.account(), "account.password", account.name(), "reset; sessions ended");
        ctx.json(Map.of("ok", true));
    }

    private void auditLog(Context ctx) {
        SignedIn.admin(ctx);
        int limit = Math.max(1, Math.min(500, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(50)));
        int offset = Math.max(0, ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0));
        LocalDate from = date(ctx.queryParam("from"), "from");
        LocalDate to = date(ctx.queryParam("to"), "to");
        var filter = new AuditLog.Filter(blankToNull(ctx.queryParam("actor")), blankToNull(ctx.queryParam("action")),
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        var entries = audit.list(filter, limit + 1, offset);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entries", entries.subList(0, Math.min(limit, entries.size())));
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("more", entries.size() > limit);
        ctx.json(out);
    }

    /** An account as the console shows it: never its hash. */
    private Map<String, Object> view(StaffAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("displayName", a.displayName());
        m.put("role", lower(a.role()));
        m.put("disabled", a.disabled());
        m.put("locked", a.lockedAt(clock.instant()));
        m.put("createdAt", a.createdAt());
        return m;
    }

    private void keepAnAdmin(StaffAccount before, StaffAccount after) {
        boolean wasActiveAdmin = before.role() == StaffAccount.Role.ADMIN && !before.disabled();
        boolean isActiveAdmin = after.role() == StaffAccount.Role.ADMIN && !after.disabled();
        if (wasActiveAdmin && !isActiveAdmin && accounts.list().stream()
                .filter(a -> a.role() == StaffAccount.Role.ADMIN && !a.disabled()).count() <= 1) {
            throw new BadInputException("this is the last enabled admin account: make another admin first");
        }
    }

    private StaffAccount existing(String name) {
        return accounts.find(StaffAccount.checkName(name)).orElseThrow(() -> new NotFoundException("no account " + name));
    }

    static StaffAccount.Role role(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "admin" -> StaffAccount.Role.ADMIN;
            case "staff" -> StaffAccount.Role.STAFF;
            default -> throw new BadInputException("unknown role " + value + "; use staff or admin");
        };
    }

    private static String lower(StaffAccount.Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("\"" + name + "\" is a date like 2026-01-31");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
