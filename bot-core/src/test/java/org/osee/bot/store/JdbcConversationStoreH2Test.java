package org.osee.bot.store;

/** The ConversationStore contract on the embedded H2 database. */
class JdbcConversationStoreH2Test extends ConversationStoreContractTest implements OnH2 {
}
