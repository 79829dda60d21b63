package org.clearance.lists.uflpa;

import java.util.List;

/**
 * The names one cell of the DHS table gives, taken apart.
 *
 * @param primary      the entity's name
 * @param aliases      "also known as", "(and two aliases: ...)"
 * @param formerNames  "formerly known as", kept apart from aliases
 * @param subsidiaries subsidiaries the cell lists by name, each a listed entity of its own
 * @param notes        what the cell says that is no name: "its subordinate and affiliated entities",
 *                     subsidiaries it does not name, an alias count that does not match the names
 */
record UflpaNames(String primary, List<String> aliases, List<String> formerNames, List<UflpaNames> subsidiaries,
        List<String> notes) {
    UflpaNames {
        aliases = List.copyOf(aliases);
        formerNames = List.copyOf(formerNames);
        subsidiaries = List.copyOf(subsidiaries);
        notes = List.copyOf(notes);
    }
}
