package org.osee.bot.store;

/** The InboxStore contract on PostgreSQL. */
class JdbcInboxStorePostgresIT extends InboxStoreContractTest implements OnPostgres {
}
