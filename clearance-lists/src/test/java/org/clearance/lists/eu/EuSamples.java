package org.clearance.lists.eu;

import java.io.IOException;
import java.nio.file.Path;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.lists.ListFormat;
import org.clearance.testing.SharedData;

/** The sample files written by the publisher's schema, and their parse. */
final class EuSamples {
    static final Path XML = SharedData.resource("/lists/eu/eu-fsf-sample.xml");
    static final Path CSV = SharedData.resource("/lists/eu/eu-fsf-sample.csv");

    private EuSamples() {}

    static SharedData.Parsed parse(ListFormat format, Path file) throws IOException, ListParseException {
        return SharedData.parse(format, ListInput.of(file), format.defaultDataset(null));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return SharedData.write(dir, name, text);
    }
}
