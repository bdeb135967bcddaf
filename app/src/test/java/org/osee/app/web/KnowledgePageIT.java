package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osee.app.cli.Json;

/**
 * The knowledge review page in headless Chromium: a staff answer saved from a conversation opens as an editable entry,
 * an admin edits its title and publishes it, and the assistant then cites it with that title through {@code /api/ask}.
 */
class KnowledgePageIT {
    @TempDir
    static Path tmp;
    static ChromeDriver browser;
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
        browser = Browsers.chromium(tmp.resolve("chrome"), null);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    /** Opens a console page as a signed-in admin: the one place that knows how the browser gets into the console. */
    private static void openConsole(String pathAndQuery) throws Exception {
        ConsoleSignIn.asAdmin(browser, app);
        browser.get(app.uri(pathAndQuery).toString());
    }

    @Test
    void an_entry_saved_from_a_conversation_is_edited_published_and_then_cited_with_its_title() throws Exception {
        String conversation = KnowledgeReviewIT.conversationWithStaffAnswer(app, "page-knowledge-1");
        JsonNode saved = KnowledgeReviewIT.json(app.consolePost("/console/api/conversations/" + conversation
                + "/knowledge", "{}"), 201);
        long id = saved.get("id").asLong();

        openConsole(saved.get("page").asText());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> KnowledgeReviewIT.QUESTION.equals(d.findElement(By.id("question")).getAttribute("value")));
        assertThat(browser.findElement(By.id("answer")).getAttribute("value")).isEqualTo(KnowledgeReviewIT.ANSWER);
        assertThat(browser.findElement(By.id("entry-status")).getText()).isEqualTo("draft");
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Registering a <b>digital public good</b>");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Published"));

        assertThat(browser.findElement(By.id("entry-status")).getText()).isEqualTo("published");
        assertThat(browser.findElements(By.tagName("b"))).isEmpty();
        new Select(browser.findElement(By.id("status"))).selectByValue("published");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rows"), "<b>digital public good</b>"));
        JsonNode answer = KnowledgeReviewIT.ask(app, KnowledgeReviewIT.QUESTION);
        JsonNode citation = KnowledgeReviewIT.citationOf(answer, "faq/" + id);
        assertThat(citation).as("citations of %s", answer).isNotNull();
        assertThat(citation.get("title").asText()).isEqualTo("Registering a <b>digital public good</b>");
        assertThat(Json.mapper().readTree(app.consoleGet("/console/api/knowledge/" + id).body())
                .get("status").asText()).isEqualTo("published");
    }
}
