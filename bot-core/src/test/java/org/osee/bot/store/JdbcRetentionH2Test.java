package org.osee.bot.store;

/** The Retention contract on the embedded H2 database. */
class JdbcRetentionH2Test extends RetentionContractTest implements OnH2 {
}
