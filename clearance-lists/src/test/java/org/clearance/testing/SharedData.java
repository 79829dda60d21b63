package org.clearance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/** The real list files in ../shared/data that tests read, and small helpers around them. */
public final class SharedData {
    private SharedData() {}

    /** A file under {@code shared/data}, failing clearly when the folder is not beside the checkout. */
    public static Path path(String relative) {
        String root = System.getProperty("clearance.shared");
        if (root == null) {
            throw new IllegalStateException("system property clearance.shared is not set (run the tests through Maven)");
        }
        Path p = Path.of(root, "data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data file missing: " + p);
        }
        return p;
    }

    /** A test resource on the classpath, as a file. */
    public static Path resource(String name) {
        try {
            return Path.of(SharedData.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

    /** Writes a small test file. */
    public static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Parses a whole input into a list. */
    public static Parsed parse(ListFormat format, ListInput input, String dataset) throws IOException, ListParseException {
        List<Entity> out = new ArrayList<>();
        ListMetadata meta = format.parse(input, dataset, (Consumer<Entity>) out::add);
        return new Parsed(out, meta);
    }

    /** The entities of one parse with the file's own metadata. */
    public record Parsed(List<Entity> entities, ListMetadata metadata) {
        public Entity byId(String id) {
            return entities.stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no entity with id " + id));
        }

        public Entity bySourceId(String sourceId) {
            return entities.stream().filter(e -> e.sourceId().equals(sourceId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no entity with source id " + sourceId));
        }
    }
}
