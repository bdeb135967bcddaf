package org.osee.connectors.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Map;

/** Turns a {@link ComposedReply} into a MIME message that keeps its own Message-ID when saved. */
final class MimeReplies {
    private MimeReplies() {
    }

    static MimeMessage toMime(ComposedReply reply, String fromAddress, String fromName, Session session)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, reply.messageId());
        message.setFrom(address(fromAddress, fromName));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(reply.to(), false));
        message.setSubject(reply.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (!reply.inReplyTo().isEmpty()) {
            message.setHeader("In-Reply-To", reply.inReplyTo());
        }
        if (!reply.references().isEmpty()) {
            message.setHeader("References", String.join("\r\n ", reply.references()));
        }
        message.setHeader("Content-Language", reply.language());
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            message.setHeader(h.getKey(), h.getValue());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(reply.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(reply.html(), "UTF-8", "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            return new InternetAddress(address, name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            return new InternetAddress(address);
        }
    }

    /** A MIME message whose Message-ID is the one we derived, not a random one made at save time. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
