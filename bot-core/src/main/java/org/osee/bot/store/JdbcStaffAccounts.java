package org.osee.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osee.bot.domain.StaffAccount;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.port.StaffAccounts;
import org.osee.knowledge.BadInputException;

/** {@link StaffAccounts} over JDBC (table {@code staff_account}). */
public final class JdbcStaffAccounts implements StaffAccounts {
    private static final String COLUMNS = "name, display_name, role, password_hash, disabled, failed_signins, "
            + "locked_until, created_at";
    private final Jdbc jdbc;

    public JdbcStaffAccounts(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public void create(StaffAccount a) {
        jdbc.inTransaction("create a staff account", connection -> {
            if (Jdbc.queryOne(connection, "SELECT name FROM staff_account WHERE name = ?", row -> row.getString(1),
                    a.name()).isPresent()) {
                throw new BadInputException("an account named " + a.name() + " already exists");
            }
            return Jdbc.update(connection, "INSERT INTO staff_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    a.name(), a.displayName(), a.role(), a.passwordHash(), a.disabled(), a.failedSignIns(),
                    a.lockedUntil(), a.createdAt());
        });
    }

    @Override
    public void update(StaffAccount a) {
        int changed = jdbc.inTransaction("update a staff account", connection -> Jdbc.update(connection,
                "UPDATE staff_account SET display_name = ?, role = ?, password_hash = ?, disabled = ?, "
                        + "failed_signins = ?, locked_until = ? WHERE name = ?",
                a.displayName(), a.role(), a.passwordHash(), a.disabled(), a.failedSignIns(), a.lockedUntil(),
                a.name()));
        if (changed == 0) {
            throw new NotFoundException("no account " + a.name());
        }
    }

    @Override
    public Optional<StaffAccount> find(String name) {
        return jdbc.inTransaction("find a staff account", connection -> Jdbc.queryOne(connection,
                "SELECT " + COLUMNS + " FROM staff_account WHERE name = ?", JdbcStaffAccounts::account, name));
    }

    @Override
    public List<StaffAccount> list() {
        return jdbc.inTransaction("list staff accounts", connection -> Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM staff_account ORDER BY name", JdbcStaffAccounts::account));
    }

    @Override
    public Optional<StaffAccount> signInFailed(String name, int lockAfter, Instant lockUntil) {
        return jdbc.inTransaction("count a failed sign-in", connection -> {
            Jdbc.update(connection, "UPDATE staff_account SET failed_signins = failed_signins + 1 WHERE name = ?", name);
            Jdbc.update(connection, "UPDATE staff_account SET failed_signins = 0, locked_until = ? "
                    + "WHERE name = ? AND failed_signins >= ?", lockUntil, name, lockAfter);
            return Jdbc.queryOne(connection, "SELECT " + COLUMNS + " FROM staff_account WHERE name = ?",
                    JdbcStaffAccounts::account, name);
        });
    }

    private static StaffAccount account(ResultSet row) throws SQLException {
        return new StaffAccount(row.getString("name"), row.getString("display_name"),
                Jdbc.enumValue(row, "role", StaffAccount.Role.class), row.getString("password_hash"),
                row.getBoolean("disabled"), row.getInt("failed_signins"), Jdbc.instant(row, "locked_until"),
                Jdbc.instant(row, "created_at"));
    }
}
