package org.osee.knowledge.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.knowledge.BadInputException;

/**
 * WebVTT and SRT transcripts. Cues are grouped into sections of about the target size; each
 * section's heading is its time range ("00:01:23–00:02:10") and, when the transcript declares a
 * url in its header ({@code url: ...} after {@code WEBVTT}), its url points at the moment
 * ({@code #t=83}).
 */
public final class TranscriptLoader implements DocumentLoader {
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");
    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+).*$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[^>]{1,200}>");

    private final int targetChars;

    public TranscriptLoader(int targetChars) {
        this.targetChars = targetChars;
    }

    /** One timed caption. */
    record Cue(int start, int end, String text) {
    }

    @Override
    public Document load(SourceFile file) {
        String[] blocks = file.text().replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n");
        Map<String, String> header = new HashMap<>();
        List<Cue> cues = new ArrayList<>();
        for (String block : blocks) {
            String b = block.strip();
            if (b.startsWith("WEBVTT")) {
                readHeader(b, header);
            } else if (!b.startsWith("NOTE") && !b.startsWith("STYLE") && !b.startsWith("REGION")) {
                Cue cue = cue(b);
                if (cue != null && !cue.text().isBlank()) {
                    cues.add(cue);
                }
            }
        }
        if (cues.isEmpty()) {
            throw new BadInputException("transcript has no cues");
        }
        String url = header.get("url");
        String title = MarkdownLoader.firstNonBlank(header.get("title"), file.baseName());
        return new Document(file.source(), title, url, header.get("language"), group(cues, url));
    }

    private List<Section> group(List<Cue> cues, String url) {
        List<Section> sections = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Cue first = null;
        String lastLine = null;
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            first = first == null ? cue : first;
            if (!cue.text().equals(lastLine)) {
                text.append(cue.text()).append('\n');
                lastLine = cue.text();
            }
            if (text.length() >= targetChars || i == cues.size() - 1) {
                String range = clock(first.start()) + "–" + clock(cue.end());
                String at = url == null ? null : url + "#t=" + first.start();
                sections.add(new Section(List.of(range), "t=" + first.start(), text.toString().strip(), at));
                text.setLength(0);
                first = null;
            }
        }
        return sections;
    }

    private static Cue cue(String block) {
        String[] lines = block.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (lines[i].contains("-->") && timing.matches()) {
                int start = seconds(timing.group(1));
                int end = seconds(timing.group(2));
                StringBuilder text = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    String clean = TAG.matcher(VOICE.matcher(lines[j]).replaceAll("$1: ")).replaceAll("").strip();
                    text.append(text.length() > 0 && !clean.isEmpty() ? " " : "").append(clean);
                }
                return start < 0 || end < 0 ? null : new Cue(start, Math.max(start, end), text.toString());
            }
        }
        return null;
    }

    private static void readHeader(String block, Map<String, String> header) {
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.contains("-->")) {
                header.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
    }

    static int seconds(String stamp) {
        Matcher m = TIME.matcher(stamp);
        if (!m.matches()) {
            return -1;
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    }

    static String clock(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
