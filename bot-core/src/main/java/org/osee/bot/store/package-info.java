/**
 * The conversations database: one schema (Flyway migrations in {@code db/migration}, portable between PostgreSQL
 * and H2 in PostgreSQL mode) and JDBC implementations of the store ports.
 *
 * <p>{@link org.osee.bot.store.Database} opens the embedded H2 file database under the data folder (commits written
 * through, so a killed process loses nothing committed) or PostgreSQL through a HikariCP pool, and migrates it.
 * {@link org.osee.bot.store.Stores} builds every store port over it. Inbox and outbox items are claimed with
 * {@code FOR UPDATE SKIP LOCKED} under a lease ({@code claimed_by}, {@code lease_until}); a claim whose lease ran out
 * is taken over, and a late completion by the first claimant changes nothing. Timestamps come from the
 * application's clock, so instances sharing a database need synchronised clocks (NTP) to within a fraction of the
 * lease.
 */
package org.osee.bot.store;
