package org.clearance.supplychain.sectors;

/**
 * One UFLPA high-priority sector for enforcement, as the Forced Labor Enforcement Task Force named it.
 *
 * @param id stable identifier used in the data files and by callers ({@code cotton_apparel}, {@code tomatoes} ...)
 * @param name the sector's name as the Strategy writes it
 * @param namedYear the year of the Strategy or Strategy update that first named the sector
 * @param source the document that named it
 */
public record Sector(String id, String name, int namedYear, String source) {}
