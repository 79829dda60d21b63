package org.clearance.api;

import java.util.List;
import org.clearance.match.Feature;

/**
 * The {@code algorithm} parameter. Clearance has one scorer; yente's algorithm names are accepted so
 * that clients written for yente work unchanged, and all of them run that scorer.
 */
final class Algorithms {
    /** The name the responses give the scorer. */
    static final String NAME = "clearance-v1";
    /** yente's algorithm names (as of yente 4/5), answered with Clearance's scorer instead. */
    static final List<String> YENTE_NAMES = List.of("best", "default", "logic-v1", "logic-v2", "regression-v1",
            "regression-v2", "regression-v3", "name-based", "name-qualified");
    static final String DESCRIPTION = "Clearance's scorer: name part alignment across scripts (readings of Chinese and "
            + "Uyghur names, transliteration, phonetic and typo matches), with identifiers, birth dates, countries "
            + "and gender; see docs/ARCHITECTURE.md, 'The path of one screening'.";

    private Algorithms() {}

    /** The scorer in yente's {@code Algorithm} shape. */
    static com.fasterxml.jackson.databind.node.ObjectNode describe() {
        var o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.put("name", NAME).put("description", DESCRIPTION);
        // yente's shape: each feature's name and what it measures
        var features = o.putObject("features");
        for (Feature f : Feature.values()) {
            features.put(f.id(), f.description());
        }
        return o;
    }

    /** The algorithm to report, or a 400 naming those accepted. */
    static String require(String name) {
        if (name == null || name.isBlank() || name.equals(NAME) || YENTE_NAMES.contains(name)) {
            return NAME;
        }
        throw ApiException.badRequest("algorithm: unknown algorithm '" + name + "'; algorithms: " + NAME
                + " (yente's names " + String.join(", ", YENTE_NAMES) + " are accepted and run it)");
    }
}
