package org.osee.bot.store;

/** Canned responses on PostgreSQL. */
class JdbcCannedResponsesPostgresIT extends CannedResponsesContractTest implements OnPostgres {
}
