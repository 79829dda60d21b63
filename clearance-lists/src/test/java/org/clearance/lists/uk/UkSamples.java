package org.clearance.lists.uk;

import java.io.IOException;
import java.nio.file.Path;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.lists.ListFormat;
import org.clearance.testing.SharedData;

/** The sample files written by the publisher's schema, and their parse. */
final class UkSamples {
    static final Path OFSI = SharedData.resource("/lists/uk/ofsi-conlist-sample.csv");
    static final Path FCDO = SharedData.resource("/lists/uk/fcdo-uk-sanctions-list-sample.xml");

    private UkSamples() {}

    static SharedData.Parsed parse(ListFormat format, Path file) throws IOException, ListParseException {
        return SharedData.parse(format, ListInput.of(file), "gb_sanctions");
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return SharedData.write(dir, name, text);
    }
}
