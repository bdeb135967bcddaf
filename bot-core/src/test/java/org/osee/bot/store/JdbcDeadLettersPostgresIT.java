package org.osee.bot.store;

/** The DeadLetters contract on PostgreSQL. */
class JdbcDeadLettersPostgresIT extends DeadLettersContractTest implements OnPostgres {
}
