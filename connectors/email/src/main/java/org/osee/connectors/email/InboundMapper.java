package org.osee.connectors.email;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.osee.bot.domain.InboundMessage;

/**
 * Turns a parsed email into the inbox's {@link InboundMessage}: the question (informative subject plus the new text),
 * the thread key, the platform id, and the metadata needed to answer in thread and to flag the source \Seen.
 */
final class InboundMapper {
    static final String META_FOLDER = "email.folder";
    static final String META_UIDVALIDITY = "email.uidvalidity";
    static final String META_UID = "email.uid";
    static final String META_ATTACHMENTS = "email.attachments";
    static final String META_PROBLEMS = "email.problems";
    private static final int MAX_META = 2000;

    private final String domain;

    InboundMapper(String domain) {
        this.domain = domain;
    }

    InboundMessage toInbound(ParsedMail mail, String folder, long uidValidity, long uid, Instant receivedAt) {
        String platformId = mail.platformId();
        String threadKey = MessageIds.threadKey(mail.references(), mail.inReplyTo(), platformId, domain);
        Map<String, String> meta = new HashMap<>();
        meta.put(MailComposer.META_MESSAGE_ID, mail.messageId());
        meta.put(MailComposer.META_REFERENCES, cap(String.join(" ", mail.references())));
        meta.put(MailComposer.META_SUBJECT, cap(mail.subject()));
        meta.put(META_FOLDER, folder);
        meta.put(META_UIDVALIDITY, Long.toString(uidValidity));
        meta.put(META_UID, Long.toString(uid));
        if (!mail.attachments().isEmpty()) {
            meta.put(META_ATTACHMENTS, cap(mail.attachments().stream().map(Object::toString)
                    .collect(Collectors.joining("; "))));
        }
        if (!mail.problems().isEmpty()) {
            meta.put(META_PROBLEMS, cap(String.join("; ", mail.problems())));
        }
        return new InboundMessage("email", platformId, threadKey, mail.fromAddress(), mail.fromName(), question(mail),
                languageHint(mail), receivedAt != null ? receivedAt : mail.sentAt(), meta);
    }

    /**
     * The question: the informative subject and the new text; when no text could be read, a sentence that says so,
     * so the conversation still reaches the assistant (which asks again) and staff.
     */
    static String question(ParsedMail mail) {
        String question = Subjects.question(mail.subject(), QuoteStripper.strip(mail.body()));
        if (!mail.body().isBlank() || mail.problems().isEmpty() && !question.isEmpty()) {
            return question;
        }
        String why = !mail.problems().isEmpty() ? "[The email's text could not be read: " + mail.problems().get(0) + ".]"
                : !mail.attachments().isEmpty() ? "[The email had no text, only attachments: "
                + mail.attachments().stream().map(Object::toString).collect(Collectors.joining("; ")) + ".]"
                : "[The email had no text.]";
        return question.isEmpty() ? why : question + "\n\n" + why;
    }

    private static String languageHint(ParsedMail mail) {
        String language = mail.header("Content-Language").strip().toLowerCase(Locale.ROOT);
        return language.length() >= 2 && Character.isLetter(language.charAt(0)) && Character.isLetter(language.charAt(1))
                ? language.substring(0, 2) : null;
    }

    private static String cap(String value) {
        return value.length() <= MAX_META ? value : value.substring(0, MAX_META);
    }
}
