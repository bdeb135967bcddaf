package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/** Leadership through a PostgreSQL advisory lock: one contender wins, the other takes over when it goes. */
class PostgresLeadershipIT {
    private final long lockKey = ThreadLocalRandom.current().nextLong();
    private final DatabaseConfig config = new DatabaseConfig(TestDatabase.postgresUrl(), TestDatabase.POSTGRES_USER, "");

    @Test
    void of_two_contenders_one_leads_and_the_other_takes_over_when_it_closes() {
        try (PostgresLeadership first = new PostgresLeadership(config, lockKey);
             PostgresLeadership second = new PostgresLeadership(config, lockKey)) {
            assertThat(first.isLeader()).isTrue();
            assertThat(second.isLeader()).isFalse();
            assertThat(first.isLeader()).as("leadership is kept while held").isTrue();

            first.close();

            assertThat(second.isLeader()).isTrue();
            assertThat(first.isLeader()).isFalse();
        }
    }

    @Test
    void leadership_passes_on_when_the_holders_session_dies() {
        try (PostgresLeadership first = new PostgresLeadership(config, lockKey);
             PostgresLeadership second = new PostgresLeadership(config, lockKey)) {
            assertThat(first.isLeader()).isTrue();

            TestDatabase.execute("SELECT pg_terminate_backend(pid) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = "
                    + lockKey);

            // the server releases a terminated session's locks a moment after it is told to end it
            await().atMost(Duration.ofSeconds(10)).until(second::isLeader);
            assertThat(first.isLeader()).as("the old holder notices it lost the lock").isFalse();
        }
    }

    @Test
    void different_roles_have_different_leaders_keys() {
        try (PostgresLeadership imap = new PostgresLeadership(config, lockKey);
             PostgresLeadership telegram = new PostgresLeadership(config, lockKey + 1)) {
            assertThat(imap.isLeader()).isTrue();
            assertThat(telegram.isLeader()).isTrue();
        }
    }
}
