package org.clearance.supplychain.sectors;

/**
 * A reason to think a good belongs to a high-priority sector.
 *
 * @param sectorId the {@link Sector#id()}
 * @param sectorName the {@link Sector#name()}
 * @param evidence what matched, readable by an analyst ("HS 5205: cotton yarn ...", "'棉纱' at 0-2")
 * @param confidence 0..1, how strongly the evidence shows the sector
 */
public record SectorHit(String sectorId, String sectorName, String evidence, double confidence) {}
