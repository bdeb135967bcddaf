package org.osee.bot.store;

/** The WorkQueue contract on PostgreSQL. */
class JdbcWorkQueuePostgresIT extends WorkQueueContractTest implements OnPostgres {
}
