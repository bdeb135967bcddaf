package org.osee.knowledge.translate;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A translator made when the first text needs translating, so that opening a knowledge base for an ingest, a search
 * in English or a test starts no translation process. Thread-safe; closing it closes what it made, and it translates
 * nothing after that.
 */
public final class LazyTranslator implements Translator, AutoCloseable {
    private final Supplier<Optional<? extends Translator>> maker;
    private Translator made;
    private boolean closed;

    /** @param maker makes the translator, or gives none (the texts are then never translated) */
    public LazyTranslator(Supplier<Optional<? extends Translator>> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    @Override
    public String toEnglish(String text, String language) {
        return translator().toEnglish(text, language);
    }

    @Override
    public Translation toNeighbour(String text, String language) {
        return translator().toNeighbour(text, language);
    }

    private synchronized Translator translator() {
        if (made == null) {
            made = closed ? NONE : maker.get().<Translator>map(t -> t).orElse(NONE);
        }
        return made;
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            if (made instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the machine translation: " + e.getMessage(), e);
        } finally {
            made = NONE;
        }
    }
}
