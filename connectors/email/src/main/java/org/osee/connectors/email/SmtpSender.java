package org.osee.connectors.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.osee.bot.port.ChannelException;

/** Sends replies over one SMTP connection, kept open between messages and opened again when it dropped. */
final class SmtpSender implements AutoCloseable {
    private final SmtpConfig config;
    private final Session session;
    private Transport transport;

    SmtpSender(SmtpConfig config, String envelopeFrom) {
        this.config = config;
        this.session = MailSessions.smtp(config, envelopeFrom);
    }

    Session session() {
        return session;
    }

    /** Sends {@code message} to its recipients only; a failure says whether trying again later may help. */
    synchronized void send(MimeMessage message) {
        try {
            ensureConnected();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw translate(e);
        }
    }

    /**
     * Sends {@code message} to its recipients and, in the same SMTP transaction, to {@code copyTo} (a blind copy
     * not shown in the headers); a failure says whether trying again later may help.
     */
    synchronized void send(MimeMessage message, Address copyTo) {
        try {
            ensureConnected();
            Address[] to = message.getAllRecipients();
            Address[] all = java.util.Arrays.copyOf(to, to.length + 1);
            all[to.length] = copyTo;
            transport.sendMessage(message, all);
        } catch (MessagingException e) {
            close();
            throw translate(e);
        }
    }

    private void ensureConnected() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        close();
        transport = session.getTransport(MailSessions.smtpProtocol(config));
        transport.connect(config.host(), config.port(), config.auth().required() ? config.auth().username() : null,
                config.auth().required() ? config.auth().secret() : null);
    }

    /** Permanent refusals (5xx, a bad address) are not retriable; everything else (4xx, network, login) is. */
    static ChannelException translate(MessagingException e) {
        int code = returnCode(e);
        boolean permanent = e instanceof AddressException || code >= 500 && code < 600
                || e instanceof SendFailedException sf && noValidAddress(sf) && code == 0;
        String message = "SMTP sending failed" + (code > 0 ? " with " + code : "") + ": " + e.getMessage();
        return new ChannelException(message, !permanent, e);
    }

    private static int returnCode(MessagingException e) {
        for (Exception cur = e; cur != null; cur = cur instanceof MessagingException m ? m.getNextException() : null) {
            if (cur instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (cur instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
        }
        return 0;
    }

    private static boolean noValidAddress(SendFailedException e) {
        return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                && (e.getValidUnsentAddresses() == null || e.getValidUnsentAddresses().length == 0);
    }

    @Override
    public synchronized void close() {
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // closing a dead connection
        }
        transport = null;
    }
}
