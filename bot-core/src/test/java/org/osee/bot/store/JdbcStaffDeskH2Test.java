package org.osee.bot.store;

/** The StaffDesk contract on the embedded H2 database. */
class JdbcStaffDeskH2Test extends StaffDeskContractTest implements OnH2 {
}
