package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.BadInputException;

class TranscriptLoaderTest {

    private static Document load(TranscriptLoader loader, String name, String text) {
        return loader.load(new SourceFile(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_webvtt_cues_with_their_time_range_and_a_moment_url() {
        String vtt = """
                WEBVTT
                Title: OSPO interview
                url: https://video.example.org/v/42

                NOTE this is a comment

                1
                00:01:23.000 --> 00:01:30.500
                <v Ana>We publish our code
                on day one.

                00:01:31.000 --> 00:02:10.000 align:start
                Licences are <i>chosen</i> early.
                """;

        Document doc = load(new TranscriptLoader(1000), "talk.vtt", vtt);

        assertThat(doc.title()).isEqualTo("OSPO interview");
        assertThat(doc.sections()).hasSize(1);
        Section s = doc.sections().get(0);
        assertThat(s.path()).isEqualTo("00:01:23–00:02:10");
        assertThat(s.url()).isEqualTo("https://video.example.org/v/42#t=83");
        assertThat(s.text()).isEqualTo("Ana: We publish our code on day one.\nLicences are chosen early.");
    }

    @Test
    void groups_srt_cues_into_sections_of_about_the_target_size() {
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            srt.append(i + 1).append('\n')
                    .append(String.format("00:00:%02d,000 --> 00:00:%02d,900%n", i * 5, i * 5 + 4))
                    .append("Sentence number ").append(i).append(" about open source.\n\n");
        }

        Document doc = load(new TranscriptLoader(70), "talk.srt", srt.toString());

        assertThat(doc.title()).isEqualTo("talk");
        assertThat(doc.sections()).extracting(Section::path)
                .containsExactly("00:00:00–00:00:09", "00:00:10–00:00:19", "00:00:20–00:00:29");
        assertThat(doc.sections().get(1).url()).isNull();
        assertThat(doc.sections().get(1).text()).contains("Sentence number 2", "Sentence number 3");
    }

    @Test
    void rejects_a_transcript_without_cues() {
        assertThatThrownBy(() -> load(new TranscriptLoader(100), "x.vtt", "WEBVTT\n\nNOTE nothing\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("transcript has no cues");
    }

    @Test
    void parses_short_and_long_timestamps() {
        assertThat(TranscriptLoader.seconds("01:02.500")).isEqualTo(62);
        assertThat(TranscriptLoader.seconds("1:00:05,000")).isEqualTo(3605);
        assertThat(TranscriptLoader.clock(3725)).isEqualTo("01:02:05");
    }
}
