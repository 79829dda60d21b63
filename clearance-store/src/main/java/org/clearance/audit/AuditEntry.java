package org.clearance.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * One entry of the audit log, as stored.
 *
 * @param actor    who did it: {@code key:<name>} for an API key, {@code cli:<user>} for a command
 * @param action   what was done, e.g. {@code list.import}, {@code screen}, {@code alert.decide}
 * @param subject  what it was done to, e.g. a dataset version, a party or an alert id
 * @param detail   the particulars as a JSON object, exactly as stored and hashed
 * @param prevHash the hash of the entry before, 64 zeros for the first
 * @param hash     SHA-256 over all the fields above and {@code seq} and {@code at}
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
        String prevHash, String hash) {

    /** What the first entry links to: there is no entry before it. */
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The hash an entry with these fields must carry. The fields are hashed as one JSON array, so no
     * value can be shifted into its neighbour (as with plain concatenation) to forge the same hash.
     */
    static String hashOf(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash) {
        try {
            return DigestUtils.sha256Hex(JSON.writeValueAsBytes(new Object[] {prevHash, seq, at.toString(), actor, action,
                    subject, detail}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and numbers always serialise", e);
        }
    }

    /** Whether the stored hash is the hash of the stored fields. */
    boolean intact() {
        return hash.equals(hashOf(seq, at, actor, action, subject, detail, prevHash));
    }
}
