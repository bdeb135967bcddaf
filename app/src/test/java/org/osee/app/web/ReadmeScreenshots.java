package org.osee.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osee.app.cli.Json;
import org.osee.app.cli.Knowledge;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.KnowledgeBase;

/**
 * Takes the README's screenshots (chat page, queue, a conversation, insights) into {@code docs/images/}: starts the
 * app over a few guides of the starter pack, has some conversations, and photographs the pages in headless Chromium.
 * Not a test and not run by the build (no Test/IT suffix); run it with the command in docs/staff-console.md:
 * {@code ./mvnw -o test -pl app -am -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshots")
class ReadmeScreenshots {
    private static final List<String> GUIDES = List.of("choosing-a-licence.md", "dependency-security-and-health.md",
            "setting-up-an-ospo.md", "procuring-open-source.md");

    @TempDir
    Path tmp;

    @Test
    void take_the_readme_screenshots() throws Exception {
        Path out = repositoryRoot().resolve("docs/images");
        Files.createDirectories(out);
        Path data = ingestSomeGuides();
        try (RunningApp app = RunningApp.overIndex(data, Map.of())) {
            haveConversations(app);
            ChromeDriver browser = Browsers.chromium(tmp.resolve("chrome"), "en-GB");
            try {
                chat(app, browser, out.resolve("chat.png"));
                openConsole(app, browser, "");
                waitFor(browser, "#rows tr");
                shoot(browser, out.resolve("queue.png"));
                conversation(app, browser, out.resolve("conversation.png"));
                openConsole(app, browser, "insights.html");
                waitFor(browser, "#gap-rows tr.gap");
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (Boolean) browser.executeScript(
                        "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0);"));
                shoot(browser, out.resolve("insights.png"));
            } finally {
                browser.quit();
            }
        }
        System.out.println("Screenshots written to " + out);
    }

    private Path ingestSomeGuides() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path pack = repositoryRoot().resolve("app/src/main/resources/starter-pack/en");
        for (String guide : GUIDES) {
            Files.copy(pack.resolve(guide), docs.resolve(guide));
        }
        Path data = tmp.resolve("data");
        try (KnowledgeBase kb = Knowledge.open(data)) {
            kb.ingest(List.of(docs), IngestListener.NONE);
        }
        return data;
    }

    /** Answered, declined and escalated questions, one staff reply and some feedback, over a few channels' worth. */
    private static void haveConversations(RunningApp app) throws Exception {
        String[][] asked = {
            {"readme-shot-1", "Which licence should we choose for software our ministry paid for?"},
            {"readme-shot-2", "How do we organise a hackathon for civic volunteers?"},
            {"readme-shot-3", "Which prizes should a hackathon offer to volunteers?"},
            {"readme-shot-4", "What is the best recipe for a chocolate cake?"},
            {"readme-shot-5", "How do we check the health of an open-source dependency?"},
            {"readme-shot-6", "Can volunteers at our hackathon keep the code they write?"},
            {"readme-shot-7", "What salary should the head of an open source programme office earn?"},
            {"readme-shot-8", "Which salary band fits an open source programme office manager?"},
            {"readme-shot-9", "How do we set up an open source programme office?"},
        };
        for (String[] q : asked) {
            var res = app.post("/api/ask", Json.mapper().createObjectNode()
                    .put("question", q[1]).put("conversation", q[0]).toString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException("asking failed: " + res.body());
            }
            var reply = Json.mapper().readTree(res.body());
            if ("answer".equals(reply.path("decision").asText()) && reply.has("id")) {
                app.post("/api/feedback", "{\"conversation\": \"" + q[0] + "\", \"reply\": " + reply.get("id").asLong()
                        + ", \"helpful\": true}");
            }
        }
        app.post("/api/ask", "{\"kind\": \"human\", \"conversation\": \"readme-shot-7\", \"question\": \"Talk to a person\"}");
        app.post("/api/ask", "{\"kind\": \"human\", \"conversation\": \"readme-shot-2\", \"question\": \"Talk to a person\"}");
        String id = conversationId(app, "readme-shot-2");
        app.consolePost("/console/api/conversations/" + id + "/note",
                "{\"text\": \"Ask the events team whether we have a hackathon guide.\"}");
        app.consolePost("/console/api/conversations/" + id + "/reply",
                "{\"text\": \"Thank you for asking. Our events team has a checklist for hackathons; I am sending it by email today.\"}");
    }

    private static void chat(RunningApp app, ChromeDriver browser, Path file) {
        browser.get(app.uri("/").toString());
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.findElement(By.id("question")).sendKeys("Which licence should we choose for software our ministry paid for?", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);
        browser.findElement(By.id("question")).sendKeys("What is the best recipe for a chocolate cake?", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 2);
        browser.executeScript("window.scrollTo(0, 0)");
        shoot(browser, file);
    }

    /** Opens one conversation in the console (the queue page opens the conversation its address names after #). */
    private static void conversation(RunningApp app, ChromeDriver browser, Path file) throws Exception {
        String id = conversationId(app, "readme-shot-2");
        openConsole(app, browser, "?conversation#" + id); // a new address: the page loads and opens the hash
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("events team"));
        shoot(browser, file);
    }

    /** The one place the tool reaches the console (after the accounts work: where it signs in). */
    private static void openConsole(RunningApp app, ChromeDriver browser, String page) throws Exception {
        ConsoleSignIn.asAdmin(browser, app);
        browser.get(app.uri("/console/" + page).toString());
    }

    private static void waitFor(ChromeDriver browser, String css) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    /** A screenshot of the whole page (the window grown to the page's height, within reason). */
    private static void shoot(ChromeDriver browser, Path file) {
        long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)"
                + " + (window.outerHeight - window.innerHeight)"); // the window's size includes its frame
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 8, 600), 2400)));
        try {
            Thread.sleep(300);
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + file, e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static String conversationId(RunningApp app, String threadKey) throws Exception {
        var all = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=all").body());
        for (var c : all.get("conversations")) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                return c.get("id").asText();
            }
        }
        throw new IllegalStateException("no conversation " + threadKey);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository");
        }
        return dir;
    }
}
