package org.osee.connectors.email;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A GreenMail SMTP and IMAP server on free loopback ports with the shared inbox's account, for integration tests. */
final class MailServer implements AutoCloseable {
    static final String BOT = "opensource@gov.example";
    static final String LOGIN = "bot";
    static final String PASSWORD = "secret";

    private final GreenMail greenMail;
    private final GreenMailUser bot;
    final int smtpPort;
    final int imapPort;

    MailServer() {
        this(freePort(), freePort());
    }

    MailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        bot = greenMail.setUser(BOT, LOGIN, PASSWORD);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The channel's configuration against this server (or against proxies on other ports). */
    static EmailConfig config(int smtpPort, int imapPort) {
        ImapConfig imap = ImapConfig.of("127.0.0.1", imapPort, MailSecurity.NONE, MailAuth.password(LOGIN, PASSWORD))
                .withPollInterval(Duration.ofMillis(500));
        SmtpConfig smtp = new SmtpConfig("127.0.0.1", smtpPort, MailSecurity.NONE, MailAuth.none());
        return EmailConfig.of(BOT, imap, smtp).withLimits(EmailLimits.defaults().withMaxPerSenderPerHour(1000)
                .withTimings(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    EmailConfig config() {
        return config(smtpPort, imapPort);
    }

    /** Puts a raw message in the shared inbox, as the MX would. */
    void deliverToBot(byte[] raw) {
        try {
            bot.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message delivered to the mailbox of {@code address} (not the bot's own Sent copies). */
    List<MimeMessage> mailTo(String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true)
                        .toList();
            } catch (RuntimeException e) { // GreenMail's store changing under the iteration
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** How many messages of the bot's folder carry the \Seen flag, and how many in all: {seen, total}. */
    int[] seenAndTotal(String folderName) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imapPort, LOGIN, PASSWORD);
            try {
                Folder folder = store.getFolder(folderName);
                if (!folder.exists()) {
                    return new int[] {0, 0};
                }
                folder.open(Folder.READ_ONLY);
                int total = folder.getMessageCount();
                int unseen = folder.getUnreadMessageCount();
                folder.close(false);
                return new int[] {total - unseen, total};
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message in the bot's folder. */
    List<Message> folder(String folderName) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imapPort, LOGIN, PASSWORD);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            List<Message> copies = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) m));
            }
            store.close();
            return copies;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
