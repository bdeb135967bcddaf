package org.osee.connectors.email;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Properties;

/** Jakarta Mail sessions for reading and sending, with TLS, STARTTLS, XOAUTH2, peeking reads and timeouts set. */
final class MailSessions {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private MailSessions() {
    }

    /** The store protocol for a reading session ("imap" or "imaps"). */
    static String imapProtocol(ImapConfig imap) {
        return imap.security() == MailSecurity.TLS ? "imaps" : "imap";
    }

    /** The transport protocol for a sending session ("smtp" or "smtps"). */
    static String smtpProtocol(SmtpConfig smtp) {
        return smtp.security() == MailSecurity.TLS ? "smtps" : "smtp";
    }

    static Session imap(ImapConfig imap, Duration readTimeout) {
        String p = "mail." + imapProtocol(imap) + ".";
        Properties props = common(p, imap.host(), imap.port(), imap.security(), imap.auth(), readTimeout);
        props.setProperty(p + "peek", "true"); // reading a message must not mark it \Seen
        props.setProperty(p + "partialfetch", "false");
        props.setProperty(p + "connectionpool.debug", "false");
        return Session.getInstance(props);
    }

    static Session smtp(SmtpConfig smtp, String envelopeFrom) {
        String p = "mail." + smtpProtocol(smtp) + ".";
        Properties props = common(p, smtp.host(), smtp.port(), smtp.security(), smtp.auth(), COMMAND_TIMEOUT);
        props.setProperty(p + "auth", Boolean.toString(smtp.auth().required()));
        props.setProperty(p + "from", envelopeFrom); // bounces of our replies come back to the inbox, where they are skipped
        props.setProperty("mail.transport.protocol", smtpProtocol(smtp));
        return Session.getInstance(props);
    }

    private static Properties common(String p, String host, int port, MailSecurity security, MailAuth auth,
                                     Duration readTimeout) {
        Properties props = new Properties();
        props.setProperty(p + "host", host);
        props.setProperty(p + "port", Integer.toString(port));
        props.setProperty(p + "connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        props.setProperty(p + "timeout", Long.toString(readTimeout.toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(COMMAND_TIMEOUT.toMillis()));
        if (security == MailSecurity.TLS) {
            props.setProperty(p + "ssl.enable", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        } else if (security == MailSecurity.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        if (auth.oauth2()) {
            props.setProperty(p + "auth.mechanisms", "XOAUTH2");
            props.setProperty(p + "auth.login.disable", "true");
            props.setProperty(p + "auth.plain.disable", "true");
        }
        props.setProperty("mail.mime.address.strict", "false");
        return props;
    }
}
