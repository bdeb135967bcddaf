package org.osee.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, when there is one. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"osee " + (v == null ? "development build" : v)};
    }
}
