package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.index.Fields;

class ChunkKeysTest {
    private static Document chunk(String source, String tkey, String lang) {
        Document d = new Document();
        d.add(new StoredField(Fields.SOURCE, source));
        if (tkey != null) {
            d.add(new StoredField(Fields.TKEY, tkey));
        }
        d.add(new StoredField(Fields.LANG, lang));
        return d;
    }

    @Test
    void the_keys_of_every_chunk_are_those_stored_whatever_its_segment_and_a_new_reader_sees_new_segments()
            throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(chunk("a.md", "guide", "en"));
            writer.addDocument(chunk("a-fr.md", "guide", "fr"));
            writer.commit();
            writer.addDocument(chunk("b.md", null, "es"));
            writer.commit();
            ChunkKeys keys = new ChunkKeys();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(2);
                assertThat(keys.of(reader, 0)).isEqualTo(new ChunkKeys.Keys("a.md", "guide", "en"));
                assertThat(keys.of(reader, 1)).isEqualTo(new ChunkKeys.Keys("a-fr.md", "guide", "fr"));
                assertThat(keys.of(reader, 2)).isEqualTo(new ChunkKeys.Keys("b.md", null, "es"));
            }
            writer.addDocument(chunk("c.md", "c", "en"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(keys.of(reader, 0).source()).isEqualTo("a.md");
                assertThat(keys.of(reader, 3)).isEqualTo(new ChunkKeys.Keys("c.md", "c", "en"));
            }
        }
    }
}
