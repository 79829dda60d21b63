package org.clearance.web;

import java.util.List;

/**
 * An uploaded file read: the parties to screen and the rows refused, in file order. Blank rows are
 * counted, not kept, so that the summary accounts for every row of the file.
 */
record PartyFile(String name, List<PartyRow> parties, List<RowProblem> refused, int blankRows) {
    PartyFile {
        parties = List.copyOf(parties);
        refused = List.copyOf(refused);
    }
}
