package org.osee.knowledge;

import java.util.Objects;

/**
 * A name a question uses that stands for one collection of documents: "the Standard for Public Code", "the CMS
 * OSPO", "the TODO Group". A collection is a top-level folder of what was ingested (the first part of a document's
 * source path); the name stands for it when most of the documents that mention the name are in it.
 *
 * @param name       the name as the question writes it
 * @param collection the folder, without a trailing slash
 */
public record CollectionName(String name, String collection) {
    public CollectionName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
    }

    /** Whether the document at this source path is in the collection. */
    public boolean holds(String source) {
        return source != null && source.startsWith(collection + "/");
    }
}
