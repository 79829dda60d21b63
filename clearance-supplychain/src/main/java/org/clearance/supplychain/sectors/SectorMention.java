package org.clearance.supplychain.sectors;

/**
 * One occurrence of a sector phrase in a text.
 *
 * @param sectorId    the {@link Sector#id()}
 * @param sectorName  the {@link Sector#name()}
 * @param matchedText the text as written, {@code text.substring(start, end)}
 * @param start       UTF-16 offset of the first char in the text
 * @param end         UTF-16 offset after the last char
 * @param phrase      the phrase of {@code sector-words.tsv} that matched, folded ("cotton yarn" for "Cotton Yarns")
 * @param weight      0..1, how strongly this phrase alone shows the sector ({@code sector-words.tsv})
 */
public record SectorMention(String sectorId, String sectorName, String matchedText, int start, int end, String phrase,
        double weight) {}
