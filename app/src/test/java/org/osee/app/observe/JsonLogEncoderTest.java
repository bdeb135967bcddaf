package org.osee.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Decision;

class JsonLogEncoderTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Logger logger;

    @BeforeEach
    void logToMemory() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        JsonLogEncoder encoder = new JsonLogEncoder();
        encoder.setContext(context);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        logger = context.getLogger(HandledMessageLog.LOGGER);
        logger.addAppender(appender);
    }

    private List<JsonNode> lines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }

    @Test
    void a_handled_message_is_one_json_line_with_its_conversation_channel_decision_and_latency() throws Exception {
        new HandledMessageLog(logger).replied("0b8e7c1e-conv", "email", Decision.ESCALATE, Duration.ofMillis(1234));

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("osee.messages");
        assertThat(line.get("event").asText()).isEqualTo("handled");
        assertThat(line.get("conversation").asText()).isEqualTo("0b8e7c1e-conv");
        assertThat(line.get("channel").asText()).isEqualTo("email");
        assertThat(line.get("decision").asText()).isEqualTo("escalate");
        assertThat(line.get("latency_ms").asLong()).isEqualTo(1234);
        assertThat(line.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(line.get("message").asText())
                .isEqualTo("Handled a message of conversation 0b8e7c1e-conv on email: escalate in 1234 ms");
        assertThat(line.has("text")).isFalse();
    }

    @Test
    void an_exception_stays_on_the_same_line_with_its_class_and_stack() throws Exception {
        logger.warn("Delivery failed", new IllegalStateException("smtp down", new RuntimeException("refused")));

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written.lines()).hasSize(1);
        JsonNode line = lines().get(0);
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("error").asText()).isEqualTo("java.lang.IllegalStateException: smtp down");
        assertThat(line.get("stack").asText()).contains("\tat org.osee.app.observe.JsonLogEncoderTest")
                .contains("Caused by: java.lang.RuntimeException: refused");
    }

    @Test
    void a_key_that_clashes_with_a_standard_field_is_kept_apart() throws Exception {
        logger.atInfo().setMessage("hello").addKeyValue("level", "mine").log();

        JsonNode line = lines().get(0);
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("kv_level").asText()).isEqualTo("mine");
    }
}
