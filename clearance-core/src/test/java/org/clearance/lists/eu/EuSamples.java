package org.clearance.lists.eu;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListInput;
import org.clearance.lists.ListMetadata;
import org.clearance.lists.ListParseException;
import org.clearance.model.Entity;

/** Test helpers: the sample files and a parse that collects what it emits. */
final class EuSamples {
    static final Path XML = resource("/lists/eu/eu-fsf-sample.xml");
    static final Path CSV = resource("/lists/eu/eu-fsf-sample.csv");

    private EuSamples() {}

    record Parsed(ListMetadata metadata, List<Entity> entities) {
        Entity byId(String id) {
            return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }
    }

    static Parsed parse(ListFormat format, Path file) throws IOException, ListParseException {
        List<Entity> out = new ArrayList<>();
        ListMetadata m = format.parse(ListInput.of(file), format.defaultDataset(null), out::add);
        return new Parsed(m, out);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Path resource(String name) {
        try {
            return Path.of(EuSamples.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
