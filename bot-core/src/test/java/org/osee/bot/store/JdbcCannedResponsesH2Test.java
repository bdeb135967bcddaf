package org.osee.bot.store;

/** Canned responses on the embedded H2 database. */
class JdbcCannedResponsesH2Test extends CannedResponsesContractTest implements OnH2 {
}
