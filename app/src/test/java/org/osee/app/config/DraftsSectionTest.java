package org.osee.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code drafts} section: email answers below 0.6 held by default, channels and bar from file or environment. */
class DraftsSectionTest {
    @Test
    void without_a_section_email_answers_below_0_6_are_held() {
        DraftSettings drafts = ConfigLoader.fromMap(Map.of(), Map.of()).drafts();

        assertThat(drafts.channels()).containsExactly("email");
        assertThat(drafts.below()).isEqualTo(0.6);
        assertThat(drafts.policy().channels()).containsExactly("email");
    }

    @Test
    void channels_and_bar_come_from_the_file_or_the_environment() {
        DraftSettings fromFile = ConfigLoader.fromMap(Map.of("drafts", Map.of("channels", List.of("email", "discord"),
                "below", 0.5)), Map.of()).drafts();
        DraftSettings fromEnv = ConfigLoader.fromMap(Map.of(), Map.of("OSEE_DRAFTS_CHANNELS", "telegram,web",
                "OSEE_DRAFTS_BELOW", "0.45")).drafts();

        assertThat(fromFile.channels()).containsExactly("email", "discord");
        assertThat(fromFile.below()).isEqualTo(0.5);
        assertThat(fromEnv.channels()).containsExactly("telegram", "web");
        assertThat(fromEnv.below()).isEqualTo(0.45);
    }

    @Test
    void an_empty_channel_list_holds_nothing() {
        DraftSettings drafts = ConfigLoader.fromMap(Map.of("drafts", Map.of("channels", List.of())), Map.of())
                .drafts();

        assertThat(drafts.channels()).isEmpty();
    }

    @Test
    void unknown_keys_a_bar_outside_zero_to_one_and_bad_channel_names_are_refused_naming_the_key() {
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("drafts", Map.of("bellow", 0.5)), Map.of()))
                .hasMessageContaining("drafts.bellow").hasMessageContaining("below");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("drafts", Map.of("below", 1.5)), Map.of()))
                .hasMessageContaining("drafts.below").hasMessageContaining("1.5");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("drafts", Map.of("below", "high")), Map.of()))
                .hasMessageContaining("drafts.below");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("drafts", Map.of("channels", List.of("E-mail!"))),
                Map.of())).hasMessageContaining("E-mail!");
    }
}
