package org.osee.bot.store;

/** The draft contract on PostgreSQL. */
class JdbcDraftDeskPostgresIT extends DraftDeskContractTest implements OnPostgres {
}
