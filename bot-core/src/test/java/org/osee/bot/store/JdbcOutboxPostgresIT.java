package org.osee.bot.store;

/** The Outbox contract on PostgreSQL. */
class JdbcOutboxPostgresIT extends OutboxContractTest implements OnPostgres {
}
