package org.clearance.lists;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.model.Entity;

/**
 * One native list format and its streaming parser. Each lives in the package of its publisher
 * ({@code lists.ofac}, {@code lists.un}, ...) and is registered in {@link ListFormats}.
 */
public interface ListFormat {
    /** Short stable id, e.g. {@code ofac-legacy-xml}. */
    String id();

    /** What the format is, for users: publisher and file. */
    String description();

    /** Whether the file's head is this format. Must be cheap and must not throw. */
    boolean accepts(Sniff sniff);

    /**
     * The role of a file that holds part of this format's data but is no list on its own (OFAC's
     * {@code add.csv} is this format's "add"), or null. Companions are given with the main file.
     */
    default String companionRole(Sniff sniff) {
        return null;
    }

    /** The companion roles a main file of this format can take. */
    default Set<String> companionRoles() {
        return Set.of();
    }

    /**
     * Why and since when the publisher no longer updates files of this format, for a warning wherever
     * such a file is imported or its version shown; null while the format is current.
     */
    default String retired() {
        return null;
    }

    /** The dataset a file of this format belongs to when the user does not say. */
    String defaultDataset(Sniff sniff);

    /**
     * Reads the whole file, handing each entry to {@code sink} as soon as it is complete, and
     * returns what the file says about itself.
     *
     * @param dataset the dataset id the entities get
     * @throws ListParseException naming the file, position and field of the first structural error
     */
    ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink) throws IOException, ListParseException;
}
