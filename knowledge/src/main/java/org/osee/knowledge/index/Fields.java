package org.osee.knowledge.index;

import java.util.List;

/**
 * Names of the index fields. Chunk documents hold the text twice: in the field of their language
 * ({@code body_en}, {@code body_fr}...), analyzed with that language's stemmer, and in
 * {@code body_all}, folded and unstemmed, so any query can match any language. Title and heading
 * path are indexed the same way in {@code head_*}. One "file" document per ingested file records
 * its content hash, and its translation key, language, title and URL (the versions of a document
 * are the file documents sharing a translation key).
 */
public final class Fields {
    /** Languages with their own analyzer. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");

    public static final String KIND = "kind";
    public static final String KIND_CHUNK = "chunk";
    public static final String KIND_FILE = "file";
    public static final String KEY = "key";
    public static final String ROOT = "root";
    public static final String SOURCE = "source";
    public static final String HASH = "hash";
    public static final String TITLE = "title";
    public static final String SECTION = "section";
    public static final String URL = "url";
    public static final String LANG = "lang";
    public static final String TEXT = "text";
    public static final String BODY_ALL = "body_all";
    public static final String HEAD_ALL = "head_all";
    public static final String VECTOR = "vector";
    /** The translation key ({@link org.osee.knowledge.load.Translations}) on chunk and file documents. */
    public static final String TKEY = "tkey";

    private Fields() {
    }

    public static String body(String lang) {
        return "body_" + lang;
    }

    public static String head(String lang) {
        return "head_" + lang;
    }

    /** The identity of a file across runs: its absolute root and its source path under it. */
    public static String key(String root, String source) {
        return root + "\u0000" + source;
    }
}
