package org.osee.connectors.email;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the email connector needs: the shared inbox's own address, how to read it and how to send from it.
 *
 * @param address     the inbox's address (used in From, never answered)
 * @param displayName the name shown with it in From
 * @param imap        reading
 * @param smtp        sending
 * @param limits      rates, sizes and timings
 */
public record EmailConfig(String address, String displayName, ImapConfig imap, SmtpConfig smtp, EmailLimits limits) {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+|[^@\\s<>]+@localhost");

    public EmailConfig {
        address = requireText(address, "email.address").toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("email.address is not an email address: '" + address + "'");
        }
        displayName = displayName == null || displayName.isBlank() ? "OSEE Assistant" : displayName.strip();
        Objects.requireNonNull(imap, "email.imap");
        Objects.requireNonNull(smtp, "email.smtp");
        limits = limits == null ? EmailLimits.defaults() : limits;
    }

    /** A configuration with the default display name and limits. */
    public static EmailConfig of(String address, ImapConfig imap, SmtpConfig smtp) {
        return new EmailConfig(address, null, imap, smtp, null);
    }

    /** A copy with other limits. */
    public EmailConfig withLimits(EmailLimits other) {
        return new EmailConfig(address, displayName, imap, smtp, other);
    }

    /** The domain of {@link #address()}, used in the Message-IDs of replies. */
    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    static void requirePort(int port, String name) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be in 1..65535, was " + port);
        }
    }
}
