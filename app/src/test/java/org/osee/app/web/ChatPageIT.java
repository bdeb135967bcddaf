package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page in real headless Chromium (Debian's chromium and chromium-driver) against the running app. */
class ChatPageIT {
    @TempDir
    static Path tmp;
    static RunningApp app;
    static ChromeDriver browser;

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

    /** Opens the page as a new visitor: no conversation carried over from another test. */
    private static void freshPage() {
        browser.get(app.uri("/").toString());
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
    }

    @Test
    void a_question_typed_on_the_page_gets_an_answer_with_linked_sources() throws Exception {
        freshPage();
        assertThat(browser.getTitle()).isEqualTo("OSEE Assistant");

        browser.findElement(By.id("question")).sendKeys("Which licence should we use for software the government paid for?");
        browser.findElement(By.id("send")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);
        WebElement reply = browser.findElement(By.cssSelector("#log li.bot"));
        List<WebElement> links = reply.findElements(By.cssSelector("ol.sources a"));
        assertThat(reply.getText()).containsIgnoringCase("licence");
        assertThat(links).isNotEmpty();
        assertThat(links.get(0).getAttribute("href")).startsWith("https://example.org/licensing");
        Files.write(tmp.resolve("chat.png"), browser.getScreenshotAs(OutputType.BYTES));
        Path shot = Path.of("target", "screenshots");
        Files.createDirectories(shot);
        Files.copy(tmp.resolve("chat.png"), shot.resolve("chat.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_talk_to_a_person_button_escalates_and_says_so() {
        freshPage();

        browser.findElement(By.id("human")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector("#log li.bot")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#log li.bot")).getText()).containsIgnoringCase("staff");
    }

    @Test
    void talk_to_a_person_in_a_french_conversation_is_confirmed_in_french() {
        freshPage();
        browser.findElement(By.id("question")).sendKeys("Quelle licence choisir pour un logiciel payé par l'État ?");
        browser.findElement(By.id("send")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);

        browser.findElement(By.id("human")).click();

        wait.until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 2);
        String confirmation = browser.findElements(By.cssSelector("#log li.bot")).get(1).getText();
        assertThat(List.of(Phrases.get(Phrase.ESCALATE_PERSON, "fr"), Phrases.get(Phrase.ESCALATED_ACK, "fr")))
                .anySatisfy(french -> assertThat(confirmation).contains(french));
        assertThat(confirmation).doesNotContain(Phrases.get(Phrase.ESCALATE_PERSON, "en"));
    }

    /** The browser on the console's queue, signed in as the app's admin. */
    private static void openConsole() {
        try {
            ConsoleSignIn.asAdmin(browser, app);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        browser.get(app.uri("/console/").toString());
    }

    @Test
    void a_not_helpful_click_is_stored_and_shown_in_the_console_conversation_view() {
        freshPage();
        browser.findElement(By.id("question")).sendKeys("Which licence should we use for software the government paid for?");
        browser.findElement(By.id("send")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector("#log li.bot .feedback button.not-helpful")).isEmpty());

        browser.findElement(By.cssSelector("#log li.bot .feedback button.not-helpful")).click();

        wait.until(d -> d.findElement(By.cssSelector("#log li.bot .feedback")).getText()
                .contains("Thank you for your feedback"));
        String conversation = (String) browser.executeScript("return sessionStorage.getItem('osee-conversation')");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> hasFeedback(conversation)); // stored by a worker, shortly after the click
        openConsole();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-status"))).selectByValue("all");
        browser.findElement(By.id("apply")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> { // the list re-renders
            var row = d.findElements(By.cssSelector("#rows tr")).stream()
                    .filter(tr -> tr.getText().contains("web:" + conversation)).findFirst();
            if (row.isEmpty()) {
                d.findElement(By.id("apply")).click(); // a slower first listing may have replaced the full one
                return false;
            }
            row.get().click();
            return true;
        });
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#detail #log li .feedback.not-helpful")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#detail #log li.bot .feedback.not-helpful")).getText())
                .contains("rated not helpful");
    }

    private static boolean hasFeedback(String threadKey) throws Exception {
        var all = org.osee.app.cli.Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=all").body());
        for (var c : all.get("conversations")) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                var history = org.osee.app.cli.Json.mapper().readTree(
                        app.consoleGet("/console/api/conversations/" + c.get("id").asText()).body());
                return !history.get("feedback").isEmpty();
            }
        }
        return false;
    }
}
