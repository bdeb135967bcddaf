package org.osee.bot.store;

/** The StaffAccounts and StaffSessions contracts on PostgreSQL. */
class JdbcStaffAccountsPostgresIT extends StaffAccountsContractTest implements OnPostgres {
}
