package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM runs the pipeline and the email channel against GreenMail; it is killed (SIGKILL) twice while it works
 * through 100 questions and restarted each time. Every question must end with exactly one reply in its thread.
 */
class EmailCrashIT {
    private static final int QUESTIONS = 100;
    private static final int SENDERS = 20;

    @TempDir
    Path temp;
    private MailServer server;
    private Process child;

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        if (server != null) {
            server.close();
        }
    }

    private Process launch(int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                EmailCrashMain.class.getName(), temp.resolve("data").toString(), Integer.toString(server.smtpPort),
                Integer.toString(server.imapPort));
        builder.redirectErrorStream(true);
        builder.redirectOutput(temp.resolve("child-" + run + ".log").toFile());
        return builder.start();
    }

    private static String sender(int i) {
        return "user" + (i % SENDERS) + "@city.example";
    }

    private List<MimeMessage> replies() {
        List<MimeMessage> all = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            all.addAll(server.mailTo(sender(s)));
        }
        return all;
    }

    @Test
    void every_question_gets_exactly_one_reply_in_its_thread_across_kills() throws Exception {
        server = new MailServer();
        for (int i = 0; i < QUESTIONS; i++) {
            server.deliverToBot(EmailChannelIT.question(sender(i), "<crash-" + i + "@city.example>", "Question " + i,
                    "", "Question number " + i + "?"));
        }

        child = launch(1);
        await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> replies().size() >= 20);
        child.destroyForcibly().waitFor();
        child = launch(2);
        await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> replies().size() >= 55);
        child.destroyForcibly().waitFor();
        child = launch(3);
        await().ignoreExceptions().atMost(Duration.ofSeconds(180)).until(() -> replies().size() >= QUESTIONS);
        // any duplicate would show up by now
        await().ignoreExceptions().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .until(() -> replies().size() == QUESTIONS);

        report();
        Map<String, Integer> perQuestion = new HashMap<>();
        for (MimeMessage reply : replies()) {
            perQuestion.merge(inReplyTo(reply), 1, Integer::sum);
        }
        assertThat(perQuestion).hasSize(QUESTIONS);
        assertThat(perQuestion.values()).allMatch(count -> count == 1);
        for (int i = 0; i < QUESTIONS; i++) {
            assertThat(perQuestion).containsKey("<crash-" + i + "@city.example>");
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).until(() -> {
            int[] seen = server.seenAndTotal("INBOX");
            return seen[0] == seen[1] && seen[1] == 2 * QUESTIONS;
        });
    }

    /** What the kills interrupted, from the children's logs: retries recognised as already sent, items taken over. */
    private void report() throws IOException {
        for (int run = 1; run <= 3; run++) {
            List<String> log = java.nio.file.Files.readAllLines(temp.resolve("child-" + run + ".log"));
            long resent = log.stream().filter(l -> l.contains("was sent before")).count();
            long flagged = log.stream().filter(l -> l.contains("could not flag")).count();
            System.out.printf("run %d: %d log lines, %d deliveries recognised as already sent, %d flags deferred%n",
                    run, log.size(), resent, flagged);
        }
    }

    private static String inReplyTo(MimeMessage reply) {
        try {
            return reply.getHeader("In-Reply-To", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
