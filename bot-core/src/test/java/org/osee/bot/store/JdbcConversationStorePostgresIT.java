package org.osee.bot.store;

/** The ConversationStore contract on PostgreSQL. */
class JdbcConversationStorePostgresIT extends ConversationStoreContractTest implements OnPostgres {
}
