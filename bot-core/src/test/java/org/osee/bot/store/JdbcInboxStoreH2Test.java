package org.osee.bot.store;

/** The InboxStore contract on the embedded H2 database. */
class JdbcInboxStoreH2Test extends InboxStoreContractTest implements OnH2 {
}
