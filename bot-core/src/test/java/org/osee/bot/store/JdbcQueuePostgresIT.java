package org.osee.bot.store;

/** The staff queue on PostgreSQL. */
class JdbcQueuePostgresIT extends QueueContractTest implements OnPostgres {
}
