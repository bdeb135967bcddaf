package org.osee.connectors.email;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the connector reads the shared inbox.
 *
 * @param host         the IMAP server
 * @param port         its port (143 for none/starttls, 993 for tls by convention)
 * @param security     none, starttls or tls
 * @param auth         the login
 * @param folder       the folder questions arrive in, usually {@code INBOX}
 * @param sentFolder   a folder where copies of replies may be kept; searched too before sending, so that an
 *                     answer is never sent twice
 * @param appendSent   true to also append each reply to {@code sentFolder} (for people browsing the mailbox); the
 *                     copy that counts is the one sent to the inbox itself
 * @param pollInterval how often to look for new mail when the server has no IDLE (and the longest IDLE wait)
 * @param useIdle      false to poll even when the server offers IDLE
 */
public record ImapConfig(String host, int port, MailSecurity security, MailAuth auth, String folder,
                         String sentFolder, boolean appendSent, Duration pollInterval, boolean useIdle) {
    public ImapConfig {
        host = EmailConfig.requireText(host, "email.imap.host");
        EmailConfig.requirePort(port, "email.imap.port");
        Objects.requireNonNull(security, "email.imap.security");
        auth = auth == null ? MailAuth.none() : auth;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        sentFolder = sentFolder == null || sentFolder.isBlank() ? "Sent" : sentFolder.strip();
        pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("email.imap.poll-interval must be positive, was " + pollInterval);
        }
    }

    /** INBOX, no extra copy in Sent, a poll every minute, IDLE when offered. */
    public static ImapConfig of(String host, int port, MailSecurity security, MailAuth auth) {
        return new ImapConfig(host, port, security, auth, "INBOX", "Sent", false, Duration.ofSeconds(60), true);
    }

    /** A copy polling at another interval. */
    public ImapConfig withPollInterval(Duration interval) {
        return new ImapConfig(host, port, security, auth, folder, sentFolder, appendSent, interval, useIdle);
    }

    /** A copy that uses IDLE or not. */
    public ImapConfig withIdle(boolean idle) {
        return new ImapConfig(host, port, security, auth, folder, sentFolder, appendSent, pollInterval, idle);
    }
}
