package org.osee.bot.store;

/** The Retention contract on PostgreSQL. */
class JdbcRetentionPostgresIT extends RetentionContractTest implements OnPostgres {
}
