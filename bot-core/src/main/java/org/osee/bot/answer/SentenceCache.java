package org.osee.bot.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osee.knowledge.Passage;

/** A small thread-safe least-recently-used cache of the sentences of passages, keyed by language and text. */
final class SentenceCache {
    private final Map<String, List<ExtractiveComposer.Candidate>> entries;
    private final Function<Passage, List<ExtractiveComposer.Candidate>> splitter;

    SentenceCache(int capacity, Function<Passage, List<ExtractiveComposer.Candidate>> splitter) {
        this.splitter = splitter;
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<ExtractiveComposer.Candidate>> eldest) {
                return size() > capacity;
            }
        };
    }

    List<ExtractiveComposer.Candidate> get(Passage passage) {
        String key = passage.language() + '\u0000' + passage.text();
        synchronized (entries) {
            List<ExtractiveComposer.Candidate> hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<ExtractiveComposer.Candidate> computed = splitter.apply(passage);
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
