package org.osee.knowledge.translate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions put into English by Apertium, the rule-based machine translation system (Debian packages
 * {@code apertium-eng-spa}, {@code apertium-es-pt}, {@code apertium-fr-es}): Spanish directly, Portuguese and French
 * through Spanish. Each translation direction ("mode") runs as one long-lived pipeline of Apertium's programs in
 * null-flush mode ({@code -z}: a NUL character ends each text and flushes every stage), so a question costs a few
 * milliseconds rather than the start of ten processes. The pipeline is the mode file Apertium installs, with
 * {@code -z} given to each program; the {@code apertium} wrapper script itself cannot be used, as its text
 * deformatter does not pass NUL through.
 *
 * <p>Only what a question needs is sent: Apertium's stream-format characters ({@code ^ $ / < > @ [ ] { } \ * # + ~
 * |}) and control characters become spaces, and the text is cut at {@value #MAX_CHARS} characters. A translation
 * that takes longer than the timeout, or a pipeline that died, gives {@code null} (the question is searched as it
 * is) and the pipeline is started afresh on the next call. Words written in capitals are names ("TODO Group", "OSPO")
 * and pass through untranslated, and so does a name in another language ("Standard for Public Code" in a Portuguese
 * question), see {@link #keepingNames}. Recent translations are cached: retrieval and the answer decision ask for the
 * same ones.
 */
public final class ApertiumTranslator implements Translator, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApertiumTranslator.class);
    /** Where Debian's Apertium packages put their mode files. */
    public static final Path DEFAULT_MODES = Path.of("/usr/share/apertium/modes");
    /** Characters of a text translated at most: a question's asking sentences fit many times over. */
    static final int MAX_CHARS = 2_000;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final int CACHE_SIZE = 512;
    private static final Pattern UNSAFE = Pattern.compile("[\\^$/<>@\\[\\]{}\\\\*#+~|\\p{Cc}&&[^\\n]]");
    private static final Pattern MARKS = Pattern.compile("[@#*\\\\]");
    /** A word the source language's dictionary does not hold, as Apertium marks it: {@code *Public}. */
    private static final Pattern UNKNOWN = Pattern.compile("\\*([\\p{L}\\p{N}]+)");
    private static final Pattern ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?=\\p{Lu}\\p{N}*\\p{Lu})[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}])");
    /**
     * Two or more capitalised words in a row, a short lower-case word allowed between two of them: "Standard for Public
     * Code", "Secretaria de Saúde".
     */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]+"
            + "(?: (?:\\p{Ll}{1,3} )?\\p{Lu}[\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /**
     * A French question that asks only what something is: "Qu'est-ce qu'un OSPO ?", its subject led by an article and
     * at most five words.
     */
    private static final Pattern FRENCH_WHAT_IS = Pattern.compile(
            "^\\s*qu['’]est[- ]ce\\s+qu(?:e\\s+|['’]\\s*)((?:une?|les?|la|des)\\s+\\S+(?:\\s+\\S+){0,3}|l['’]\\S+"
                    + "(?:\\s+\\S+){0,3})\\s*\\?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A made-up word, unknown to every language's dictionary, written before each superblank {@link #keepingNames}
     * makes: Apertium reads the slot as an unknown word, a noun, so the words around it agree with one ("un [OSPO]"
     * alone came out "uno" in Spanish, "one" in English; "un Xqzkept[OSPO]" comes out "un", "a").
     */
    static final String ANCHOR = "Xqzkept";
    /** A superblank {@link #keepingNames} made, with its anchor (the text itself holds no brackets, see {@link #safe}). */
    private static final Pattern KEPT = Pattern.compile(ANCHOR + "\\[([^\\[\\]#]*)\\]");
    private static final Pattern PROGRAM = Pattern.compile("(^|\\|)\\s*([\\w.-]+)");
    /** The modes each language goes through to English, in order. */
    private static final Map<String, List<String>> ROUTES = Map.of(
            "es", List.of("spa-eng"),
            "pt", List.of("pt-es", "spa-eng"),
            "fr", List.of("fr-es", "spa-eng"));
    /** The one-step neighbour of a language without documents, and its mode: Portuguese reads best as Spanish. */
    private static final Map<String, Map.Entry<String, String>> NEIGHBOURS = Map.of("pt", Map.entry("es", "pt-es"));

    private final Map<String, Pipe> pipes;
    private final Duration timeout;
    private final Map<String, String> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private ApertiumTranslator(Map<String, Pipe> pipes, Duration timeout) {
        this.pipes = pipes;
        this.timeout = timeout;
    }

    /**
     * The translator of the directions installed under {@code modesDir}, when Apertium's programs are on the PATH and
     * at least the Spanish to English mode is installed and translates; empty otherwise (logged once, at INFO).
     */
    public static Optional<ApertiumTranslator> detect(Path modesDir) {
        return detect(modesDir, DEFAULT_TIMEOUT);
    }

    static Optional<ApertiumTranslator> detect(Path modesDir, Duration timeout) {
        Map<String, Pipe> pipes = new LinkedHashMap<>();
        for (List<String> route : ROUTES.values()) {
            for (String mode : route) {
                Path file = modesDir.resolve(mode + ".mode");
                if (!pipes.containsKey(mode) && Files.isReadable(file)) {
                    try {
                        pipes.put(mode, new Pipe(mode, nullFlushing(Files.readString(file).strip())));
                    } catch (IOException e) {
                        LOG.warn("Apertium mode {} unreadable: {}", file, e.getMessage());
                    }
                }
            }
        }
        if (!pipes.containsKey("spa-eng")) {
            LOG.info("No machine translation: Apertium's Spanish-English mode is not installed in {}", modesDir);
            return Optional.empty();
        }
        ApertiumTranslator translator = new ApertiumTranslator(pipes, timeout);
        if (translator.translate("spa-eng", "hola") == null) {
            LOG.warn("No machine translation: Apertium's Spanish-English pipeline in {} does not answer", modesDir);
            translator.close();
            return Optional.empty();
        }
        LOG.info("Machine translation of questions into English: Apertium, from {}", translator.languages());
        return Optional.of(translator);
    }

    /** The languages this translator puts into English. */
    public List<String> languages() {
        List<String> out = new ArrayList<>();
        ROUTES.forEach((lang, route) -> {
            if (pipes.keySet().containsAll(route)) {
                out.add(lang);
            }
        });
        out.sort(null);
        return out;
    }

    @Override
    public String toEnglish(String text, String language) {
        return language == null ? null : along(ROUTES.get(language), text, language + ">en");
    }

    @Override
    public Translation toNeighbour(String text, String language) {
        Map.Entry<String, String> neighbour = language == null ? null : NEIGHBOURS.get(language);
        String out = neighbour == null ? null : along(List.of(neighbour.getValue()), text,
                language + '>' + neighbour.getKey());
        return out == null ? null : new Translation(out, neighbour.getKey());
    }

    /** The text through the route's modes, or {@code null}; {@code direction} keys the cache. */
    private String along(List<String> route, String text, String direction) {
        if (route == null || !pipes.keySet().containsAll(route) || text == null) {
            return null;
        }
        String clean = safe(text);
        if (clean.isBlank()) {
            return null;
        }
        String key = direction + '\n' + clean;
        synchronized (cache) {
            String cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String out = firstStep(route.get(0), clean);
        for (String mode : route.subList(1, route.size())) {
            out = out == null ? null : translate(mode, out);
        }
        if (out == null) {
            return null;
        }
        out = KEPT.matcher(out).replaceAll("$1");
        synchronized (cache) {
            cache.put(key, out);
        }
        return out;
    }

    /**
     * The text through the route's first mode, its names kept: acronyms always, and a run of capitalised words that
     * holds a word the source language does not know (a name in another language, "Standard for Public Code" in
     * Portuguese came out "Estándar sea Public Code"), found from a first translation's marks and then translated
     * again with the run kept whole. A name in the question's own language ("Bienes Públicos Digitales") is
     * translated.
     */
    private String firstStep(String mode, String text) {
        if (mode.startsWith("fr-")) {
            text = whatIsInFrench(text);
        }
        String kept = keepingNames(text, Set.of());
        String out = pipes.get(mode).translate(kept, timeout);
        if (out == null) {
            return null;
        }
        Set<String> unknown = new HashSet<>();
        UNKNOWN.matcher(out).results().forEach(m -> unknown.add(m.group(1).toLowerCase(Locale.ROOT)));
        String foreignKept = unknown.isEmpty() ? kept : keepingNames(text, unknown);
        if (!foreignKept.equals(kept)) {
            out = pipes.get(mode).translate(foreignKept, timeout);
        }
        return out == null ? null : unmarked(out);
    }

    /**
     * "Qu'est-ce qu'un OSPO ?" as "Que est un OSPO ?": Apertium reads the French idiom as a bare "what" ("Qué un
     * OSPO", "What a OSPO"), losing the copula that makes the question one asking for a definition, which both
     * retrieval's vectors and the composer's reading of definitions look for. Only a question that asks nothing else,
     * of a subject led by an article, is rewritten: "Qu'est-ce que vous publiez ?" is left as it is.
     */
    static String whatIsInFrench(String text) {
        Matcher m = FRENCH_WHAT_IS.matcher(text);
        return m.matches() ? "Que est " + m.group(1) + " ?" : text;
    }

    private String translate(String mode, String text) {
        String out = pipes.get(mode).translate(text, timeout);
        return out == null ? null : unmarked(out);
    }

    private static String unmarked(String out) {
        return MARKS.matcher(out).replaceAll("").replaceAll("[ \\t]+", " ").strip();
    }

    /** The text without Apertium's stream-format characters and control characters, cut to {@link #MAX_CHARS}. */
    static String safe(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return UNSAFE.matcher(cut).replaceAll(" ").replaceAll("[ \\t]+", " ").strip();
    }

    /**
     * The text with each word written in capitals (two letters or more: "TODO Group", "OSPO", "DPG") and each name
     * holding a {@code foreign} word (lower case; a name does not start a sentence) put in a superblank, which
     * Apertium passes through untranslated: a name spelled like a word of the language would be translated ("el TODO
     * Group" came out "the ALL Group", losing every English document that names the group). Unchanged when most of
     * the text's letters are capitals, a shouted question whose words are words. Each superblank follows the
     * {@link #ANCHOR}.
     */
    static String keepingNames(String text, Set<String> foreign) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        if (capitals * 2 >= letters) {
            return text;
        }
        if (foreign.isEmpty()) {
            return keepingAcronyms(text);
        }
        StringBuilder out = new StringBuilder();
        Matcher name = NAME.matcher(text);
        int from = 0;
        int at = 0;
        while (at < text.length() && name.find(at)) {
            if (sentenceStart(text, name.start())) { // a capital there says nothing: the run starts at the next word
                at = name.start() + WORD.matcher(name.group()).results().findFirst().orElseThrow().end();
                continue;
            }
            boolean holdsForeign = WORD.matcher(name.group()).results()
                    .anyMatch(w -> foreign.contains(w.group().toLowerCase(Locale.ROOT)));
            if (holdsForeign) {
                out.append(keepingAcronyms(text.substring(from, name.start()))).append(ANCHOR).append('[')
                        .append(name.group()).append(']');
                from = name.end();
            }
            at = name.end();
        }
        return out.append(keepingAcronyms(text.substring(from))).toString();
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || ".?!¿¡\n:".indexOf(text.charAt(i)) >= 0;
    }

    private static String keepingAcronyms(String text) {
        return ACRONYM.matcher(text).replaceAll(ANCHOR + "[$0]");
    }

    /** The pipeline of a mode file with {@code -z} given to each of its programs. */
    static String nullFlushing(String pipeline) {
        return PROGRAM.matcher(pipeline).replaceAll(m -> (m.group(1).isEmpty() ? "" : m.group(1) + " ")
                + m.group(2) + " -z");
    }

    @Override
    public void close() {
        pipes.values().forEach(Pipe::stop);
    }

    /**
     * One running pipeline: a text and a NUL in, its translation and a NUL out. Each text goes in behind a numbered
     * superblank ({@code [#12]}, which Apertium passes through untouched and the text itself cannot hold, its brackets
     * having been removed), so a translation is only ever taken for the text it belongs to, even if a pipeline were
     * to answer twice or late.
     */
    private static final class Pipe {
        private final String mode;
        private final String command;
        private long sequence;
        private Process process;
        private OutputStream in;
        private BlockingQueue<String> out;

        Pipe(String mode, String command) {
            this.mode = mode;
            this.command = command;
        }

        synchronized String translate(String text, Duration timeout) {
            try {
                if (process == null || !process.isAlive()) {
                    start();
                }
                String tag = "[#" + ++sequence + "]";
                out.clear(); // what an earlier, abandoned text may have left
                in.write((tag + text + "\n\0").getBytes(StandardCharsets.UTF_8));
                in.flush();
                long deadline = System.nanoTime() + timeout.toNanos();
                while (true) {
                    long left = deadline - System.nanoTime();
                    String result = left > 0 ? out.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (result == null) {
                        LOG.warn("Apertium {} gave no translation within {} ms; restarting it", mode,
                                timeout.toMillis());
                        stop();
                        return null;
                    }
                    int at = result.indexOf(tag);
                    if (at >= 0) {
                        return result.substring(at + tag.length());
                    }
                }
            } catch (IOException e) {
                LOG.warn("Apertium {} failed: {}; restarting it", mode, e.getMessage());
                stop();
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                return null;
            }
        }

        private void start() throws IOException {
            // $1 and $2 of a mode file: the generator's option (-g: unknown words marked, the marks read by
            // firstStep and then removed) and the tagger's
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command, "apertium", "-g", "");
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            process = builder.start();
            in = process.getOutputStream();
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            out = queue;
            InputStream stdout = process.getInputStream();
            Thread reader = new Thread(() -> read(stdout, queue), "apertium-" + mode);
            reader.setDaemon(true);
            reader.start();
        }

        private static void read(InputStream stdout, BlockingQueue<String> queue) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (stdout) {
                int b;
                while ((b = stdout.read()) >= 0) {
                    if (b == 0) {
                        queue.add(text.toString(StandardCharsets.UTF_8));
                        text.reset();
                    } else {
                        text.write(b);
                    }
                }
            } catch (IOException e) {
                // the pipeline was stopped
            }
        }

        synchronized void stop() {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                process = null;
            }
        }
    }
}
