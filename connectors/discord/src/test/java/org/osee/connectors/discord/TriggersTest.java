package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import org.junit.jupiter.api.Test;

/** Which Discord messages become questions (JDA types mocked). */
class TriggersTest {
    static final long SELF = 1000;
    static final long GENERAL = 2000;
    static final long GUILD = 3000;
    final Triggers allChannels = new Triggers(DiscordConfig.of("t", null, null));
    final Triggers onlyGeneral = new Triggers(DiscordConfig.of("t", null, null)
            .withChannels(List.of(), List.of(Long.toString(GENERAL)), ""));

    @Test
    void a_mention_in_an_allowed_channel_is_a_question_in_a_thread_from_that_message() {
        Message m = guildMessage(GENERAL, person(), "<@" + SELF + "> Which licence?", true);

        Question q = onlyGeneral.question(m, SELF).orElseThrow();

        assertThat(q.key()).isEqualTo(ThreadKey.thread(GENERAL, 77));
        assertThat(q.text()).isEqualTo("Which licence?");
        assertThat(q.metadata()).containsEntry("message", "77").containsEntry("channel", Long.toString(GENERAL));
    }

    @Test
    void in_reply_mode_a_mention_is_a_conversation_per_person_and_channel() {
        Triggers replies = new Triggers(DiscordConfig.of("t", null, null).withReplyMode("reply"));

        Question q = replies.question(guildMessage(GENERAL, person(), "<@" + SELF + "> Hi", true), SELF).orElseThrow();

        assertThat(q.key()).isEqualTo(ThreadKey.reply(GENERAL, 55));
    }

    @Test
    void guild_messages_without_a_mention_or_in_other_channels_are_not_questions() {
        assertThat(allChannels.question(guildMessage(GENERAL, person(), "Which licence?", false), SELF)).isEmpty();
        assertThat(onlyGeneral.question(guildMessage(9999, person(), "<@" + SELF + "> Which?", true), SELF)).isEmpty();
    }

    @Test
    void bots_webhooks_system_messages_and_the_bot_itself_are_ignored() {
        User bot = person();
        when(bot.isBot()).thenReturn(true);
        assertThat(allChannels.question(guildMessage(GENERAL, bot, "<@" + SELF + "> hi", true), SELF)).isEmpty();

        Message hook = guildMessage(GENERAL, person(), "<@" + SELF + "> hi", true);
        when(hook.isWebhookMessage()).thenReturn(true);
        assertThat(allChannels.question(hook, SELF)).isEmpty();

        Message pinned = guildMessage(GENERAL, person(), "<@" + SELF + "> hi", true);
        when(pinned.getType()).thenReturn(MessageType.CHANNEL_PINNED_ADD);
        assertThat(allChannels.question(pinned, SELF)).isEmpty();

        User self = person();
        when(self.getIdLong()).thenReturn(SELF);
        assertThat(allChannels.question(guildMessage(GENERAL, self, "<@" + SELF + "> hi", true), SELF)).isEmpty();
    }

    @Test
    void a_direct_message_needs_no_mention() {
        Message m = message(person(), "Which licence?");
        MessageChannelUnion dmUnion = union(ChannelType.PRIVATE, 4000);
        when(m.getChannel()).thenReturn(dmUnion);

        assertThat(allChannels.question(m, SELF).orElseThrow().key()).isEqualTo(ThreadKey.dm(55));
    }

    @Test
    void a_follow_up_in_the_bots_own_thread_continues_that_conversation_without_a_mention() {
        IThreadContainerUnion parentUnion = mock(IThreadContainerUnion.class);
        when(parentUnion.getIdLong()).thenReturn(GENERAL);
        Message m = guildMessage(GENERAL, person(), "And for documentation?", false);
        MessageChannelUnion union = mock(MessageChannelUnion.class, org.mockito.Mockito.withSettings()
                .extraInterfaces(ThreadChannel.class));
        when(union.getType()).thenReturn(ChannelType.GUILD_PUBLIC_THREAD);
        when(union.getIdLong()).thenReturn(88L);
        when(union.getId()).thenReturn("88");
        when(((ThreadChannel) union).getOwnerIdLong()).thenReturn(SELF);
        when(((ThreadChannel) union).getParentChannel()).thenReturn(parentUnion);
        when(m.getChannel()).thenReturn(union);

        Question q = onlyGeneral.question(m, SELF).orElseThrow();

        assertThat(q.key()).isEqualTo(ThreadKey.thread(GENERAL, 88));
        assertThat(q.text()).isEqualTo("And for documentation?");
    }

    @Test
    void a_bare_mention_or_hidden_content_is_no_question() {
        assertThat(allChannels.question(guildMessage(GENERAL, person(), "<@" + SELF + ">", true), SELF)).isEmpty();
    }

    @Test
    void cleaning_removes_the_bots_mention_other_mentions_and_everyone() {
        assertThat(Triggers.clean("<@!" + SELF + "> @everyone hi <@12> <@&34> <#56> @here **there**", SELF))
                .isEqualTo("hi **there**");
    }

    static User person() {
        User u = mock(User.class);
        when(u.getIdLong()).thenReturn(55L);
        when(u.getEffectiveName()).thenReturn("ana");
        return u;
    }

    private static Message message(User author, String content) {
        Message m = mock(Message.class);
        when(m.getAuthor()).thenReturn(author);
        when(m.getType()).thenReturn(MessageType.DEFAULT);
        when(m.getContentRaw()).thenReturn(content);
        when(m.getIdLong()).thenReturn(77L);
        when(m.getId()).thenReturn("77");
        when(m.getTimeCreated()).thenReturn(OffsetDateTime.parse("2026-01-01T10:00:00Z"));
        return m;
    }

    /** A message in a guild channel with its own id, sent that many milliseconds after the others' time. */
    static Message guildMessage(long channelId, long id, User author, String content) {
        Message m = guildMessage(channelId, author, content, true);
        when(m.getIdLong()).thenReturn(id);
        when(m.getId()).thenReturn(Long.toString(id));
        when(m.getTimeCreated()).thenReturn(OffsetDateTime.parse("2026-01-01T10:00:00Z").plusNanos(id * 1_000_000));
        return m;
    }

    private static Message guildMessage(long channelId, User author, String content, boolean mentionsSelf) {
        Message m = message(author, content);
        MessageChannelUnion channelUnion = union(ChannelType.TEXT, channelId);
        when(m.getChannel()).thenReturn(channelUnion);
        when(m.isFromGuild()).thenReturn(true);
        Guild guild = mock(Guild.class);
        when(guild.getIdLong()).thenReturn(GUILD);
        when(guild.getId()).thenReturn(Long.toString(GUILD));
        when(m.getGuild()).thenReturn(guild);
        Mentions mentions = mock(Mentions.class);
        User self = mock(User.class);
        when(self.getIdLong()).thenReturn(SELF);
        when(mentions.getUsers()).thenReturn(mentionsSelf ? List.of(self) : List.of());
        when(m.getMentions()).thenReturn(mentions);
        return m;
    }

    /** A channel union that answers like the given channel (JDA hands unions to listeners). */
    private static MessageChannelUnion union(ChannelType type, long id) {
        MessageChannelUnion u = mock(MessageChannelUnion.class);
        when(u.getType()).thenReturn(type);
        when(u.getIdLong()).thenReturn(id);
        when(u.getId()).thenReturn(Long.toString(id));
        return u;
    }
}
