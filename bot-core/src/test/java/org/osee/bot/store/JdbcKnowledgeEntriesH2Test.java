package org.osee.bot.store;

/** The KnowledgeEntries contract on the embedded H2 database. */
class JdbcKnowledgeEntriesH2Test extends KnowledgeEntriesContractTest implements OnH2 {
}
