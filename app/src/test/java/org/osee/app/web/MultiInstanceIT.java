package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.Main;

/**
 * Two {@code osee serve} processes on one PostgreSQL database (a fresh one, so that the leader's advisory lock is not
 * shared with other tests), one GreenMail inbox and the same documents, with no sticky sessions: 500 emails and 500
 * API questions spread over both, the first instance (the email leader) SIGKILLed part-way. Every email gets exactly
 * one reply; every API call gets an answer, or, for a call in flight to (or sent to) the killed instance, a connection
 * error, after which the client asks the other instance (the question may then also be answered in its abandoned
 * conversation, at most once); a web conversation started on the first instance shows its escalation, its replies and
 * a staff reply through the second.
 */
class MultiInstanceIT {
    private static final String INBOX = "opensource@gov.example";
    private static final String POSTGRES = System.getProperty("osee.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final int EMAILS = Integer.getInteger("osee.it.multi.emails", 500);
    private static final int QUESTIONS = Integer.getInteger("osee.it.multi.questions", 500);
    private static final int CLIENTS = 8;
    private static final String CHAT = "mi-chat-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first start creates the console admin "admin" with it (server.console-password, no account yet). */
    private static final String CONSOLE_PASSWORD = "multi-instance-admin";

    @TempDir
    Path tmp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> children = new ArrayList<>();
    private String database;
    private GreenMail mail;
    private volatile boolean aKilled;

    @AfterEach
    void stop() throws Exception {
        for (Process child : children) {
            child.destroyForcibly().waitFor();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void two_instances_share_the_work_and_the_survivor_finishes_it_after_one_is_killed() throws Exception {
        database = "osee_mi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("CREATE DATABASE " + database);
        int smtp = freePort();
        int imap = freePort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        GreenMailUser bot = mail.setUser(INBOX, "bot", "secret");
        Path dataA = RunningApp.ingestSmallKnowledge(tmp);
        Path dataB = copy(dataA, tmp.resolve("data-b"));

        int portA = freePort();
        int portB = freePort();
        launch("a", config("a", dataA, portA, smtp, imap));
        awaitHealthy(portA); // the first up becomes the email leader: the one killed
        launch("b", config("b", dataB, portB, smtp, imap));
        awaitHealthy(portB);

        // each instance answers once before the load (the embedding model loads on the first question)
        assertThat(ask(portA, "mi-warm-a", question(-1), "text").path("answer").asText()).isNotBlank();
        assertThat(ask(portB, "mi-warm-b", question(-1), "text").path("answer").asText()).isNotBlank();

        // a web conversation begins on A: a request for a person
        JsonNode human = ask(portA, CHAT, "I would like to talk to a person, please", "human");
        assertThat(human.path("decision").asText()).isEqualTo("escalate");
        JsonNode seenOnB = messages(portB, CHAT, 0);
        assertThat(seenOnB.path("status").asText()).isEqualTo("escalated");
        assertThat(seenOnB.path("messages")).hasSize(1);

        for (int i = 0; i < EMAILS; i++) {
            bot.deliver(email(i));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> emailsAnswered() > 0); // the API load joins the emails
        Map<String, String> answered = new ConcurrentHashMap<>(); // conversation -> "answer" or "pending"
        Set<String> abandoned = ConcurrentHashMap.newKeySet();
        List<String> failures = new ArrayList<>();
        AtomicInteger failedOver = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < QUESTIONS; i = next.getAndIncrement()) {
                    pause(); // a steady stream rather than a burst, so that the kill falls part-way
                    String outcome = askUntilAnswered(i, i % 2 == 0 ? portA : portB, portB, answered, abandoned,
                            failedOver);
                    if (outcome != null) {
                        synchronized (failures) {
                            failures.add(outcome);
                        }
                    }
                }
                return null;
            }));
        }

        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(100))
                .until(() -> answered.size() >= QUESTIONS / 3);
        int emailsBeforeKill = emailsAnswered();
        int questionsBeforeKill = answered.size();
        aKilled = true;
        children.get(0).destroyForcibly().waitFor(); // SIGKILL, with work in hand

        // the conversation started on A: its state and a staff reply, through B
        String[] staff = signIn(portB); // a session made on B: sessions live in the database
        JsonNode conversation = escalatedConversation(portB, CHAT, staff);
        HttpResponse<String> staffReply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB
                        + "/console/api/conversations/" + conversation.path("id").asText() + "/reply"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Cookie", "osee_session=" + staff[0]).header("X-CSRF-Token", staff[1])
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"A colleague will call you tomorrow morning.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staffReply.statusCode()).as(staffReply.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> messages(portB, CHAT, 0).path("messages").size() == 2);
        JsonNode afterKill = messages(portB, CHAT, human.path("seq").asLong());
        assertThat(afterKill.path("messages")).hasSize(1);
        assertThat(afterKill.path("messages").get(0).path("author").asText()).isEqualTo("staff");
        assertThat(afterKill.path("messages").get(0).path("answer").asText()).contains("call you tomorrow");
        assertThat(afterKill.path("status").asText()).isEqualTo("waiting_for_user"); // a staff reply waits for the person

        for (Future<?> f : work) {
            f.get(300, TimeUnit.SECONDS);
        }
        clients.shutdown();
        // the ceilings are for a busy machine; on a quiet one the whole test takes under 3 minutes
        await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofSeconds(1))
                .until(() -> emailsAnswered() == EMAILS);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> emailsAnswered() == EMAILS);

        assertThat(failures).isEmpty();
        assertThat(emailsBeforeKill).isLessThan(EMAILS);
        assertThat(questionsBeforeKill).isLessThan(QUESTIONS);
        for (int i = 0; i < EMAILS; i++) {
            assertThat(repliesTo(sender(i))).as("replies to email %d", i).hasSize(1);
        }
        assertThat(answered).hasSize(QUESTIONS);
        for (String c : answered.keySet()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> messages(portB, c, 0).path("messages").size() >= 1);
            assertThat(messages(portB, c, 0).path("messages")).as("replies in %s", c).hasSize(1);
        }
        for (String c : abandoned) {
            assertThat(messages(portB, c, 0).path("messages").size()).as("replies in %s", c).isLessThanOrEqualTo(1);
        }
        System.out.printf("MultiInstanceIT: %d emails and %d questions; %d/%d answered before the kill; %d calls"
                + " failed over to the survivor; %d answers pending at first%n", EMAILS, QUESTIONS,
                emailsBeforeKill, questionsBeforeKill, failedOver.get(),
                answered.values().stream().filter("pending"::equals).count());
    }

    /**
     * Asks question {@code i} on {@code port}, once more on {@code survivor} when the call fails because that instance
     * was killed; returns what went wrong, or {@code null}.
     */
    private String askUntilAnswered(int i, int port, int survivor, Map<String, String> answered, Set<String> abandoned,
                                    AtomicInteger failedOver) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int target = attempt == 0 ? port : survivor;
            String conversation = "mi-api-" + i + "-" + attempt;
            try {
                JsonNode reply = ask(target, conversation, question(i), "text");
                if (reply.path("pending").asBoolean(false)) {
                    answered.put(conversation, "pending");
                } else if (reply.path("answer").asText().isBlank()) {
                    return "question " + i + ": an empty answer " + reply;
                } else {
                    answered.put(conversation, "answer");
                }
                return null;
            } catch (IOException e) {
                if (target == survivor || !aKilled) {
                    return "question " + i + " on port " + target + ": " + e;
                }
                abandoned.add(conversation);
                failedOver.incrementAndGet();
            } catch (Exception e) {
                return "question " + i + " on port " + target + ": " + e;
            }
        }
        return "question " + i + ": no answer";
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode ask(int port, String conversation, String question, String kind) throws Exception {
        HttpResponse<String> response = post(port, "/api/ask", JSON.writeValueAsString(Map.of("question", question,
                "conversation", conversation, "kind", kind)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode messages(int port, String conversation, long after) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/messages?conversation=" + conversation + "&after=" + after)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Signs in to the console as the bootstrap admin: the session cookie and its CSRF token. */
    private String[] signIn(int port) throws Exception {
        HttpResponse<String> response = post(port, "/console/api/signin",
                "{\"name\":\"admin\",\"password\":\"" + CONSOLE_PASSWORD + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("osee_session=")).findFirst().orElseThrow();
        return new String[] {cookie.substring("osee_session=".length(), cookie.indexOf(';')),
            JSON.readTree(response.body()).path("csrf").asText()};
    }

    private JsonNode escalatedConversation(int port, String threadKey, String[] staff) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/console/api/conversations?status=escalated&channel=web&limit=500"))
                .header("Cookie", "osee_session=" + staff[0]).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode c : JSON.readTree(response.body()).path("conversations")) {
            if (threadKey.equals(c.path("threadKey").asText())) {
                return c;
            }
        }
        throw new AssertionError("no escalated conversation " + threadKey + " in " + response.body());
    }

    private HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String question(int i) {
        return "Which licence should we use for software the government paid for? (question " + i + ")";
    }

    private static String sender(int i) {
        return "person" + i + "@city.example";
    }

    private static MimeMessage email(int i) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(sender(i)));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(INBOX));
        m.setSubject("Licence question " + i);
        m.setText("Hello,\n\nWhich licence should we use for software the government paid for? (case " + i + ")\n",
                "UTF-8");
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        m.setHeader("Message-ID", "<mi-" + i + "@city.example>");
        return m;
    }

    private int emailsAnswered() {
        Set<String> answered = ConcurrentHashMap.newKeySet();
        mail.findReceivedMessages(user -> user.getEmail().endsWith("@city.example"), m -> true).forEach(m -> {
            try {
                answered.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return answered.size();
    }

    private List<MimeMessage> repliesTo(String address) {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    private Path config(String name, Path data, int port, int smtp, int imap) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, "data: \"" + data + "\"\n"
                + "server: { host: 127.0.0.1, port: " + port + ", questions-per-minute: 0, console-password: \""
                + CONSOLE_PASSWORD + "\" }\n"
                + "database: { url: \"" + POSTGRES.substring(0, POSTGRES.lastIndexOf('/') + 1) + database
                + "\", username: postgres, password: \"\" }\n"
                + "pipeline: { lease-seconds: 15 }\n"
                + "drafts: { channels: [] }\n" // answers go out at once: what is checked is delivery, not review
                + "email:\n  address: " + INBOX + "\n"
                + "  imap: { host: 127.0.0.1, port: " + imap + ", security: none, username: bot, password: secret,"
                + " poll-interval: 500ms, idle: false }\n"
                + "  smtp: { host: 127.0.0.1, port: " + smtp + ", security: none }\n");
        return file;
    }

    private void launch(String name, Path config) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--config", config.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(tmp.resolve("instance-" + name + ".log").toFile());
        children.add(builder.start());
    }

    private void awaitHealthy(int port) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
