package org.clearance.evidence;

import java.util.List;

/**
 * A kind of document CBP expects for a link, read from {@code documents.tsv} with its sources.
 *
 * @param kind         the id used in chain files ("invoice")
 * @param scope        which links need it: every link, raw-material links, raw cotton links, or none (a
 *                     document about the whole chain)
 * @param alternatives other kinds that meet the same need
 * @param description  what it is
 * @param blocks       what its absence leaves unproven
 */
public record DocumentKind(String kind, Scope scope, List<String> alternatives, String description, String blocks) {
    /** Which links need a document. */
    public enum Scope { EVERY, RAW, COTTON, CHAIN }
}
