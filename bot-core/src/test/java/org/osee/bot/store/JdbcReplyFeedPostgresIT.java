package org.osee.bot.store;

/** The ReplyFeed contract on PostgreSQL. */
class JdbcReplyFeedPostgresIT extends ReplyFeedContractTest implements OnPostgres {
}
