package org.osee.app.web;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn on the server as SVG, so the insights page needs no script library or CDN. Every piece of text
 * (titles, labels, legends, tooltips) is XML-escaped and stripped of characters XML forbids: labels built from
 * people's questions are shown as text, never as markup.
 */
final class SvgCharts {
    private static final int WIDTH = 760;
    private static final int PLOT_LEFT = 48;
    private static final int PLOT_RIGHT = 16;
    private static final int LABEL_MAX = 60;

    /** One stacked part of every bar: a name for the legend, a colour, and a value per category. */
    record Series(String name, String color, List<Long> values) {
        Series {
            values = List.copyOf(values);
        }
    }

    private SvgCharts() {
    }

    /** Vertical bars, one per category (e.g. day), each stacked from the series in order. */
    static String stackedBars(String title, List<String> categories, List<Series> series) {
        int height = 300;
        int top = 48;
        int bottom = height - 48;
        double plotWidth = WIDTH - PLOT_LEFT - PLOT_RIGHT;
        long max = 0;
        for (int i = 0; i < categories.size(); i++) {
            long sum = 0;
            for (Series s : series) {
                sum += s.values().get(i);
            }
            max = Math.max(max, sum);
        }
        StringBuilder svg = open(title, WIDTH, height);
        legend(svg, series);
        if (max == 0) {
            return empty(svg, height);
        }
        long scaleMax = niceMax(max);
        axis(svg, scaleMax, top, bottom);
        double slot = plotWidth / Math.max(1, categories.size());
        double barWidth = Math.max(1, slot * 0.7);
        int labelEvery = Math.max(1, (int) Math.ceil(categories.size() / 10.0));
        for (int i = 0; i < categories.size(); i++) {
            double x = PLOT_LEFT + i * slot + (slot - barWidth) / 2;
            double y = bottom;
            for (Series s : series) {
                long v = s.values().get(i);
                if (v == 0) {
                    continue;
                }
                double h = (bottom - top) * (double) v / scaleMax;
                y -= h;
                svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(barWidth)).append("\" height=\"").append(num(h)).append("\" fill=\"")
                        .append(escape(s.color())).append("\"><title>").append(escape(categories.get(i) + " · "
                                + s.name() + ": " + v)).append("</title></rect>");
            }
            if (i % labelEvery == 0) {
                text(svg, PLOT_LEFT + i * slot + slot / 2, bottom + 16, "middle", categories.get(i), "axis");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per labelled value, largest first as given. */
    static String horizontalBars(String title, List<String> labels, List<Long> values, String color) {
        int rowHeight = 26;
        int top = 40;
        int height = top + Math.max(1, labels.size()) * rowHeight + 16;
        int labelWidth = 300;
        StringBuilder svg = open(title, WIDTH, height);
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        if (max == 0) {
            return empty(svg, height);
        }
        double plotWidth = WIDTH - labelWidth - 60;
        for (int i = 0; i < labels.size(); i++) {
            double y = top + i * rowHeight;
            double w = Math.max(2, plotWidth * values.get(i) / max);
            text(svg, labelWidth - 8, y + 17, "end", labels.get(i), "label");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(num(y + 4)).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(rowHeight - 8).append("\" fill=\"")
                    .append(escape(color)).append("\"><title>").append(escape(labels.get(i) + ": " + values.get(i)))
                    .append("</title></rect>");
            text(svg, labelWidth + w + 6, y + 17, "start", Long.toString(values.get(i)), "value");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"system-ui, sans-serif\" font-size=\"12\"><title>")
                .append(escape(title)).append("</title>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        text(svg, 8, 20, "start", title, "title");
        return svg;
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = PLOT_LEFT;
        for (Series s : series) {
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"28\" width=\"10\" height=\"10\" fill=\"")
                    .append(escape(s.color())).append("\"/>");
            String name = clip(s.name());
            text(svg, x + 14, 37, "start", name, "legend");
            x += 24 + name.length() * 7;
        }
    }

    private static void axis(StringBuilder svg, long scaleMax, int top, int bottom) {
        for (int k = 0; k <= 4; k++) {
            double y = bottom - (bottom - top) * k / 4.0;
            svg.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(WIDTH - PLOT_RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y))
                    .append("\" stroke=\"#d0d7de\" stroke-width=\"1\"/>");
            text(svg, PLOT_LEFT - 6, y + 4, "end", Long.toString(scaleMax * k / 4), "axis");
        }
    }

    private static String empty(StringBuilder svg, int height) {
        text(svg, WIDTH / 2.0, height / 2.0 + 10, "middle", "Nothing in this range", "empty");
        return svg.append("</svg>").toString();
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text, String cls) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cls).append("\"")
                .append("title".equals(cls) ? " font-weight=\"600\" font-size=\"14\"" : "")
                .append(" fill=\"#1b1f24\">").append(escape(clip(text))).append("</text>");
    }

    /** A scale top: the maximum rounded up to a multiple of 4 (so the four grid lines land on whole numbers). */
    static long niceMax(long max) {
        return Math.max(4, (max + 3) / 4 * 4);
    }

    private static String clip(String text) {
        return text.length() > LABEL_MAX ? text.substring(0, LABEL_MAX - 1) + "…" : text;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold (most control characters) are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
