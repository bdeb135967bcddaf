package org.osee.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateMapperTest {
    private final UpdateMapper mapper = new UpdateMapper(BotApiStandIn.BOT_ID, "osee_bot");

    private Optional<UpdateMapper.Received> map(ObjectNode json) throws Exception {
        json.put("update_id", 1);
        return mapper.map(BotApiStandIn.JSON.treeToValue(json, Update.class));
    }

    @Test
    void any_private_text_is_a_question_in_the_chat_thread_with_the_users_language() throws Exception {
        UpdateMapper.Received r = map(Updates.privateText(42, 9, "How do we pick a licence?", "pt-br")).orElseThrow();
        assertThat(r.platformId()).isEqualTo("msg:42:9");
        assertThat(r.threadKey()).isEqualTo("42");
        assertThat(r.text()).isEqualTo("How do we pick a licence?");
        assertThat(r.languageHint()).isEqualTo("pt-br");
        assertThat(r.kind()).isEqualTo(org.osee.bot.domain.MessageKind.TEXT);
        assertThat(r.metadata()).containsEntry("chat", "42").containsEntry("message", "9");
    }

    @Test
    void commands_in_private_chats() throws Exception {
        assertThat(map(Updates.privateText(42, 1, "/start", "fr")).orElseThrow().metadata())
                .containsEntry("command", "start");
        UpdateMapper.Received human = map(Updates.privateText(42, 2, "/human", "en")).orElseThrow();
        assertThat(human.kind()).isEqualTo(org.osee.bot.domain.MessageKind.HUMAN);
        assertThat(map(Updates.privateText(42, 3, "/ask What is an OSPO?", "en")).orElseThrow().text())
                .isEqualTo("What is an OSPO?");
    }

    @Test
    void a_sticker_asks_for_text_and_a_caption_counts_as_text() throws Exception {
        UpdateMapper.Received sticker = map(Updates.sticker(42, 5)).orElseThrow();
        assertThat(sticker.text()).isEmpty();
        assertThat(sticker.metadata()).containsEntry("content", "none");
        assertThat(map(Updates.captionedPhoto(42, 6, "Is this licence compatible?")).orElseThrow().text())
                .isEqualTo("Is this licence compatible?");
    }

    @Test
    void in_groups_only_what_is_addressed_to_the_bot_counts() throws Exception {
        assertThat(map(Updates.groupText(-100, 42, 1, "just chatting about licences"))).isEmpty();
        UpdateMapper.Received mention = map(Updates.withMention(
                Updates.groupText(-100, 42, 2, "@osee_bot what is an OSPO?"), "osee_bot")).orElseThrow();
        assertThat(mention.text()).isEqualTo("what is an OSPO?");
        assertThat(mention.threadKey()).isEqualTo("-100:42");
        assertThat(map(Updates.groupText(-100, 42, 3, "/ask@osee_bot What is a CLA?")).orElseThrow().text())
                .isEqualTo("What is a CLA?");
        assertThat(map(Updates.groupText(-100, 42, 4, "/ask@other_bot What is a CLA?"))).isEmpty();
        assertThat(map(Updates.groupText(-100, 42, 5, "/weather"))).isEmpty();
        assertThat(map(Updates.replyingTo(Updates.groupText(-100, 42, 6, "and for hardware?"), -100, 900,
                Updates.bot(BotApiStandIn.BOT_ID, "osee_bot"))).orElseThrow().threadKey()).isEqualTo("-100:42");
        assertThat(map(Updates.replyingTo(Updates.groupText(-100, 42, 7, "and for hardware?"), -100, 900,
                Updates.user(43, "Bea", "en")))).isEmpty();
    }

    @Test
    void an_edited_question_is_a_new_turn_referring_to_the_original() throws Exception {
        ObjectNode update = Updates.privateText(42, 9, "Which licence, for hardware?", "en");
        ObjectNode edited = (ObjectNode) update.remove("message");
        edited.put("edit_date", 1_700_000_000L);
        update.set("edited_message", edited);

        UpdateMapper.Received r = map(update).orElseThrow();
        assertThat(r.kind()).isEqualTo(org.osee.bot.domain.MessageKind.EDIT);
        assertThat(r.platformId()).isEqualTo("msg:42:9@edit:1700000000000");
        assertThat(r.refersTo()).isEqualTo("msg:42:9");
        assertThat(r.text()).isEqualTo("Which licence, for hardware?");
    }

    @Test
    void messages_from_bots_are_ignored() throws Exception {
        assertThat(map(Updates.message(Updates.privateChat(42), Updates.bot(55, "other_bot"), 1, "hello"))).isEmpty();
    }

    @Test
    void a_button_press_refers_to_the_outbox_item() throws Exception {
        UpdateMapper.Received r = map(Updates.buttonPress("q1", 42, 42, 900, "h:17")).orElseThrow();
        assertThat(r.kind()).isEqualTo(org.osee.bot.domain.MessageKind.HELPFUL);
        assertThat(r.refersTo()).isEqualTo("17");
        assertThat(r.platformId()).isEqualTo("cb:q1");
        assertThat(r.callbackId()).isEqualTo("q1");
        assertThat(map(Updates.buttonPress("q2", 42, 42, 900, "p:17")).orElseThrow().kind())
                .isEqualTo(org.osee.bot.domain.MessageKind.HUMAN);
        assertThat(map(Updates.buttonPress("q3", 42, 42, 900, "<script>"))).isEmpty();
    }
}
