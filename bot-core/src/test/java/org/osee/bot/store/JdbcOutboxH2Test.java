package org.osee.bot.store;

/** The Outbox contract on the embedded H2 database. */
class JdbcOutboxH2Test extends OutboxContractTest implements OnH2 {
}
