package org.osee.app.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.Retriever;

/**
 * The retrieval baselines that {@code osee eval --baselines} and {@code osee bench} compare the hybrid index with.
 * They are not in the runtime jar ({@code osee.jar}): the bench tool ({@code tools/bench}) carries them and the
 * full-precision embedding model one of them needs, and registers its implementation in
 * {@code META-INF/services/org.osee.app.eval.Baselines}.
 */
public interface Baselines {
    /** Builds every baseline over the documents under {@code corpus}, keyed by the name reported beside "hybrid". */
    Map<String, BaselineBuilder> builders();

    /** Builds one baseline retriever over a corpus folder (may take minutes: the recipe embeds every chunk). */
    @FunctionalInterface
    interface BaselineBuilder {
        Retriever build(Path corpus);
    }

    /** The installed baselines, or a clear error naming the tool that has them. */
    static Baselines installed() {
        return ServiceLoader.load(Baselines.class).findFirst().orElseThrow(() -> new BadInputException(
                "the baselines are not in osee.jar (it carries only what serving needs): run the same command with "
                        + "tools/bench/osee-bench instead of ./osee"));
    }
}
