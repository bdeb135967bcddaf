package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page's own behaviour in headless Chromium: its texts follow the browser's language, Enter sends and
 * Shift+Enter adds a line, and replies that decline or ask back are shown apart from answers.
 */
class ChatPageLanguageIT {
    @TempDir
    static Path tmp;
    static RunningApp app;
    static ChromeDriver english;
    static ChromeDriver french;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
        english = Browsers.chromium(tmp.resolve("chrome-en"), "en-GB");
        french = Browsers.chromium(tmp.resolve("chrome-fr"), "fr-FR");
    }

    @AfterAll
    static void stop() {
        for (ChromeDriver browser : new ChromeDriver[] {english, french}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (app != null) {
            app.close();
        }
    }

    private static void freshPage(ChromeDriver browser) {
        browser.get(app.uri("/").toString());
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void a_french_browser_gets_the_page_in_french() {
        freshPage(french);

        assertThat(french.executeScript("return navigator.languages[0]")).isEqualTo("fr-FR");
        assertThat(french.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(french.findElement(By.id("send")).getText()).isEqualTo("Envoyer");
        assertThat(french.findElement(By.id("human")).getText()).isEqualTo("Parler à une personne");
        assertThat(french.findElement(By.id("question")).getAttribute("placeholder")).startsWith("Posez votre question");
        assertThat(french.findElement(By.cssSelector("p.note")).getText()).contains("membre de l’équipe");
    }

    @Test
    void an_english_browser_keeps_the_english_texts() {
        freshPage(english);

        assertThat(english.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(english.findElement(By.id("send")).getText()).isEqualTo("Send");
    }

    @Test
    void enter_sends_the_question_and_shift_enter_adds_a_line() {
        freshPage(english);
        WebElement input = english.findElement(By.id("question"));

        input.sendKeys("Which licence should we use");
        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        input.sendKeys("for software the government paid for?");

        assertThat(input.getAttribute("value"))
                .isEqualTo("Which licence should we use\nfor software the government paid for?");
        assertThat(english.findElements(By.cssSelector("#log li.user"))).isEmpty();

        input.sendKeys(Keys.ENTER);

        waiting(english).until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);
        assertThat(english.findElement(By.cssSelector("#log li.user")).getText())
                .isEqualTo("Which licence should we use\nfor software the government paid for?");
        assertThat(input.getAttribute("value")).isEmpty();
        assertThat(english.findElement(By.cssSelector("#log li.bot")).getAttribute("class")).isEqualTo("bot");
    }

    @Test
    void a_declined_reply_is_shown_apart_from_answers_with_its_own_label() {
        freshPage(english);
        english.findElement(By.id("question")).sendKeys("What is the best recipe for a moist chocolate cake?", Keys.ENTER);

        waiting(english).until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);

        WebElement reply = english.findElement(By.cssSelector("#log li.bot"));
        assertThat(reply.getAttribute("class")).isEqualTo("bot decline");
        assertThat(reply.findElement(By.cssSelector(".meta")).getText()).isEqualTo("Outside what our documents cover");
        assertThat(reply.findElements(By.cssSelector(".feedback"))).isEmpty();
        assertThat(reply.getCssValue("background-color")).isNotEqualTo("rgba(255, 255, 255, 1)");
    }

    @Test
    void a_declined_reply_in_a_french_browser_is_labelled_in_french() {
        freshPage(french);
        french.findElement(By.id("question")).sendKeys("Quelle est la meilleure recette de gâteau au chocolat ?", Keys.ENTER);

        waiting(french).until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);

        WebElement reply = french.findElement(By.cssSelector("#log li.bot"));
        assertThat(reply.getAttribute("class")).isEqualTo("bot decline");
        assertThat(reply.findElement(By.cssSelector(".meta")).getText()).isEqualTo("Hors du champ de nos documents");
    }

    @Test
    void a_question_back_to_the_person_is_shown_apart_with_its_own_label() {
        freshPage(english);
        english.findElement(By.id("question")).sendKeys("licence?", Keys.ENTER);

        waiting(english).until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);

        WebElement reply = english.findElement(By.cssSelector("#log li.bot"));
        assertThat(List.of(reply.getAttribute("class"))).containsExactly("bot clarify");
        assertThat(reply.findElement(By.cssSelector(".meta")).getText()).isEqualTo("Question back to you");
    }
}
