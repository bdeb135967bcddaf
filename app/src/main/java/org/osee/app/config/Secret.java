package org.osee.app.config;

/** Masks secrets wherever configuration is printed. */
final class Secret {
    private Secret() {}

    static String mask(String value) {
        return value == null || value.isEmpty() ? "(none)" : "****";
    }
}
