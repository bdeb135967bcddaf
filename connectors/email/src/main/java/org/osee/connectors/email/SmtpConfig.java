package org.osee.connectors.email;

import java.util.Objects;

/**
 * Where and how the connector sends replies.
 *
 * @param host     the SMTP server (submission)
 * @param port     its port (587 for starttls, 465 for tls by convention)
 * @param security none, starttls or tls
 * @param auth     the login
 */
public record SmtpConfig(String host, int port, MailSecurity security, MailAuth auth) {
    public SmtpConfig {
        host = EmailConfig.requireText(host, "email.smtp.host");
        EmailConfig.requirePort(port, "email.smtp.port");
        Objects.requireNonNull(security, "email.smtp.security");
        auth = auth == null ? MailAuth.none() : auth;
    }
}
