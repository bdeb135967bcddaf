package org.osee.connectors.email;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Emails answered per second end to end: questions put in the shared inbox of a GreenMail server, read over IMAP,
 * stored and answered by the real pipeline (embedded H2, a deterministic assistant), sent over SMTP, until every
 * sender has its reply. Argument: the number of emails (300 by default).
 */
public final class EmailBenchmark {
    private static final int SENDERS = 30;

    private EmailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int emails = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path data = Files.createTempDirectory("osee-email-benchmark");
        try (MailServer server = new MailServer();
             EmailPipeline app = new EmailPipeline(data, server.config(), new ScriptedAssistant())) {
            run(server, "warm-up", 0, 30);
            double rate = run(server, "measured", 30, emails);
            System.out.printf(Locale.ROOT, "RESULT emails=%d emails_per_second=%.1f stats=%s%n", emails, rate,
                    app.channel.stats());
        }
    }

    private static double run(MailServer server, String label, int offset, int count) throws InterruptedException {
        int before = replies(server);
        long start = System.nanoTime();
        for (int i = offset; i < offset + count; i++) {
            server.deliverToBot(EmailChannelIT.question("bench" + (i % SENDERS) + "@city.example",
                    "<bench-" + i + "@city.example>", "Question " + i, "", "Benchmark question number " + i + "?"));
        }
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (replies(server) < before + count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + (replies(server) - before) + " of " + count + " answered");
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = count / seconds;
        System.out.printf(Locale.ROOT, "%s: %d emails answered in %.2f s: %.1f emails/s%n", label, count, seconds, rate);
        return rate;
    }

    private static int replies(MailServer server) {
        int total = 0;
        for (int s = 0; s < SENDERS; s++) {
            total += server.mailTo("bench" + s + "@city.example").size();
        }
        return total;
    }
}
