package org.osee.bot.store;

import java.nio.file.Path;

/** Which database a contract test runs on; mixed into the concrete test classes by {@link OnH2} or {@link OnPostgres}. */
public interface DatabaseChoice {
    TestDatabase openDatabase(Path temporaryFolder);
}
