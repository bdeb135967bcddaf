package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;

/**
 * The draft review page in real headless Chromium: a mailed question whose answer is held, the person acknowledged
 * first; staff open the drafts page, see the question, the drafted answer and its sources, edit the answer and
 * approve it; the edited answer arrives by email in the question's thread.
 */
class DraftsPageIT {
    @TempDir
    Path tmp;
    GreenMail mail;
    GreenMailUser bot;
    ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        int smtp = DraftReviewIT.freePort();
        int imap = DraftReviewIT.freePort();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        bot = mail.setUser(DraftReviewIT.INBOX, "bot", "secret");
        browser = Browsers.chromium(tmp.resolve("chrome"), null);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        mail.stop();
    }

    private Map<String, Object> email() {
        return Map.of("address", DraftReviewIT.INBOX,
                "imap", Map.of("host", "127.0.0.1", "port", mail.getImap().getPort(), "security", "none",
                        "username", "bot", "password", "secret", "poll-interval", "500ms", "idle", "false"),
                "smtp", Map.of("host", "127.0.0.1", "port", mail.getSmtp().getPort(), "security", "none"));
    }

    /**
     * Opens a console page as a signed-in staff member: the one place browser tests reach the console, so signing
     * in is added here.
     */
    private void openConsole(RunningApp app, String page) throws Exception {
        ConsoleSignIn.asAdmin(browser, app);
        browser.get(app.uri("/console/" + page).toString());
    }

    @Test
    void a_held_email_draft_is_approved_with_an_edit_and_delivered_after_the_acknowledgment() throws Exception {
        try (RunningApp app = RunningApp.withSections(tmp, null, Map.of("email", email(),
                "drafts", Map.of("channels", List.of("email"), "below", 1.0)))) {
            bot.deliver(DraftReviewIT.question("<page@city.example>"));
            await().atMost(Duration.ofSeconds(60)).until(() -> replies().size() == 1);
            assertThat(EmailConversationsIT.text(replies().get(0))).contains(Phrases.get(Phrase.DRAFT_ACK, "en"));

            openConsole(app, "drafts.html");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElements(By.cssSelector("#drafts > li")).size() == 1);
            WebElement draft = browser.findElement(By.cssSelector("#drafts > li"));
            assertThat(draft.findElement(By.cssSelector(".question")).getText()).contains(DraftReviewIT.QUESTION);
            assertThat(draft.findElement(By.cssSelector(".age")).getText()).matches("waiting \\d+ min");
            assertThat(draft.findElement(By.cssSelector(".sources a")).getAttribute("href"))
                    .startsWith("https://example.org/licensing");
            WebElement answer = draft.findElement(By.cssSelector("textarea.answer"));
            assertThat(answer.getAttribute("value")).containsIgnoringCase("licence");
            screenshot("drafts.png");

            String edited = "Use the EUPL 1.2: the council chose it for everything it pays for.";
            answer.clear();
            answer.sendKeys(edited);
            draft.findElement(By.cssSelector("button.approve")).click();

            wait.until(d -> d.findElement(By.cssSelector("#drafts > li .outcome")).getText().equals("Sent."));
            await().atMost(Duration.ofSeconds(60)).until(() -> replies().size() == 2);
            MimeMessage delivered = replies().get(1);
            assertThat(EmailConversationsIT.text(delivered)).contains(edited);
            assertThat(delivered.getHeader("In-Reply-To")[0]).isEqualTo("<page@city.example>");
            assertThat(DraftReviewIT.drafts(app)).isEmpty();
        }
    }

    private List<MimeMessage> replies() {
        return mail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(DraftReviewIT.PERSON), m -> true)
                .toList();
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(tmp.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        Files.copy(tmp.resolve(name), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
