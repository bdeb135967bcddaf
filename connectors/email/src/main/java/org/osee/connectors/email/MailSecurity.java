package org.osee.connectors.email;

import java.util.Locale;

/** How a mail connection is protected: in clear (loopback tests only), upgraded with STARTTLS, or TLS from the start. */
public enum MailSecurity {
    NONE,
    STARTTLS,
    TLS;

    /** Parses {@code none}, {@code starttls} or {@code tls} (any case). */
    public static MailSecurity parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("security must be one of none, starttls, tls; was empty");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("security must be one of none, starttls, tls; was '" + value + "'", e);
        }
    }
}
