package org.osee.connectors.email;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.osee.bot.channel.ChannelContractTest;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;

/**
 * The channel contract for email, against GreenMail: each thread is a conversation with its own correspondent, whose
 * mailbox shows what arrived. SMTP has no "slow down", and the stand-in fails no delivery on demand, so those two
 * checks are skipped here (the connection-loss cases are in {@link EmailChannelIT}).
 */
class EmailChannelContractIT extends ChannelContractTest {
    private MailServer server;

    @Override
    protected Channel createChannel() {
        server = new MailServer();
        return new EmailChannel(server.config(), () -> true);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String newThread() {
        return "<" + UUID.randomUUID() + "@city.example>";
    }

    private static String correspondent(String threadKey) {
        return threadKey.replaceAll("[<>@.]", "").toLowerCase(Locale.ROOT).substring(0, 20) + "@city.example";
    }

    @Override
    protected OutboundMessage reply(long outboxId, String threadKey, String text) {
        return new OutboundMessage(outboxId, "email", "conversation-" + outboxId, threadKey, correspondent(threadKey),
                Author.BOT, text, List.of(), Decision.ANSWER, "en", null);
    }

    @Override
    protected List<String> platformReceived(String threadKey) throws Exception {
        List<String> texts = new ArrayList<>();
        for (MimeMessage m : server.mailTo(correspondent(threadKey))) {
            texts.add(EmailChannelIT.text(m));
        }
        return texts;
    }
}
