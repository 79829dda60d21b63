package org.clearance.supplychain.places;

/**
 * One mention of a Xinjiang place in a text.
 *
 * @param matchedText  the text as written, {@code text.substring(start, end)}
 * @param start        offset of the first char in the original text
 * @param end          offset after the last char in the original text
 * @param placeChinese the place's official Chinese name (e.g. 阿克苏地区, 第八师)
 * @param placeName    its usual English or pinyin name (e.g. Aksu, XPCC 8th Division)
 * @param level        region, prefecture, county, xpcc_division or xpcc_city
 * @param prefecture   the Chinese name of its prefecture (for XPCC cities: their division); empty for the region
 * @param confidence   0..1: how surely these words name the place here (lower for common words, products, places
 *                     of the same name elsewhere)
 */
public record PlaceMention(String matchedText, int start, int end, String placeChinese, String placeName,
        String level, String prefecture, double confidence) {}
