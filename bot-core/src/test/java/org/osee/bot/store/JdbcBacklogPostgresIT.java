package org.osee.bot.store;

/** The Backlog contract on PostgreSQL. */
class JdbcBacklogPostgresIT extends BacklogContractTest implements OnPostgres {
}
