package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osee.app.cli.Json;
import org.osee.bot.domain.StaffAccount;

/**
 * The console's defences in real headless Chromium: a cross-site form post from another origin while a staff member
 * is signed in writes nothing, and HTML in notes and names is shown as text, never run.
 */
class ConsoleBrowserSecurityIT {
    @TempDir
    static Path tmp;
    static RunningApp app;
    static ChromeDriver browser;
    static HttpServer attacker;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
        browser = Browsers.chromium(tmp.resolve("chrome"), null);
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_cross_site_text_plain_form_post_while_signed_in_writes_nothing() throws Exception {
        String id = newEscalatedConversation("Which licence should we use for software the government paid for?");
        String target = app.uri("/console/api/conversations/" + id + "/knowledge").toString();
        String page = "<!doctype html><form id=f method=post enctype=text/plain action=\"" + target + "\">"
                + "<input type=hidden name='{\"title\":\"Attacker guide\",\"question\":\"q\",\"answer\":\"evil\",\"x\":\"' "
                + "value='\"}'></form><script>document.getElementById('f').submit()</script>";
        attacker.createContext("/csrf", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ConsoleSignIn.asAdmin(browser, app);

        browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/csrf");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(target));

        assertThat(browser.getPageSource()).containsAnyOf("\"status\":403", "\"status\":415");
        assertThat(app.consoleGet("/console/api/knowledge").body()).as("no knowledge entry was written")
                .doesNotContain("evil", "Attacker");
        assertThat(app.consoleGet("/console/api/audit?action=knowledge.").body()).doesNotContain(id);
        assertThat(app.consoleGet("/console/api/me").statusCode()).as("the admin session itself still works").isEqualTo(200);
    }

    @Test
    void html_in_a_note_and_in_a_display_name_is_shown_as_text_and_never_runs() throws Exception {
        String id = newEscalatedConversation("<script>document.title='pwned-question'</script> licence?");
        String note = "<img src=x onerror=\"document.title='pwned-note'\"> check this";
        assertThat(app.consolePost("/console/api/conversations/" + id + "/note",
                Json.mapper().writeValueAsString(java.util.Map.of("text", note))).statusCode()).isEqualTo(200);
        app.app.staffAccounts().create(new StaffAccount("htmlname", "<img src=x onerror=\"document.title='pwned-name'\">",
                StaffAccount.Role.ADMIN, org.osee.app.web.auth.Passwords.hash(RunningApp.PASSWORD), false, 0, null,
                java.time.Instant.now()));

        ConsoleSignIn.in(browser, app.uri("/"), "htmlname", RunningApp.PASSWORD);
        openConversation(id);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#log li")).stream()
                .anyMatch(li -> li.getText().contains("check this")));

        assertThat(browser.findElement(By.id("log")).getText()).contains(note);
        assertThat(browser.findElements(By.cssSelector("#log img, #console-nav img, #rows img"))).isEmpty();
        assertThat(browser.findElement(By.id("console-nav")).getText()).contains("<img src=x onerror=");
        assertThat(browser.getTitle()).doesNotContain("pwned");
        browser.get(app.uri("/console/audit.html").toString());
        wait.until(d -> !d.findElements(By.cssSelector("#entries tr")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#entries img"))).isEmpty();
        assertThat(browser.getTitle()).doesNotContain("pwned");
    }

    /** The console's queue, every status, with the conversation opened (the one place that knows the queue's UI). */
    private static void openConversation(String id) throws Exception {
        String participant = conversation(id).get("participant").asText();
        browser.get(app.uri("/console/").toString());
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("all");
        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            var row = d.findElements(By.cssSelector("#rows tr")).stream()
                    .filter(tr -> tr.getText().contains(participant)).findFirst();
            if (row.isEmpty()) {
                d.findElement(By.id("apply")).click();
                return false;
            }
            row.get().click();
            return true;
        });
    }

    /** Asks through the chat API, asks for a person, and returns the stored conversation's id. */
    private static String newEscalatedConversation(String question) throws Exception {
        JsonNode asked = Json.mapper().readTree(app.post("/api/ask",
                Json.mapper().writeValueAsString(java.util.Map.of("question", question))).body());
        String thread = asked.get("conversation").asText();
        String[] id = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode all = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=all").body());
            for (JsonNode c : all.get("conversations")) {
                if (c.get("participant").asText().equals("web:" + thread)) {
                    id[0] = c.get("id").asText();
                    return true;
                }
            }
            return false;
        });
        return id[0];
    }

    private static JsonNode conversation(String id) throws Exception {
        JsonNode all = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=all").body());
        for (JsonNode c : all.get("conversations")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no conversation " + id);
    }
}
