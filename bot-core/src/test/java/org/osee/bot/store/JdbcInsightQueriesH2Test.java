package org.osee.bot.store;

class JdbcInsightQueriesH2Test extends InsightQueriesContractTest implements OnH2 {
}
