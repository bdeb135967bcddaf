package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osee.app.cli.Json;

/**
 * The help desk in real headless Chromium: a visitor asks on the chat page and asks for a person; a member of staff
 * finds the conversation in the queue by filter, assigns it, reads the passages the assistant retrieved, replies with
 * a canned response edited first, and the reply appears on the visitor's chat page. And HTML in a question is shown
 * as text in the queue and the conversation view.
 */
class DeskConsoleIT {
    private static final String CANNED =
            "Thank you for waiting. A member of our programme office has read your question.";

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

    /**
     * Opens a console page as a signed-in member of staff. The one place the browser enters the console: signing in
     * (accounts) is added here.
     */
    private static void openConsole(String page) throws Exception {
        ConsoleSignIn.asAdmin(browser, app);
        browser.get(app.uri("/console/" + page).toString());
    }

    private static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(40))
                .ignoring(StaleElementReferenceException.class);
    }

    /** Filters the queue with {@code words} in every status and opens the row whose preview holds them. */
    private static void findAndOpen(String words) {
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("all");
        WebElement search = browser.findElement(By.id("filter-q"));
        search.clear();
        search.sendKeys(words);
        browser.findElement(By.id("apply")).click();
        waiting().until(d -> {
            Optional<WebElement> row = d.findElements(By.cssSelector("#rows tr")).stream()
                    .filter(tr -> tr.getText().contains(words)).findFirst();
            row.ifPresent(WebElement::click);
            return row.isPresent() && d.findElements(By.cssSelector("#rows tr")).size() == 1;
        });
        waiting().until(d -> d.findElement(By.id("detail")).isDisplayed());
    }

    private static void screenshot(String name) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void staff_find_assign_and_answer_with_an_edited_canned_response_that_reaches_the_chat_page() throws Exception {
        app.consolePost("/console/api/canned", Json.mapper().createObjectNode().put("language", "en")
                .put("title", "Thanks for waiting").put("text", CANNED).toString());
        app.post("/api/ask", "{\"question\": \"Quelle licence choisir pour un logiciel payé par l'État ?\","
                + " \"conversation\": \"desk-other-fr\"}");
        app.post("/api/ask", "{\"kind\": \"human\", \"question\": \"\", \"conversation\": \"desk-other-fr\"}");
        // the visitor
        browser.get(app.uri("/").toString());
        browser.executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        String chatTab = browser.getWindowHandle();
        browser.findElement(By.id("question")).sendKeys("Which licence should we use for software the government "
                + "paid for in the quokka project?");
        browser.findElement(By.id("send")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 1);
        browser.findElement(By.id("human")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#log li.bot")).size() == 2);

        // the member of staff
        browser.switchTo().newWindow(WindowType.TAB);
        openConsole("");
        findAndOpen("quokka");
        browser.findElement(By.id("assign")).click();
        waiting().until(d -> d.findElement(By.id("assignee-marker")).getText()
                .contains("You are working on this conversation."));
        waiting().until(d -> d.findElement(By.cssSelector("#rows tr .badge.mine")).getText().equals("me"));
        WebElement passages = browser.findElement(By.cssSelector("#log li.bot details.passages"));
        passages.findElement(By.tagName("summary")).click();
        assertThat(passages.getText()).contains("Passages retrieved").contains("licensing.md")
                .containsPattern("0\\.\\d\\d Choosing a licence");
        assertThat(browser.findElement(By.cssSelector("#log li.bot")).getText()).contains("confidence 0.");
        new Select(browser.findElement(By.id("canned-select"))).selectByVisibleText("[en] Thanks for waiting");
        browser.findElement(By.id("canned-insert")).click();
        WebElement text = browser.findElement(By.id("text"));
        assertThat(text.getAttribute("value")).isEqualTo(CANNED);
        text.sendKeys(" For the quokka project, the EUPL fits best.");
        screenshot("console-conversation.png");
        browser.findElement(By.id("reply")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#log li.staff")).stream()
                .anyMatch(li -> li.getText().contains("the EUPL fits best")));
        waiting().until(d -> d.findElement(By.cssSelector("#rows tr")).getText().contains("waiting for the person"));
        browser.findElement(By.id("filter-q")).clear();
        browser.findElement(By.id("apply")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#rows tr")).size() > 1);
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("console-queue.png");

        // back on the chat page, the reply arrives without a reload
        browser.switchTo().window(chatTab);
        waiting().until(d -> d.findElements(By.cssSelector("#log li.staff")).stream()
                .anyMatch(li -> li.getText().contains(CANNED + " For the quokka project, the EUPL fits best.")));
    }

    @Test
    void html_in_a_question_is_shown_as_text_in_the_queue_and_the_conversation() throws Exception {
        String hostile = "<img src=x onerror=\"window.pwned=1\"><b>walrus</b> needs a person";
        app.post("/api/ask", Json.mapper().createObjectNode().put("question", hostile)
                .put("conversation", "desk-hostile-1").toString());
        app.post("/api/ask", Json.mapper().createObjectNode().put("question", "/human")
                .put("conversation", "desk-hostile-1").toString());

        openConsole("");
        findAndOpen("walrus");

        WebDriver d = browser;
        assertThat(d.findElement(By.cssSelector("#rows tr td.preview")).getText()).contains("<img src=x")
                .contains("<b>");
        assertThat(d.findElements(By.cssSelector("#rows img, #rows b, #log img, #log b"))).isEmpty();
        assertThat(d.findElement(By.cssSelector("#log li.user")).getText()).contains("<b>walrus</b>");
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void a_new_escalation_appears_in_an_open_console_without_a_reload() throws Exception {
        openConsole("");
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("escalated");
        browser.findElement(By.id("filter-q")).clear();
        browser.findElement(By.id("apply")).click();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-polled")));
        browser.executeScript("window.notReloaded = true");

        try {
            app.post("/api/ask", "{\"question\": \"/human\", \"conversation\": \"desk-live-1\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        waiting().until(d -> d.findElement(By.id("new-escalations")).isDisplayed());
        assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
        waiting().until(d -> d.findElements(By.cssSelector("#rows tr td.who")).stream()
                .anyMatch(td -> td.getText().contains("desk-live-1")));
    }
}
