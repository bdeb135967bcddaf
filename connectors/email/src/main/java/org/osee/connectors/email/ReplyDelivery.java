package org.osee.connectors.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.ChannelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one reply once: looks for its derived Message-ID in the mailbox first, sends it over SMTP to the person
 * and, in the same SMTP transaction, to the inbox itself, then flags the question \Seen. The copy in the inbox is the
 * durable record of what was sent: the server accepts both recipients or neither, so a retry after a crash at any
 * point finds the copy when the reply went out and sends it when it did not. Serialised: one delivery at a time per
 * instance.
 */
final class ReplyDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyDelivery.class);
    private static final int REMEMBERED = 10_000;

    private final EmailConfig config;
    private final MailComposer composer;
    private final SmtpSender smtp;
    private final ImapMailbox mailbox;
    private final EmailStats stats;
    private final ConcurrentLinkedQueue<MailReceiver.SeenRequest> toFlag;
    private final Set<String> recentlySent = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    ReplyDelivery(EmailConfig config, EmailStats stats, ConcurrentLinkedQueue<MailReceiver.SeenRequest> toFlag) {
        this.config = config;
        this.composer = new MailComposer(config.domain());
        this.smtp = new SmtpSender(config.smtp(), config.address());
        this.mailbox = new ImapMailbox(config.imap(), MailSessions.COMMAND_TIMEOUT, config.limits().maxMessageBytes());
        this.stats = stats;
        this.toFlag = toFlag;
    }

    synchronized String deliver(OutboundMessage out) {
        ComposedReply reply = composer.compose(out);
        String id = reply.messageId();
        if (recentlySent.contains(id) || alreadyInSent(id)) {
            stats.count("send.duplicates_avoided");
            LOG.info("email: reply {} for outbox item {} was sent before; not sending it again", id, out.id());
            markAnswered(out);
            return id;
        }
        MimeMessage mime;
        try {
            mime = MimeReplies.toMime(reply, config.address(), config.displayName(), smtp.session());
        } catch (MessagingException e) {
            throw new ChannelException("cannot write the reply for outbox item " + out.id() + ": " + e.getMessage(),
                    false, e);
        }
        smtp.send(mime, selfAddress());
        recentlySent.add(id);
        stats.count("sent");
        keepCopy(mime, id);
        markAnswered(out);
        return id;
    }

    private jakarta.mail.Address selfAddress() {
        try {
            return new jakarta.mail.internet.InternetAddress(config.address());
        } catch (jakarta.mail.internet.AddressException e) {
            throw new ChannelException("the inbox address is invalid: " + config.address(), false, e);
        }
    }

    private boolean alreadyInSent(String id) {
        try {
            return mailbox.alreadySent(id);
        } catch (MessagingException | RuntimeException e) {
            mailbox.close();
            throw new ChannelException("cannot check the Sent folder before sending " + id + ": " + e.getMessage(),
                    true, e);
        }
    }

    private void keepCopy(MimeMessage mime, String id) {
        if (!config.imap().appendSent()) {
            return;
        }
        try {
            mailbox.appendSent(mime);
        } catch (MessagingException | RuntimeException e) {
            mailbox.close();
            stats.count("send.copy_failed");
            LOG.warn("email: sent {} but could not keep a copy in {}: {}", id, config.imap().sentFolder(), e.toString());
        }
    }

    /** Flags the question \Seen; when that fails the receiver flags it on its next round. */
    private void markAnswered(OutboundMessage out) {
        Map<String, String> meta = out.replyMetadata();
        if (meta.isEmpty()) {
            return;
        }
        MailReceiver.SeenRequest request = new MailReceiver.SeenRequest(
                parseLong(meta.get(InboundMapper.META_UIDVALIDITY)), parseLong(meta.get(InboundMapper.META_UID)),
                meta.getOrDefault(MailComposer.META_MESSAGE_ID, ""));
        try {
            mailbox.markSeen(request.uidValidity(), request.uid(), request.messageId());
        } catch (MessagingException | RuntimeException e) {
            mailbox.close();
            toFlag.add(request);
            LOG.warn("email: could not flag uid {} as seen yet ({}); will retry", request.uid(), e.toString());
        }
    }

    private static long parseLong(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public synchronized void close() {
        smtp.close();
        mailbox.close();
    }
}
