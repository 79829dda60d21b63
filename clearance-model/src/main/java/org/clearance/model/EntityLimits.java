package org.clearance.model;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * How large one entity may be: the one place the importer, the reader of stored entities and the
 * screening service take their size limits from, so that whatever an import stores every reader can
 * read back (a 21 MB name once imported fine and then made every reader fail on Jackson's own limit).
 * Each limit leaves tens of times the room the official lists need.
 */
public final class EntityLimits {
    /**
     * Characters in any one text of an entity or of a list file (a CSV field, an XML text node or
     * attribute, a JSON string). The longest on the official lists is a UN remark of 1,723; OFAC
     * cuts its remarks at 1,000 and continues them in another file.
     */
    public static final int MAX_TEXT_CHARS = 65_536;

    /** Characters in one name, listed or screened. The longest listed name has 165 (OFAC). */
    public static final int MAX_NAME_CHARS = 1_000;

    /**
     * Parts (words, and each Han character) in one screened name. The longest listed name has 23
     * words (OFAC); the scorer aligns every part of a query with every part of a candidate, so the
     * bound keeps one request's cost in proportion to real names.
     */
    public static final int MAX_NAME_PARTS = 100;

    /**
     * Characters in all the names of one screened party together. Retrieval searches by every term of every name in
     * one Lucene query, which Lucene refuses past 4,096 clauses: ten names of 1,000 characters made more (a 500),
     * while twice the longest name leaves room for a party's usual names and aliases.
     */
    public static final int MAX_QUERY_NAME_CHARS = 2 * MAX_NAME_CHARS;

    /** Names (primary, aliases, spellings) of one entity. The most on the lists today is 172 (OpenSanctions). */
    public static final int MAX_NAMES = 2_000;

    /** Bytes of one entity's stored JSON ({@link EntityJson}). */
    public static final int MAX_JSON_BYTES = 4 << 20;

    /**
     * What Jackson enforces where stored entities are read: exactly the limits an import checks, so
     * that the reader accepts everything the writer stored.
     */
    static final StreamReadConstraints READ = StreamReadConstraints.builder()
            .maxStringLength(MAX_TEXT_CHARS)
            .maxDocumentLength(MAX_JSON_BYTES)
            .build();

    private EntityLimits() {}

    /**
     * Why the entity may not be stored, naming the field, or null when it is within every limit.
     *
     * @param json its stored form, {@link EntityJson#writeBytes}
     */
    public static String problem(Entity e, byte[] json) {
        if (e.names().size() > MAX_NAMES) {
            return String.format("names: %,d names, over the limit of %,d", e.names().size(), MAX_NAMES);
        }
        for (int i = 0; i < e.names().size(); i++) {
            int length = e.names().get(i).full().length();
            if (length > MAX_NAME_CHARS) {
                return String.format("name %d: %,d characters, over the limit of %,d", i + 1, length, MAX_NAME_CHARS);
            }
        }
        if (json.length > MAX_JSON_BYTES) {
            return String.format("%,d bytes as stored, over the limit of %,d", json.length, MAX_JSON_BYTES);
        }
        return EntityJson.unreadable(json);
    }
}
