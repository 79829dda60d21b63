package org.clearance.cli;

import org.clearance.match.batch.BadFieldException;
import org.clearance.match.batch.PartyRows;
import org.clearance.model.Schema;

/** Reads schema names as users type them (FtM names, any case), as a party file's schema column is read. */
final class Schemas {
    private Schemas() {}

    static Schema parse(String text) throws Errors.UserException {
        try {
            return PartyRows.schema(text);
        } catch (BadFieldException e) {
            throw new Errors.UserException(e.reason());
        }
    }
}
