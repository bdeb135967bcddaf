package org.osee.app.config;

/**
 * The email connector; present only when the assistant answers a shared inbox.
 *
 * @param address           the inbox's own address (used in From, never answered)
 * @param imap              where mail is read
 * @param smtp              where replies are sent
 * @param folder            the IMAP folder to read (default INBOX)
 * @param maxPerSenderHour  answers per sender per hour before further mail is skipped (default 10)
 * @param pollSeconds       polling interval when the server has no IDLE (default 30)
 */
public record EmailSettings(String address, MailServerSettings imap, MailServerSettings smtp, String folder,
                            Integer maxPerSenderHour, Integer pollSeconds) {
    public EmailSettings {
        if (address == null || !address.contains("@")) {
            throw new IllegalArgumentException("email.address must be an email address, was " + address);
        }
        if (imap == null || smtp == null) {
            throw new IllegalArgumentException("email needs both an imap and an smtp section");
        }
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        maxPerSenderHour = maxPerSenderHour == null ? 10 : maxPerSenderHour;
        pollSeconds = pollSeconds == null ? 30 : pollSeconds;
    }
}
