package org.osee.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ReaderCacheTest {
    @Test
    void a_value_is_computed_once_per_reader_and_again_for_a_new_one() throws IOException {
        ReaderCache<Integer> cache = new ReaderCache<>();
        AtomicInteger computed = new AtomicInteger();
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(doc("a"));
            writer.commit();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                assertThat(cache.get(first.getReaderCacheHelper(), computed::incrementAndGet)).isEqualTo(1);
                assertThat(cache.get(first.getReaderCacheHelper(), computed::incrementAndGet)).isEqualTo(1);

                writer.addDocument(doc("b"));
                writer.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    assertThat(cache.get(second.getReaderCacheHelper(), computed::incrementAndGet)).isEqualTo(2);
                }
            }
        }
        assertThat(cache.get(null, computed::incrementAndGet)).as("no cache key: computed each time").isEqualTo(3);
        assertThat(cache.get(null, computed::incrementAndGet)).isEqualTo(4);
    }

    private static Document doc(String id) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        return d;
    }
}
