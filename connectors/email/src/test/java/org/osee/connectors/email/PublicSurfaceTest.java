package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Jakarta Mail, Angus or jsoup type appears in what the package offers to other modules. */
class PublicSurfaceTest {
    private static final List<Class<?>> PUBLIC_TYPES = List.of(EmailChannel.class, EmailConfig.class, ImapConfig.class,
            SmtpConfig.class, MailAuth.class, MailSecurity.class, EmailLimits.class, EmailSection.class,
            EmailSection.Imap.class, EmailSection.Smtp.class, EmailSection.Limits.class, SkipReason.class,
            EmailEscalationNotifier.class);

    @Test
    void public_signatures_use_no_mail_library_types() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            for (Method m : type.getMethods()) {
                Stream.concat(Stream.of(m.getReturnType()), Arrays.stream(m.getParameterTypes()))
                        .filter(PublicSurfaceTest::foreign).forEach(t -> leaks.add(type.getSimpleName() + "." + m.getName() + ": " + t));
            }
            for (Constructor<?> c : type.getConstructors()) {
                Arrays.stream(c.getParameterTypes()).filter(PublicSurfaceTest::foreign)
                        .forEach(t -> leaks.add(type.getSimpleName() + "(): " + t));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everything_else_in_the_package_is_package_private() {
        assertThat(List.of(MailParser.class, MailFilter.class, MailComposer.class, ImapMailbox.class, SmtpSender.class,
                MailReceiver.class, ReplyDelivery.class, ParsedMail.class, MimeReplies.class))
                .allMatch(c -> !Modifier.isPublic(c.getModifiers()));
    }

    private static boolean foreign(Class<?> type) {
        String name = type.getName();
        return name.startsWith("jakarta.mail") || name.startsWith("org.eclipse.angus") || name.startsWith("org.jsoup");
    }
}
