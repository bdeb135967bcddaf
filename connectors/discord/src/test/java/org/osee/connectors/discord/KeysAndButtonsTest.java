package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import net.dv8tion.jda.api.interactions.components.buttons.Button;

class KeysAndButtonsTest {
    @Test
    void thread_keys_survive_a_round_trip_and_foreign_keys_are_refused() {
        for (ThreadKey key : new ThreadKey[] {ThreadKey.dm(42), ThreadKey.thread(1, 2), ThreadKey.reply(3, 4),
                ThreadKey.ask(5, 6), ThreadKey.thread(-1L, 1575895985886855168L)}) {
            assertThat(ThreadKey.parse(key.key())).contains(key);
        }
        assertThat(ThreadKey.parse("<a@b>")).isEmpty();
        assertThat(ThreadKey.parse("dm:x")).isEmpty();
        assertThat(ThreadKey.parse("thread:1")).isEmpty();
        assertThat(ThreadKey.parse(null)).isEmpty();
    }

    @Test
    void buttons_carry_the_outbox_id_the_asker_and_the_conversation_within_100_characters() {
        ThreadKey key = ThreadKey.thread(1575895963376025600L, 1575895985886855168L);

        var row = Buttons.row(9_999_999_999L, 1575895963883536384L, key);

        assertThat(row.getButtons()).extracting(Button::getLabel)
                .containsExactly("Helpful", "Not helpful", "Talk to a person");
        for (Button b : row.getButtons()) {
            assertThat(b.getId()).hasSizeLessThanOrEqualTo(100);
            Buttons.Press press = Buttons.parse(b.getId()).orElseThrow();
            assertThat(press.outboxId()).isEqualTo(9_999_999_999L);
            assertThat(press.asker()).isEqualTo(1575895963883536384L);
            assertThat(press.key()).isEqualTo(key);
        }
        assertThat(Buttons.parse(row.getButtons().get(2).getId()).orElseThrow().action()).isEqualTo(Buttons.Action.HUMAN);
    }

    @Test
    void tampered_or_foreign_button_ids_are_ignored() {
        assertThat(Buttons.parse("osee|x|1|2|dm:3")).isEmpty();
        assertThat(Buttons.parse("osee|h|one|2|dm:3")).isEmpty();
        assertThat(Buttons.parse("osee|h|1|2|nope")).isEmpty();
        assertThat(Buttons.parse("other-bot:like")).isEmpty();
        assertThat(Buttons.parse(null)).isEmpty();
    }
}
