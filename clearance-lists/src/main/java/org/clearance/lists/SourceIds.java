package org.clearance.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Source ids for lists that give none, and a guard that no two entities of one file share an id.
 *
 * <p>An id made from a record's content stays the same from one edition of the list to the next as
 * long as that content does, which is what a diff between editions needs. Official files repeat some
 * records verbatim (the BIS DPL lists DAQING ZHOU twice); both records stay entities, the repeat
 * getting a {@code -2} suffix, because a streaming parser cannot merge them without holding the file
 * and dropping one would hide what the source says.
 */
public final class SourceIds {
    /** 16 hex digits (64 bits): collisions among a few thousand records are out of reach. */
    private static final int HASH_HEX_DIGITS = 16;

    private final Set<String> claimed = new HashSet<>();

    /** A stable short hash of the parts, joined with a separator that does not occur in list text. */
    public static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code base} the first time it is claimed in this file, then {@code base-2}, {@code base-3}, ... */
    public String unique(String base) {
        String id = base;
        for (int n = 2; !claimed.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
