package org.osee.bot.store;

/** The FeedbackStore contract on the embedded H2 database. */
class JdbcFeedbackStoreH2Test extends FeedbackStoreContractTest implements OnH2 {
}
