package org.osee.bot.store;

/** The ReplyFeed contract on the embedded H2 database. */
class JdbcReplyFeedH2Test extends ReplyFeedContractTest implements OnH2 {
}
