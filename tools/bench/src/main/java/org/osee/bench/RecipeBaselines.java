package org.osee.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osee.app.eval.Baselines;

/** The two baselines a user would otherwise pick: BM25 over whole files, and langchain4j's default RAG recipe. */
public final class RecipeBaselines implements Baselines {
    @Override
    public Map<String, BaselineBuilder> builders() {
        Map<String, BaselineBuilder> builders = new LinkedHashMap<>();
        builders.put("bm25_whole_files", WholeFileBm25Baseline::new);
        builders.put("langchain4j_recipe", LangChain4jRecipeBaseline::new);
        return builders;
    }
}
