package org.osee.bot.store;

/** The Backlog contract on the embedded H2 database. */
class JdbcBacklogH2Test extends BacklogContractTest implements OnH2 {
}
