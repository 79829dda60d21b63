package org.clearance.lists.csl;

import java.util.List;
import org.clearance.model.Address;

/**
 * One record of the Consolidated Screening List, whichever file it came from. The CSV and the JSON
 * download carry the same fields under the same names (trade.gov flattens the JSON into the CSV), so
 * one mapper reads both through this view.
 */
interface CslFields {
    /** 1-based line where the record starts, for error messages. */
    long line();

    /** trade.gov's own record id ({@code _id} in the CSV, {@code id} in the JSON), or empty. */
    String recordId();

    /** A single-valued field, stripped; empty when absent. */
    String text(String field);

    /** A multi-valued field, one value per element, each stripped and none empty. */
    List<String> values(String field);

    List<Address> addresses();

    List<CslId> ids();
}
