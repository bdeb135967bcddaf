package org.osee.bot.store;

/** The FeedbackStore contract on PostgreSQL. */
class JdbcFeedbackStorePostgresIT extends FeedbackStoreContractTest implements OnPostgres {
}
