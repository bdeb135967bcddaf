package org.osee.connectors.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.EscalationNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells staff by email that a conversation was escalated: one short message to the staff address
 * ({@code email.staff-address}) through the email connector's SMTP server, with the channel, the language, the
 * reason and a link to the conversation in the console. The person's words are not in it (they may be personal;
 * staff read them in the console). Sent on a background thread, so the worker never waits for SMTP; a failure is
 * logged and the notice dropped (the console still shows the escalation).
 */
public final class EmailEscalationNotifier implements EscalationNotifier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmailEscalationNotifier.class);
    private static final int BACKLOG = 100;

    private final EmailConfig config;
    private final InternetAddress staff;
    private final Supplier<String> consoleUrl;
    private final SmtpSender smtp;
    private final ThreadPoolExecutor exec = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(BACKLOG), runnable -> {
                Thread thread = new Thread(runnable, "osee-email-notifier");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * @param config       the email connector's configuration (its SMTP server and From address are used)
     * @param staffAddress where notices go
     * @param consoleUrl   the console's address ("https://osee.example.org/console/"); the conversation's id is
     *                     appended after {@code #}
     */
    public EmailEscalationNotifier(EmailConfig config, String staffAddress, Supplier<String> consoleUrl) {
        this.config = Objects.requireNonNull(config, "config");
        this.staff = address(staffAddress);
        this.consoleUrl = Objects.requireNonNull(consoleUrl, "consoleUrl");
        this.smtp = new SmtpSender(config.smtp(), config.address());
    }

    /** Checks a staff address: one plain address, no name, no list. */
    static InternetAddress address(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("email.staff-address is empty");
        }
        try {
            InternetAddress parsed = new InternetAddress(value.strip(), true);
            if (parsed.isGroup() || parsed.getAddress().indexOf('@') < 1) {
                throw new IllegalArgumentException("email.staff-address is not one email address: '" + value + "'");
            }
            return parsed;
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("email.staff-address is not an email address: '" + value + "'", e);
        }
    }

    @Override
    public void escalated(ConversationSnapshot conversation, InboundMessage message, EscalationReason reason) {
        try {
            exec.execute(() -> send(conversation, reason));
        } catch (RejectedExecutionException e) {
            LOG.warn("Email notice of escalated conversation {} dropped: {} notices are already waiting",
                    conversation.id(), BACKLOG);
        }
    }

    private void send(ConversationSnapshot conversation, EscalationReason reason) {
        try {
            smtp.send(notice(conversation, reason));
            LOG.info("Escalation of conversation {} sent to the staff address", conversation.id());
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Email notice of escalated conversation {} not sent: {}", conversation.id(), e.getMessage());
        }
    }

    MimeMessage notice(ConversationSnapshot conversation, EscalationReason reason) throws MessagingException {
        String why = reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String language = conversation.language() == null ? "unknown" : conversation.language();
        MimeMessage mime = new MimeMessage(smtp.session());
        try {
            mime.setFrom(new InternetAddress(config.address(), config.displayName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        mime.setRecipient(Message.RecipientType.TO, staff);
        mime.setSubject("[OSEE] Escalated on " + conversation.channel() + ": " + why, StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setText("A conversation was escalated to staff.\n\n"
                + "Channel:  " + conversation.channel() + "\n"
                + "Language: " + language + "\n"
                + "Reason:   " + why + "\n\n"
                + "Open it in the staff console:\n" + consoleUrl.get() + "#" + conversation.id() + "\n",
                StandardCharsets.UTF_8.name());
        return mime;
    }

    @Override
    public void close() {
        exec.shutdown();
        try {
            exec.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        smtp.close();
    }
}
