package org.clearance.web;

/**
 * One party of an uploaded file, as written in it (fields stripped; empty when not given).
 *
 * @param row        the row number a spreadsheet shows (the header is row 1), for messages and the results
 * @param type       person, company, vessel or any (empty means any)
 * @param birthDate  as written, already checked to be a date
 */
record PartyRow(long row, String id, String name, String type, String birthDate, String country, String identifier) {}
