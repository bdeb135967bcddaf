package org.osee.bot.store;

/** The StaffDesk contract on PostgreSQL. */
class JdbcStaffDeskPostgresIT extends StaffDeskContractTest implements OnPostgres {
}
