package org.clearance.lists.csl;

/**
 * One entry of a CSL record's {@code ids}: the JSON object {@code {type, number, country, issue_date,
 * expiration_date}}, or one "; "-separated part of the CSV column. Besides documents, trade.gov puts
 * OFAC's other features here ("Gender", "Website", "Secondary sanctions risk:"), all as a type and a
 * value; {@link CslIdentifiers} sorts them out.
 *
 * @param type           the source's label, as written
 * @param number         the value, as written (may be empty)
 * @param country        issuing country, or empty
 * @param issueDate      issue date as written, or empty
 * @param expirationDate expiry as written, or empty
 */
record CslId(String type, String number, String country, String issueDate, String expirationDate) {}
