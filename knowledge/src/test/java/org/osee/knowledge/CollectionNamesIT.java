package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which names of a question stand for a collection, read from a real index. */
class CollectionNamesIT {
    @TempDir
    Path dir;

    @Test
    void a_name_mentioned_mostly_in_one_folder_stands_for_that_folder() throws IOException {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, "civic-code/foreword.md", "# Foreword\n\nThe Civic Code Standard helps public bodies "
                + "share code. The Civic Code Standard is for policy makers and developers alike.\n");
        TestCorpus.write(corpus, "civic-code/governance.md", "# Governance\n\nChanges to the Civic Code Standard are "
                + "agreed by its community council every year.\n");
        TestCorpus.write(corpus, "civic-code/criteria/open-formats.md", "# Use open formats\n\nPolicy makers require "
                + "open formats for all data exchanged between public bodies.\n");
        TestCorpus.write(corpus, "blog/news.md", "# News\n\nOur city adopted the Civic Code Standard this spring, and "
                + "the Open Data Charter too. We also published our Mobility Plan.\n");
        TestCorpus.write(corpus, "charters/open-data.md", "# Charters\n\nThe Open Data Charter asks cities to publish "
                + "data by default.\n");
        TestCorpus.write(corpus, "civic-code/criteria/open-data.md", "# Open data\n\nFollow the Open Data Charter when "
                + "you publish data.\n");
        for (String post : new String[] {"spring", "summer", "autumn"}) {
            TestCorpus.write(corpus, "blog/" + post + ".md", "# News of the " + post + "\n\nWe read the Civic "
                    + "Handbook again this " + post + " and liked its chapter on procurement.\n");
        }
        TestCorpus.write(corpus, "handbooks/civic-handbook/intro.md", "# Introduction\n\nThe Civic Handbook "
                + "explains how cities share software.\n");
        try (KnowledgeBase kb = TestCorpus.ingested(dir, corpus)) {
            Retriever retriever = kb.retriever();

            assertThat(retriever.collectionsNamed(
                    "Does the Civic Code Standard say what policy makers must do about formats?"))
                    .containsExactly(new CollectionName("Civic Code Standard", "civic-code"));
            assertThat(retriever.collectionsNamed("What does the Open Data Charter ask of cities?"))
                    .as("a name spread over three folders stands for none").isEmpty();
            assertThat(retriever.collectionsNamed("Where is the Mobility Plan?"))
                    .as("a name in one document only").isEmpty();
            assertThat(retriever.collectionsNamed("What does the Unknown Thing Standard say?")).isEmpty();
            assertThat(retriever.collectionsNamed("What does the Civic Handbook say about procurement?"))
                    .as("the folder named after it, though a blog mentions it more")
                    .containsExactly(new CollectionName("Civic Handbook", "handbooks/civic-handbook"));
            StringBuilder hostile = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                hostile.append("Name").append(i).append(" Other").append(i).append(", ");
            }
            assertThat(retriever.collectionsNamed(hostile + "and the Civic Code Standard?")).isEmpty();
            assertThat(retriever.collectionsNamed("Civic Code Standard? " + hostile))
                    .containsExactly(new CollectionName("Civic Code Standard", "civic-code"));
        }
    }
}
