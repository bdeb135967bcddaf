package org.osee.bot.store;

import java.nio.file.Path;

/** Runs a contract test on the embedded H2 database, in a temporary folder. */
public interface OnH2 extends DatabaseChoice {
    @Override
    default TestDatabase openDatabase(Path temporaryFolder) {
        return TestDatabase.h2(temporaryFolder.resolve("data"));
    }
}
