package org.clearance.cli;

import java.util.Arrays;
import org.clearance.model.Schema;

/** Reads schema names as users type them (FtM names, any case). */
final class Schemas {
    private Schemas() {}

    static Schema parse(String text) throws Errors.UserException {
        if (text == null || text.isBlank()) {
            return Schema.LEGAL_ENTITY;
        }
        return Schema.ofTyped(text).orElseThrow(() -> new Errors.UserException(
                "unknown schema '" + text + "'; use one of " + String.join(", ", Arrays.stream(Schema.values()).map(Schema::ftmName).toList())));
    }
}
