package org.osee.bot.store;

/** The DeadLetters contract on the embedded H2 database. */
class JdbcDeadLettersH2Test extends DeadLettersContractTest implements OnH2 {
}
