package org.osee.bot.store;

/** The staff queue on the embedded H2 database. */
class JdbcQueueH2Test extends QueueContractTest implements OnH2 {
}
