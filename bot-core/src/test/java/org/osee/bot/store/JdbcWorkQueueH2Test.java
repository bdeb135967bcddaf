package org.osee.bot.store;

/** The WorkQueue contract on the embedded H2 database. */
class JdbcWorkQueueH2Test extends WorkQueueContractTest implements OnH2 {
}
