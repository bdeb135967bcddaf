package org.osee.bot.store;

/** The draft contract on the embedded H2 database. */
class JdbcDraftDeskH2Test extends DraftDeskContractTest implements OnH2 {
}
