package org.osee.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.osee.app.web.auth.SignedIn;
import org.osee.bot.domain.Activity;
import org.osee.bot.domain.DailyCount;
import org.osee.bot.domain.Decision;
import org.osee.bot.insights.GapGroup;
import org.osee.bot.insights.KnowledgeGaps;
import org.osee.bot.port.InsightQueries;
import org.osee.knowledge.BadInputException;

/**
 * The staff console's insights under {@code /console/api/insights}: figures as JSON, charts as SVG drawn here, and
 * CSV exports of the per-day figures and of the knowledge-gap report. Read-only; staff and admins may see it. Every
 * route takes an optional date range {@code from} and {@code to} (inclusive, {@code YYYY-MM-DD}, UTC days; the last
 * 30 days by default) and {@code low}, the confidence below which an answer counts as unsure (default 0.45: the assistant
 * answers from a top passage score of 0.28 and is confident from 0.52, see {@code AnswerPolicy}).
 */
public final class InsightsApi {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final double DEFAULT_LOW_CONFIDENCE = 0.45;
    /** At most this many of the newest unanswered questions are grouped. */
    static final int GAP_QUESTIONS = 400;
    private static final List<String> CHANNEL_COLORS = List.of("#0969da", "#8250df", "#bf8700", "#1a7f37",
            "#cf222e", "#57606a");

    private final InsightQueries queries;
    private final KnowledgeGaps gaps = new KnowledgeGaps();
    private final Clock clock;

    public InsightsApi(InsightQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The date range of a request, days inclusive. */
    record Range(LocalDate from, LocalDate to, double low) {
        Instant start() {
            return from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        List<LocalDate> days() {
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }

    public void register(Javalin app) {
        app.get("/console/api/insights", ctx -> ctx.json(summary(range(ctx))));
        app.get("/console/api/insights/daily.svg", ctx -> svg(ctx, dailyChart(range(ctx), by(ctx))));
        app.get("/console/api/insights/gaps.svg", ctx -> svg(ctx, gapChart(range(ctx))));
        app.get("/console/api/insights/daily.csv", ctx -> {
            Range range = range(ctx);
            csv(ctx, "questions-per-day-" + range.from() + "-to-" + range.to(), dailyCsv(range));
        });
        app.get("/console/api/insights/gaps.csv", ctx -> {
            Range range = range(ctx);
            csv(ctx, "knowledge-gaps-" + range.from() + "-to-" + range.to(), gapCsv(range));
        });
    }

    Range range(Context ctx) {
        SignedIn.of(ctx); // staff and admins alike; nobody else
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate to = date(ctx.queryParam("to"), "to", today);
        LocalDate from = date(ctx.queryParam("from"), "from", to.minusDays(DEFAULT_DAYS - 1));
        if (from.isAfter(to)) {
            throw new BadInputException("\"from\" (" + from + ") must not be after \"to\" (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadInputException("the range " + from + " to " + to + " is longer than " + MAX_DAYS + " days");
        }
        String lowParam = ctx.queryParam("low");
        double low = DEFAULT_LOW_CONFIDENCE;
        if (lowParam != null && !lowParam.isBlank()) {
            try {
                low = Double.parseDouble(lowParam);
            } catch (NumberFormatException e) {
                low = Double.NaN;
            }
            if (!(low >= 0 && low <= 1)) {
                throw new BadInputException("\"low\" must be a number from 0 to 1, was '" + lowParam + "'");
            }
        }
        return new Range(from, to, low);
    }

    private static LocalDate date(String value, String name, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("\"" + name + "\" must be a date like 2026-11-01, was '" + value + "'");
        }
    }

    private static String by(Context ctx) {
        String by = ctx.queryParamAsClass("by", String.class).getOrDefault("decision");
        if (!by.equals("decision") && !by.equals("channel")) {
            throw new BadInputException("\"by\" must be decision or channel, was '" + by + "'");
        }
        return by;
    }

    Map<String, Object> summary(Range range) {
        Activity activity = queries.activity(range.start(), range.end());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", range.from().toString());
        out.put("to", range.to().toString());
        out.put("low_confidence", range.low());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("questions", activity.total());
        for (Decision d : Decision.values()) {
            totals.put(d.wire(), activity.count(d));
        }
        totals.put("answer_rate", activity.answerRate().orElse(null));
        out.put("totals", totals);
        Map<String, Object> feedback = new LinkedHashMap<>();
        feedback.put("helpful", activity.helpful());
        feedback.put("not_helpful", activity.notHelpful());
        feedback.put("helpful_rate", activity.helpfulRate().orElse(null));
        out.put("feedback", feedback);
        Map<String, Object> staff = new LinkedHashMap<>();
        staff.put("median_reply_seconds", activity.medianStaffReply().map(d -> d.toSeconds()).orElse(null));
        staff.put("answered", activity.staffReplyTimes().size());
        staff.put("awaiting", activity.awaitingStaff());
        out.put("staff", staff);
        out.put("daily", activity.daily().stream().map(d -> Map.of("day", d.day().toString(), "channel", d.channel(),
                "decision", d.decision().wire(), "count", d.count())).toList());
        out.put("gaps", gapGroups(range).stream().map(InsightsApi::gapJson).toList());
        return out;
    }

    private static Map<String, Object> gapJson(GapGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", g.label());
        m.put("terms", g.terms());
        m.put("count", g.count());
        m.put("by_kind", g.byKind());
        m.put("examples", g.examples());
        m.put("last_asked", g.lastAsked().toString());
        return m;
    }

    List<GapGroup> gapGroups(Range range) {
        return gaps.group(queries.unanswered(range.start(), range.end(), range.low(), GAP_QUESTIONS));
    }

    String dailyChart(Range range, String by) {
        List<DailyCount> daily = queries.activity(range.start(), range.end()).daily();
        List<LocalDate> days = range.days();
        List<String> labels = days.stream().map(d -> d.toString().substring(5)).toList(); // MM-DD
        List<SvgCharts.Series> series = new ArrayList<>();
        if (by.equals("decision")) {
            for (Decision d : Decision.values()) {
                series.add(new SvgCharts.Series(d.wire(), color(d),
                        perDay(days, daily.stream().filter(c -> c.decision() == d).toList())));
            }
        } else {
            List<String> channels = new ArrayList<>(new TreeSet<>(daily.stream().map(DailyCount::channel).toList()));
            for (int i = 0; i < channels.size(); i++) {
                String channel = channels.get(i);
                series.add(new SvgCharts.Series(channel, CHANNEL_COLORS.get(i % CHANNEL_COLORS.size()),
                        perDay(days, daily.stream().filter(c -> c.channel().equals(channel)).toList())));
            }
        }
        return SvgCharts.stackedBars("Questions per day by " + by + ", " + range.from() + " to " + range.to(),
                labels, series);
    }

    private static List<Long> perDay(List<LocalDate> days, List<DailyCount> counts) {
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        counts.forEach(c -> byDay.merge(c.day(), c.count(), Long::sum));
        return days.stream().map(d -> byDay.getOrDefault(d, 0L)).toList();
    }

    private static String color(Decision d) {
        return switch (d) {
            case ANSWER -> "#2da44e";
            case CLARIFY -> "#0969da";
            case ESCALATE -> "#cf222e";
            case DECLINE -> "#8c959f";
        };
    }

    String gapChart(Range range) {
        List<GapGroup> groups = gapGroups(range).stream().limit(12).toList();
        return SvgCharts.horizontalBars("Unanswered questions by topic, " + range.from() + " to "
                + range.to(), groups.stream().map(GapGroup::label).toList(),
                groups.stream().map(g -> (long) g.count()).toList(), "#cf222e");
    }

    String dailyCsv(Range range) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (DailyCount c : queries.activity(range.start(), range.end()).daily()) {
            rows.computeIfAbsent(c.day() + "\n" + c.channel(), k -> new long[Decision.values().length])
                    [c.decision().ordinal()] += c.count();
        }
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>(List.of("day", "channel"));
        for (Decision d : Decision.values()) {
            header.add(d.wire());
        }
        header.add("total");
        csv.row(header);
        rows.forEach((key, counts) -> {
            List<Object> row = new ArrayList<>(List.of(key.split("\n", 2)));
            long total = 0;
            for (long n : counts) {
                row.add(n);
                total += n;
            }
            row.add(total);
            csv.row(row);
        });
        return csv.toString();
    }

    String gapCsv(Range range) {
        Csv csv = new Csv().row(List.of("topic", "questions", "escalated", "declined", "low_confidence",
                "last_asked", "example_1", "example_2", "example_3"));
        for (GapGroup g : gapGroups(range)) {
            List<Object> row = new ArrayList<>(List.of(g.label(), g.count(), g.byKind().getOrDefault("escalated", 0),
                    g.byKind().getOrDefault("declined", 0), g.byKind().getOrDefault("low_confidence", 0),
                    g.lastAsked().toString()));
            for (int i = 0; i < 3; i++) {
                row.add(i < g.examples().size() ? g.examples().get(i) : "");
            }
            csv.row(row);
        }
        return csv.toString();
    }

    private static void svg(Context ctx, String svg) {
        ctx.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private static void csv(Context ctx, String name, String csv) {
        ctx.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .contentType("text/csv; charset=utf-8").result(csv);
    }
}
