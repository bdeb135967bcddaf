package org.osee.connectors.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps only the new text of a reply: cuts at the first quote header ("On ... wrote:" and its French, Spanish and
 * Portuguese forms, Outlook's "-----Original Message-----" and "From: ... Sent:" blocks), drops "&gt;" quoted lines,
 * and cuts at the "-- " signature delimiter and at "Sent from my phone" lines.
 */
final class QuoteStripper {
    private static final Pattern ONE_LINE_HEADER = Pattern.compile(
            "(?iu)^\\s*(On\\s.+\\swrote\\s*:|Le\\s.+\\sa\\s+écrit\\s*:|El\\s.+\\sescribió\\s*:|Em\\s.+\\sescreveu\\s*:"
            + "|No\\s+dia\\s.+\\sescreveu\\s*:|.{0,200}[0-9@<].{0,200}\\s(wrote|a\\s+écrit|escribió|escreveu)\\s*:)\\s*$");
    private static final Pattern HEADER_START = Pattern.compile("(?iu)^\\s*(On|Le|El|Em|No\\s+dia)\\s.+");
    private static final Pattern HEADER_END = Pattern.compile("(?iu).*\\s(wrote|a\\s+écrit|escribió|escreveu)\\s*:\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?iu)^\\s*-{2,}\\s*(Original Message|Message d'origine|Message original|Mensaje original"
            + "|Mensagem original|Forwarded message|Message transféré|Mensaje reenviado|Mensagem encaminhada)\\s*-{2,}.*$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?iu)^\\s*\\*?(From|De|Von)\\s*\\*?\\s*:\\s*.+$");
    private static final Pattern OUTLOOK_NEXT = Pattern.compile(
            "(?iu)^\\s*\\*?(Sent|Date|Envoyé|Enviado|Enviada|Fecha|Data|Gesendet|To|À|Para)\\s*\\*?\\s*:.*$");
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    private static final Pattern SENT_FROM = Pattern.compile(
            "(?iu)^\\s*(Sent from my|Envoyé de mon|Enviado desde mi|Enviado do meu|Get Outlook for)\\s.*$");

    private QuoteStripper() {
    }

    /** The new text of {@code body}; the whole body (without quoted lines) when stripping would leave nothing. */
    static String strip(String body) {
        List<String> lines = List.of(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (startsQuote(lines, i)) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        String result = tidy(dropTrailingSentFrom(kept));
        if (!result.isEmpty()) {
            return result;
        }
        return tidy(lines.stream().filter(l -> !l.stripLeading().startsWith(">")).toList());
    }

    private static boolean startsQuote(List<String> lines, int i) {
        String line = lines.get(i);
        if (SIGNATURE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (ONE_LINE_HEADER.matcher(line).matches()) {
            return true;
        }
        if (HEADER_START.matcher(line).matches() && i + 1 < lines.size()
                && HEADER_END.matcher(lines.get(i + 1)).matches() && line.length() < 200) {
            return true;
        }
        if (UNDERSCORES.matcher(line).matches()) {
            String next = nextNonBlank(lines, i + 1);
            return next != null && OUTLOOK_FROM.matcher(next).matches();
        }
        return OUTLOOK_FROM.matcher(line).matches() && i + 1 < lines.size()
                && (OUTLOOK_NEXT.matcher(lines.get(i + 1)).matches()
                    || i + 2 < lines.size() && OUTLOOK_NEXT.matcher(lines.get(i + 2)).matches());
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 3; i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static List<String> dropTrailingSentFrom(List<String> kept) {
        List<String> copy = new ArrayList<>(kept);
        while (!copy.isEmpty() && copy.get(copy.size() - 1).isBlank()) {
            copy.remove(copy.size() - 1);
        }
        if (!copy.isEmpty() && SENT_FROM.matcher(copy.get(copy.size() - 1)).matches()) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }

    private static String tidy(List<String> lines) {
        return String.join("\n", lines.stream().map(String::stripTrailing).toList())
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
