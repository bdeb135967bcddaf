package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osee.bot.channel.FloodGuard;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.port.Inbox;

/** The listener's handling of slash commands and buttons (JDA events mocked). */
class DiscordListenerTest {
    static final long ASKER = 55;
    static final long CHANNEL = 2000;
    final Inbox inbox = mock(Inbox.class);
    final DiscordListener listener = new DiscordListener(new Triggers(DiscordConfig.of("t", null, null)),
            new FloodGuard(10), new LastSeen(), () -> inbox, () -> { });

    @Test
    void a_catch_up_that_reads_a_flood_before_the_live_stream_leaves_the_one_notice_to_the_first_live_message() {
        DiscordListener limited = new DiscordListener(new Triggers(DiscordConfig.of("t", null, null)),
                new FloodGuard(2), new LastSeen(), () -> inbox, () -> { });
        when(inbox.accept(any())).thenReturn(true);
        List<Message> flood = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Message m = TriggersTest.guildMessage(CHANNEL, 100 + i, TriggersTest.person(), "<@1000> Question " + i);
            MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
            when(m.getChannel().sendMessage(DiscordListener.FLOOD_NOTICE)).thenReturn(action);
            flood.add(m);
        }

        flood.forEach(m -> limited.receive(m, TriggersTest.SELF, false));
        flood.forEach(m -> limited.receive(m, TriggersTest.SELF, true));

        verify(inbox, times(4)).accept(any()); // the first two, from the catch-up and again live
        verify(flood.get(2).getChannel()).sendMessage(DiscordListener.FLOOD_NOTICE);
        verify(flood.get(3).getChannel(), never()).sendMessage(anyString());
    }

    @Test
    void ask_is_acknowledged_within_discords_window_before_it_is_stored_then_stored_with_its_token() {
        SlashCommandInteractionEvent event = slash("ask");
        when(event.getOption("question").getAsString()).thenReturn("<@1000> Which licence?");
        when(inbox.accept(any())).thenReturn(true);

        listener.onSlashCommandInteraction(event);

        var order = inOrder(event, inbox);
        order.verify(event).deferReply();
        ArgumentCaptor<InboundMessage> stored = ArgumentCaptor.forClass(InboundMessage.class);
        order.verify(inbox).accept(stored.capture());
        assertThat(stored.getValue().text()).isEqualTo("Which licence?");
        assertThat(stored.getValue().threadKey()).isEqualTo(ThreadKey.ask(CHANNEL, ASKER).key());
        assertThat(stored.getValue().platformMessageId()).isEqualTo("777");
        assertThat(stored.getValue().metadata()).containsEntry("interaction-token", "token-777");
        assertThat(listener.acknowledgements).containsKey("token-777");
    }

    @Test
    void human_is_a_request_for_a_person() {
        SlashCommandInteractionEvent event = slash("human");

        listener.onSlashCommandInteraction(event);

        ArgumentCaptor<InboundMessage> stored = ArgumentCaptor.forClass(InboundMessage.class);
        verify(inbox).accept(stored.capture());
        assertThat(stored.getValue().kind()).isEqualTo(MessageKind.HUMAN);
    }

    @Test
    void an_empty_question_is_answered_privately_and_not_stored() {
        SlashCommandInteractionEvent event = slash("ask");
        when(event.getOption("question").getAsString()).thenReturn("   ");

        listener.onSlashCommandInteraction(event);

        verify(event).reply(contains("Please write your question"));
        verify(inbox, never()).accept(any());
    }

    @Test
    void helpful_is_stored_as_feedback_on_the_outbox_item_and_thanked_privately() {
        ButtonInteractionEvent event = button(Buttons.row(42, ASKER, ThreadKey.thread(CHANNEL, 88)).getButtons()
                .get(0).getId(), ASKER);
        when(inbox.accept(any())).thenReturn(true);

        listener.onButtonInteraction(event);

        ArgumentCaptor<InboundMessage> stored = ArgumentCaptor.forClass(InboundMessage.class);
        verify(inbox).accept(stored.capture());
        assertThat(stored.getValue().kind()).isEqualTo(MessageKind.HELPFUL);
        assertThat(stored.getValue().refersTo()).isEqualTo("42");
        assertThat(stored.getValue().threadKey()).isEqualTo("thread:2000:88");
        verify(event).reply("Thank you for your feedback.");
    }

    @Test
    void a_button_pressed_by_someone_else_is_refused_and_not_stored() {
        ButtonInteractionEvent event = button(Buttons.row(42, ASKER, ThreadKey.thread(CHANNEL, 88)).getButtons()
                .get(2).getId(), 99);

        listener.onButtonInteraction(event);

        verify(event).reply(contains("Only the person who asked"));
        verify(inbox, never()).accept(any());
    }

    @Test
    void buttons_of_other_bots_are_left_alone() {
        ButtonInteractionEvent event = button("poll:yes", ASKER);

        listener.onButtonInteraction(event);

        verify(event, never()).reply(anyString());
        verify(event, never()).deferEdit();
        verify(inbox, never()).accept(any());
    }

    private static SlashCommandInteractionEvent slash(String name) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class, RETURNS_DEEP_STUBS);
        when(event.getName()).thenReturn(name);
        when(event.getUser().getIdLong()).thenReturn(ASKER);
        when(event.getUser().getEffectiveName()).thenReturn("ana");
        when(event.getChannelIdLong()).thenReturn(CHANNEL);
        when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        when(event.getGuild().getIdLong()).thenReturn(3000L);
        when(event.getTimeCreated()).thenReturn(OffsetDateTime.parse("2026-01-01T10:00:00Z"));
        when(event.getIdLong()).thenReturn(777L);
        when(event.getId()).thenReturn("777");
        when(event.getToken()).thenReturn("token-777");
        when(event.getJDA().getSelfUser().getIdLong()).thenReturn(1000L);
        when(event.deferReply().submit()).thenReturn(new CompletableFuture<>());
        return event;
    }

    private static ButtonInteractionEvent button(String customId, long presser) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class, RETURNS_DEEP_STUBS);
        when(event.getComponentId()).thenReturn(customId);
        when(event.getUser().getIdLong()).thenReturn(presser);
        when(event.getUser().getEffectiveName()).thenReturn("ana");
        when(event.getChannelId()).thenReturn("88");
        when(event.getMessageId()).thenReturn("89");
        when(event.getIdLong()).thenReturn(901L);
        when(event.getTimeCreated()).thenReturn(OffsetDateTime.parse("2026-01-01T10:00:00Z"));
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_UK);
        return event;
    }
}
