package org.osee.bot.store;

/** The StaffAccounts and StaffSessions contracts on the embedded H2 database. */
class JdbcStaffAccountsH2Test extends StaffAccountsContractTest implements OnH2 {
}
