package org.osee.connectors.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osee.knowledge.OseeException;

/**
 * How the connector logs in to a mail server: a password, or an OAuth2 access token sent with SASL XOAUTH2. A token
 * may be given directly or as a file that is read again at every connection, so an external helper can keep a
 * short-lived token fresh. {@link #toString()} never shows a secret.
 *
 * @param username       the login; empty for a server that needs no login
 * @param password       the password, or empty
 * @param oauth2Token    an OAuth2 access token, or empty
 * @param oauth2TokenFile a file holding the access token, or {@code null}
 */
public record MailAuth(String username, String password, String oauth2Token, Path oauth2TokenFile) {
    public MailAuth {
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        oauth2Token = oauth2Token == null ? "" : oauth2Token.strip();
        int secrets = (password.isEmpty() ? 0 : 1) + (oauth2Token.isEmpty() ? 0 : 1) + (oauth2TokenFile == null ? 0 : 1);
        if (secrets > 1) {
            throw new IllegalArgumentException("give one of password, oauth2-token, oauth2-token-file for user '"
                    + username + "', not several");
        }
        if (secrets == 1 && username.isEmpty()) {
            throw new IllegalArgumentException("a password or token needs a username");
        }
    }

    /** Logs in with a username and a password. */
    public static MailAuth password(String username, String password) {
        return new MailAuth(username, password, "", null);
    }

    /** No login at all (a local relay). */
    public static MailAuth none() {
        return new MailAuth("", "", "", null);
    }

    /** True when the login uses SASL XOAUTH2 rather than a password. */
    public boolean oauth2() {
        return !oauth2Token.isEmpty() || oauth2TokenFile != null;
    }

    /** True when the server is to be logged in to at all. */
    public boolean required() {
        return !username.isEmpty();
    }

    /** The password or the current access token, read from the token file when there is one. */
    String secret() {
        if (oauth2TokenFile == null) {
            return oauth2Token.isEmpty() ? password : oauth2Token;
        }
        try {
            return Files.readString(oauth2TokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new OseeException("cannot read the OAuth2 token file " + oauth2TokenFile, e);
        }
    }

    @Override
    public String toString() {
        String kind = oauth2TokenFile != null ? "oauth2-token-file=" + oauth2TokenFile
                : !oauth2Token.isEmpty() ? "oauth2-token=****" : password.isEmpty() ? "no secret" : "password=****";
        return "MailAuth[username=" + username + ", " + kind + "]";
    }
}
