package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.StaffAccount;
import org.osee.bot.domain.StaffSession;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.port.StaffAccounts;
import org.osee.bot.port.StaffSessions;
import org.osee.knowledge.BadInputException;

/** The {@link StaffAccounts} and {@link StaffSessions} contracts, run on every database. */
public abstract class StaffAccountsContractTest extends StoreContract {
    private StaffAccounts accounts;
    private StaffSessions sessions;

    @BeforeEach
    void openAccounts() {
        accounts = new JdbcStaffAccounts(db.database().dataSource(), clock);
        sessions = new JdbcStaffSessions(db.database().dataSource(), clock);
    }

    private StaffAccount account(String name, StaffAccount.Role role) {
        return new StaffAccount(name, "Ada Lovelace", role, "$argon2id$hash", false, 0, null, clock.instant());
    }

    @Test
    void an_account_is_stored_found_listed_and_updated_but_never_created_twice() {
        accounts.create(account("ada", StaffAccount.Role.ADMIN));
        accounts.create(account("bob", StaffAccount.Role.STAFF));

        accounts.update(accounts.find("bob").orElseThrow().withRole(StaffAccount.Role.ADMIN).withDisabled(true));

        assertThat(accounts.list()).extracting(StaffAccount::name).containsExactly("ada", "bob");
        assertThat(accounts.find("bob").orElseThrow()).satisfies(b -> {
            assertThat(b.role()).isEqualTo(StaffAccount.Role.ADMIN);
            assertThat(b.disabled()).isTrue();
            assertThat(b.displayName()).isEqualTo("Ada Lovelace");
        });
        assertThatThrownBy(() -> accounts.create(account("ada", StaffAccount.Role.STAFF)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("ada");
        assertThatThrownBy(() -> accounts.update(account("nobody", StaffAccount.Role.STAFF)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void the_tenth_failure_in_a_row_locks_the_account_until_the_given_time_and_a_new_password_clears_it() {
        accounts.create(account("ada", StaffAccount.Role.STAFF));
        Instant until = clock.instant().plus(Duration.ofMinutes(15));

        for (int i = 1; i < 10; i++) {
            assertThat(accounts.signInFailed("ada", 10, until).orElseThrow().failedSignIns()).isEqualTo(i);
        }
        StaffAccount locked = accounts.signInFailed("ada", 10, until).orElseThrow();

        assertThat(locked.lockedAt(clock.instant())).isTrue();
        assertThat(locked.lockedAt(until.plusSeconds(1))).isFalse();
        accounts.update(locked.withPasswordHash("$argon2id$new"));
        assertThat(accounts.find("ada").orElseThrow().lockedAt(clock.instant())).isFalse();
        assertThat(accounts.signInFailed("nobody", 10, until)).isEmpty();
    }

    @Test
    void sessions_are_found_by_their_hash_and_end_one_by_one_or_all_for_an_account() {
        accounts.create(account("ada", StaffAccount.Role.STAFF));
        Instant now = clock.instant();
        sessions.create(new StaffSession("h1", "ada", "t1", now, now));
        sessions.create(new StaffSession("h2", "ada", "t2", now, now));

        assertThat(sessions.use("h1", now.plusSeconds(120)).orElseThrow().csrf()).isEqualTo("t1");
        assertThat(sessions.use("h1", now.plusSeconds(130)).orElseThrow().lastSeenAt()).isAfter(now);
        sessions.end("h1", null);
        assertThat(sessions.use("h1", now)).isEmpty();
        assertThat(sessions.use("h2", now)).isPresent();
        sessions.end(null, "ada");
        assertThat(sessions.use("h2", now)).isEmpty();
    }
}
