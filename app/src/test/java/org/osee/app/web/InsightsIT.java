package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osee.app.cli.Json;
import org.xml.sax.InputSource;

/**
 * The insights of the staff console against the running app: questions asked through {@code /api/ask} (answered
 * ones, and unanswered ones on a few themes outside the small test corpus) show up in the figures and, grouped by
 * topic, in the knowledge-gap report, its CSV export, its SVG chart, and the page in headless Chromium.
 */
class InsightsIT {
    private static final List<String> HACKATHON = List.of(
            "How do we organise a hackathon for civic volunteers?",
            "Which prizes should a hackathon offer to volunteers?",
            "Can volunteers at our hackathon keep the code they write?");
    private static final List<String> CAKE = List.of(
            "What is the best recipe for a moist chocolate cake?",
            "How long should a chocolate cake bake in the oven?",
            "=HYPERLINK(\"http://evil.example\") Is dark chocolate better for a birthday cake?");
    private static final List<String> PARKING = List.of(
            "Where can visitors park their car near the town hall?",
            "How much does car parking at the town hall cost?");
    private static final List<String> ANSWERED = List.of(
            "Which licence should we use for software the government paid for?",
            "How do we judge the health of a dependency before adopting it?");
    private static final String MARKUP = "<script>alert('gap')</script> hackathon volunteers <b>badge</b>?";

    @TempDir
    static Path tmp;
    static RunningApp app;
    static ChromeDriver browser;
    static final List<String> decisions = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
        for (List<String> theme : List.of(HACKATHON, CAKE, PARKING, ANSWERED)) {
            for (String q : theme) {
                decisions.add(ask(q, null).get("decision").asText());
            }
        }
        ask(MARKUP, null);
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

    private static JsonNode ask(String question, String conversation) throws Exception {
        var body = JsonNodeFactory.instance.objectNode().put("question", question);
        if (conversation != null) {
            body.put("conversation", conversation);
        }
        var res = app.post("/api/ask", body.toString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return Json.mapper().readTree(res.body());
    }

    private static JsonNode insights(String query) throws Exception {
        var res = app.consoleGet("/console/api/insights" + query);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return Json.mapper().readTree(res.body());
    }

    private static JsonNode group(JsonNode insights, String term) {
        return StreamSupport.stream(insights.get("gaps").spliterator(), false)
                .filter(g -> StreamSupport.stream(g.get("terms").spliterator(), false).anyMatch(t -> t.asText().equals(term)))
                .findFirst().orElseThrow(() -> new AssertionError("no gap group with '" + term + "' in " + insights.get("gaps")));
    }

    @Test
    void unanswered_questions_are_grouped_by_topic_with_counts_and_examples() throws Exception {
        assertThat(decisions.subList(0, 8)).as("the unanswered themes").doesNotContain("answer", "clarify");
        assertThat(decisions.subList(8, 10)).as("the answered ones").containsOnly("answer");

        JsonNode insights = insights("?low=0"); // no answer counts as unsure

        JsonNode hackathon = group(insights, "hackathon");
        assertThat(hackathon.get("label").asText()).contains("hackathon");
        assertThat(hackathon.get("count").asInt()).isBetween(3, 4); // and perhaps the one with markup in it
        assertThat(hackathon.get("examples")).hasSize(3);
        hackathon.get("examples").forEach(e -> assertThat(e.asText()).contains("hackathon"));
        assertThat(group(insights, "volunteers")).isEqualTo(hackathon);
        JsonNode cake = group(insights, "chocolate");
        assertThat(cake.get("count").asInt()).isBetween(2, 3);
        assertThat(cake.get("examples").toString()).contains(CAKE.get(0), CAKE.get(1));
        assertThat(group(insights, "cake")).isEqualTo(cake);
        JsonNode parking = group(insights, "town");
        assertThat(parking.get("count").asInt()).isEqualTo(2);
        assertThat(parking).isNotEqualTo(cake).isNotEqualTo(hackathon);
        assertThat(cake).isNotEqualTo(hackathon);
        String everyExample = insights.get("gaps").findValues("examples").toString();
        ANSWERED.forEach(q -> assertThat(everyExample).doesNotContain(q));
        assertThat(insights.get("totals").get("questions").asLong()).isGreaterThanOrEqualTo(11);
        assertThat(insights.get("totals").get("answer").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(insights.get("totals").get("answer_rate").asDouble()).isBetween(0.1, 0.5);
    }

    @Test
    void answers_below_the_unsure_threshold_join_the_gap_report_as_low_confidence() throws Exception {
        JsonNode everyAnswerUnsure = insights("?low=1");

        String examples = everyAnswerUnsure.get("gaps").findValues("examples").toString();
        assertThat(examples).contains(ANSWERED.get(0));
        assertThat(everyAnswerUnsure.get("gaps").findValues("by_kind").stream()
                .mapToInt(k -> k.path("low_confidence").asInt()).sum()).isGreaterThanOrEqualTo(2);
        var bad = app.consoleGet("/console/api/insights?low=2");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void a_date_range_without_the_questions_shows_no_gaps_and_a_bad_range_is_refused() throws Exception {
        JsonNode old = insights("?from=2020-01-01&to=2020-01-31");
        assertThat(old.get("gaps")).isEmpty();
        assertThat(old.get("totals").get("questions").asLong()).isZero();

        var reversed = app.consoleGet("/console/api/insights?from=2026-02-01&to=2026-01-01");
        var garbage = app.consoleGet("/console/api/insights?from=yesterday");
        var tooLong = app.consoleGet("/console/api/insights?from=2020-01-01&to=2026-01-01");
        assertThat(List.of(reversed.statusCode(), garbage.statusCode(), tooLong.statusCode())).containsOnly(400);
        assertThat(garbage.body()).contains("must be a date like 2026-11-01, was 'yesterday'");
    }

    @Test
    void feedback_and_the_time_to_a_staff_reply_are_counted() throws Exception {
        JsonNode answered = ask("Which licence should we use for software the government paid for?", "insights-staff-1");
        app.post("/api/feedback", "{\"conversation\": \"insights-staff-1\", \"reply\": " + answered.get("id").asLong()
                + ", \"helpful\": true}");
        app.post("/api/ask", "{\"kind\": \"human\", \"conversation\": \"insights-staff-1\", \"question\": \"Talk to a person\"}");
        String id = conversationId("insights-staff-1");
        var reply = app.consolePost("/console/api/conversations/" + id + "/reply", "{\"text\": \"We will call you.\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode insights = insights("");
            assertThat(insights.get("feedback").get("helpful").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(insights.get("feedback").get("helpful_rate").asDouble()).isPositive();
            assertThat(insights.get("staff").get("answered").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(insights.get("staff").get("median_reply_seconds").isNumber()).isTrue();
        });
    }

    private static String conversationId(String threadKey) throws Exception {
        JsonNode all = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=all").body());
        for (JsonNode c : all.get("conversations")) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                return c.get("id").asText();
            }
        }
        throw new AssertionError("no conversation " + threadKey);
    }

    @Test
    void the_gap_report_exports_as_csv_with_formulas_neutralised() throws Exception {
        var res = app.consoleGet("/console/api/insights/gaps.csv?low=0");

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(res.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
        List<String> lines = res.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("topic,questions,escalated,declined,low_confidence,last_asked,"
                + "example_1,example_2,example_3");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("hackathon").containsPattern(",[34],\\d+,\\d+,\\d+,"));
        assertThat(res.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\") Is dark chocolate");
        assertThat(res.body()).doesNotContain(",=HYPERLINK");

        var daily = app.consoleGet("/console/api/insights/daily.csv");
        assertThat(daily.body().lines().findFirst().orElseThrow())
                .isEqualTo("day,channel,answer,clarify,escalate,decline,total");
        assertThat(daily.body().lines().skip(1).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches("\\d{4}-\\d{2}-\\d{2},web,\\d+,\\d+,\\d+,\\d+,\\d+"));
    }

    @Test
    void the_gap_chart_is_well_formed_svg_showing_question_text_as_text() throws Exception {
        var res = app.consoleGet("/console/api/insights/gaps.svg");

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(res.body()).contains("hackathon").doesNotContain("<script", "<b>");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = xml.newDocumentBuilder().parse(new InputSource(new StringReader(res.body())));
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        var perDay = app.consoleGet("/console/api/insights/daily.svg?by=channel");
        assertThat(perDay.body()).startsWith("<svg").contains(">web<");
        assertThat(app.consoleGet("/console/api/insights/daily.svg?by=colour").statusCode()).isEqualTo(400);
    }

    @Test
    void the_insights_page_shows_the_knowledge_gap_groups() throws Exception {
        openConsole("insights.html");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("#gap-rows tr.gap")).size() >= 3);
        List<WebElement> rows = browser.findElements(By.cssSelector("#gap-rows tr.gap"));
        WebElement hackathon = rows.stream().filter(r -> r.findElement(By.cssSelector("td.topic")).getText()
                .contains("hackathon")).findFirst().orElseThrow();
        assertThat(hackathon.findElement(By.cssSelector("td.count")).getText()).isIn("3", "4");
        assertThat(hackathon.findElements(By.cssSelector("ul.examples li"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#gap-rows script, #gap-rows b"))).isEmpty();
        assertThat(browser.findElement(By.id("questions")).getText()).matches("\\d+");
        wait.until(d -> (Boolean) browser.executeScript(
                "const i = document.getElementById('chart-gaps'); return i.complete && i.naturalWidth > 0;"));
        Files.write(tmp.resolve("insights.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Opens a console page in headless Chromium: the one place a browser test reaches the console (and signs in). */
    private static void openConsole(String page) throws Exception {
        if (browser == null) {
            browser = Browsers.chromium(tmp.resolve("chrome"), null);
        }
        ConsoleSignIn.asAdmin(browser, app);
        browser.get(app.uri("/console/" + page).toString());
    }
}
