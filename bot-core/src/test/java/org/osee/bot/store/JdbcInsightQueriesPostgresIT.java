package org.osee.bot.store;

class JdbcInsightQueriesPostgresIT extends InsightQueriesContractTest implements OnPostgres {
}
