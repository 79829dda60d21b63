package org.clearance.model;

import java.time.LocalDate;

/**
 * The listing of an entity under one programme.
 *
 * @param authority   who lists it ("US Treasury OFAC", "UN Security Council", "US DHS FLETF")
 * @param program     programme code or name as the source writes it ("SDGT", "GLOMAG", "UFLPA 2(d)(2)(B)(i)")
 * @param listedOn    date of listing where the source gives it, else null
 * @param reason      reason or remarks the source gives for the listing, else null
 */
public record Sanction(String authority, String program, LocalDate listedOn, String reason) {}
