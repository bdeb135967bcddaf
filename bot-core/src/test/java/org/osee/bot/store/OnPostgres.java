package org.osee.bot.store;

import java.nio.file.Path;

/** Runs a contract test on the local PostgreSQL, in a fresh schema dropped afterwards. */
public interface OnPostgres extends DatabaseChoice {
    @Override
    default TestDatabase openDatabase(Path temporaryFolder) {
        return TestDatabase.postgres();
    }
}
