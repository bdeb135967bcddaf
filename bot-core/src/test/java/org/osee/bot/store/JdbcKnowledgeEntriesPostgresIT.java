package org.osee.bot.store;

/** The KnowledgeEntries contract on PostgreSQL. */
class JdbcKnowledgeEntriesPostgresIT extends KnowledgeEntriesContractTest implements OnPostgres {
}
