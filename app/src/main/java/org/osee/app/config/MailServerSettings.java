package org.osee.app.config;

import java.util.Locale;
import java.util.Set;

/**
 * One mail server (IMAP or SMTP).
 *
 * @param host        server host
 * @param port        server port
 * @param security    none, starttls or tls
 * @param username    login
 * @param password    password (or app password)
 * @param oauth2Token an OAuth2 access token for XOAUTH2, used instead of the password when set
 */
public record MailServerSettings(String host, Integer port, String security, String username, String password,
                                 String oauth2Token) {
    private static final Set<String> SECURITY = Set.of("none", "starttls", "tls");

    public MailServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a mail server needs a host");
        }
        if (port == null || port < 1 || port > 65535) {
            throw new IllegalArgumentException("mail server port must be between 1 and 65535, was " + port);
        }
        security = security == null ? "tls" : security.strip().toLowerCase(Locale.ROOT);
        if (!SECURITY.contains(security)) {
            throw new IllegalArgumentException("security must be none, starttls or tls, was " + security);
        }
    }

    @Override
    public String toString() {
        return "MailServerSettings[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username + ", password=" + Secret.mask(password) + ", oauth2Token=" + Secret.mask(oauth2Token) + "]";
    }
}
