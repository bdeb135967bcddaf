package org.osee.connectors.email;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code email:} section of the configuration file, key for key (kebab-case in the file: {@code display-name},
 * {@code poll-interval}...). The application binds it from YAML and the environment and hands the result of
 * {@link #toConfig()} to the {@link EmailChannel}. Missing optional values take their defaults here, so the
 * effective configuration can be printed; every problem is reported with its key. The keys are listed in
 * {@code docs/email.md}.
 *
 * @param address     the inbox's own address (used in From, never answered); required
 * @param displayName the name shown with it
 * @param imap        reading; required
 * @param smtp        sending; required
 * @param limits      rates, sizes and timings
 * @param staffAddress where new escalations are announced by email (through {@code smtp}); {@code null}: nowhere
 */
public record EmailSection(String address, String displayName, Imap imap, Smtp smtp, Limits limits,
                           String staffAddress) {
    /** A section without a staff address. */
    public EmailSection(String address, String displayName, Imap imap, Smtp smtp, Limits limits) {
        this(address, displayName, imap, smtp, limits, null);
    }

    public EmailSection {
        address = required(address, "email.address");
        displayName = displayName == null || displayName.isBlank() ? "OSEE Assistant" : displayName.strip();
        if (imap == null) {
            throw new IllegalArgumentException("email.imap is required (host, port, security...)");
        }
        if (smtp == null) {
            throw new IllegalArgumentException("email.smtp is required (host, port, security...)");
        }
        limits = limits == null ? Limits.defaults() : limits;
        build(address, displayName, imap, smtp, limits); // the connector's own checks (the address's form...)
        staffAddress = staffAddress == null || staffAddress.isBlank() ? null
                : EmailEscalationNotifier.address(staffAddress).getAddress();
    }

    /** The connector's configuration. */
    public EmailConfig toConfig() {
        return build(address, displayName, imap, smtp, limits);
    }

    private static EmailConfig build(String address, String displayName, Imap imap, Smtp smtp, Limits limits) {
        ImapConfig imapConfig = new ImapConfig(imap.host, imap.port, imap.security,
                auth(imap.username, imap.password, imap.oauth2Token, imap.oauth2TokenFile), imap.folder,
                imap.sentFolder, imap.appendSent, imap.pollInterval, imap.idle);
        SmtpConfig smtpConfig = new SmtpConfig(smtp.host, smtp.port, smtp.security,
                auth(smtp.username, smtp.password, smtp.oauth2Token, smtp.oauth2TokenFile));
        EmailLimits emailLimits = new EmailLimits(limits.maxPerSenderPerHour, limits.maxMessageBytes,
                limits.maxTextChars, limits.maxParts, limits.maxDepth, limits.reconnectInitial, limits.reconnectMax,
                limits.idleRefresh);
        return new EmailConfig(address, displayName, imapConfig, smtpConfig, emailLimits);
    }

    /**
     * {@code email.imap}: where and how questions are read.
     *
     * @param host            the IMAP server; required
     * @param port            its port; required
     * @param security        none, starttls or tls; required
     * @param username        the login; a login needs one of password, oauth2-token, oauth2-token-file
     * @param password        the password
     * @param oauth2Token     an OAuth2 access token sent with SASL XOAUTH2
     * @param oauth2TokenFile a file holding the access token, read again at every connection
     * @param folder          where questions arrive (INBOX)
     * @param sentFolder      where copies of replies may be kept (Sent)
     * @param appendSent      also keep a copy of each reply there (false)
     * @param pollInterval    polling period without IDLE (60s)
     * @param idle            use IDLE when the server offers it (true)
     */
    public record Imap(String host, Integer port, MailSecurity security, String username, String password,
                       String oauth2Token, Path oauth2TokenFile, String folder, String sentFolder, Boolean appendSent,
                       Duration pollInterval, Boolean idle) {
        public Imap {
            host = required(host, "email.imap.host");
            port = checkPort(port, "email.imap.port");
            security = checkSecurity(security, "email.imap.security");
            checkLogin("email.imap", username, password, oauth2Token, oauth2TokenFile);
            folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
            sentFolder = sentFolder == null || sentFolder.isBlank() ? "Sent" : sentFolder.strip();
            appendSent = appendSent != null && appendSent;
            pollInterval = positive(pollInterval == null ? Duration.ofSeconds(60) : pollInterval,
                    "email.imap.poll-interval");
            idle = idle == null || idle;
        }

        @Override
        public String toString() {
            return "Imap[" + host + ":" + port + ", " + security + ", " + auth(username, password, oauth2Token,
                    oauth2TokenFile) + ", folder=" + folder + "]";
        }
    }

    /**
     * {@code email.smtp}: where and how replies are sent; the login keys are those of {@link Imap}.
     *
     * @param host     the SMTP submission server; required
     * @param port     its port; required
     * @param security none, starttls or tls; required
     */
    public record Smtp(String host, Integer port, MailSecurity security, String username, String password,
                       String oauth2Token, Path oauth2TokenFile) {
        public Smtp {
            host = required(host, "email.smtp.host");
            port = checkPort(port, "email.smtp.port");
            security = checkSecurity(security, "email.smtp.security");
            checkLogin("email.smtp", username, password, oauth2Token, oauth2TokenFile);
        }

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", " + security + ", " + auth(username, password, oauth2Token,
                    oauth2TokenFile) + "]";
        }
    }

    /** {@code email.limits}: see {@link EmailLimits}; absent values take its defaults. */
    public record Limits(Integer maxPerSenderPerHour, Long maxMessageBytes, Integer maxTextChars, Integer maxParts,
                         Integer maxDepth, Duration reconnectInitial, Duration reconnectMax, Duration idleRefresh) {
        public Limits {
            EmailLimits d = EmailLimits.defaults();
            maxPerSenderPerHour = maxPerSenderPerHour == null ? d.maxPerSenderPerHour() : maxPerSenderPerHour;
            maxMessageBytes = maxMessageBytes == null ? d.maxMessageBytes() : maxMessageBytes;
            maxTextChars = maxTextChars == null ? d.maxTextChars() : maxTextChars;
            maxParts = maxParts == null ? d.maxParts() : maxParts;
            maxDepth = maxDepth == null ? d.maxDepth() : maxDepth;
            reconnectInitial = reconnectInitial == null ? d.reconnectInitial() : reconnectInitial;
            reconnectMax = reconnectMax == null ? d.reconnectMax() : reconnectMax;
            idleRefresh = idleRefresh == null ? d.idleRefresh() : idleRefresh;
            new EmailLimits(maxPerSenderPerHour, maxMessageBytes, maxTextChars, maxParts, maxDepth, reconnectInitial,
                    reconnectMax, idleRefresh); // checks every value, naming its key
        }

        static Limits defaults() {
            return new Limits(null, null, null, null, null, null, null, null);
        }
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value.strip();
    }

    private static Integer checkPort(Integer port, String key) {
        if (port == null) {
            throw new IllegalArgumentException(key + " is required");
        }
        EmailConfig.requirePort(port, key);
        return port;
    }

    private static MailSecurity checkSecurity(MailSecurity security, String key) {
        if (security == null) {
            throw new IllegalArgumentException(key + " is required: none, starttls or tls");
        }
        return security;
    }

    private static Duration positive(Duration value, String key) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + value);
        }
        return value;
    }

    /** A login needs exactly one secret; a secret needs a login. */
    private static void checkLogin(String prefix, String username, String password, String token, Path tokenFile) {
        boolean user = username != null && !username.isBlank();
        int secrets = (password == null || password.isEmpty() ? 0 : 1) + (token == null || token.isBlank() ? 0 : 1)
                + (tokenFile == null ? 0 : 1);
        if (user && secrets == 0) {
            throw new IllegalArgumentException(prefix + ".password is required when " + prefix
                    + ".username is set (or " + prefix + ".oauth2-token / oauth2-token-file)");
        }
        if (secrets > 1) {
            throw new IllegalArgumentException(prefix + ": give one of password, oauth2-token, oauth2-token-file,"
                    + " not several");
        }
        if (!user && secrets > 0) {
            throw new IllegalArgumentException(prefix + ".username is required with a password or token");
        }
    }

    private static MailAuth auth(String username, String password, String token, Path tokenFile) {
        return new MailAuth(username, password, token, tokenFile);
    }

    @Override
    public String toString() {
        return "EmailSection[address=" + address + ", imap=" + imap.host + ":" + imap.port + ", smtp=" + smtp.host
                + ":" + smtp.port + "]";
    }
}
