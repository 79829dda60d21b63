package org.clearance.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.io.Folders;
import org.clearance.io.ListParseException;
import org.clearance.io.TsvResource;

/**
 * The dated, compressed copy of the official lists that ships inside Clearance, so that it works
 * offline from the first run. {@code manifest.tsv} beside the files names each file, its dataset,
 * its publication date and where the copy came from.
 */
public final class Snapshot {
    private static final String DIR = "/org/clearance/snapshot/";

    /** One bundled file. */
    public record Item(String dataset, LocalDate published, String file, String origin) {}

    private Snapshot() {}

    /** The bundled files in load order. */
    public static List<Item> items() {
        return TsvResource.rows(Snapshot.class, DIR + "manifest.tsv").stream()
                .map(f -> new Item(f[0], LocalDate.parse(f[1]), f[2], f[3])).toList();
    }

    /** Loads every bundled file into the store; files already stored are recognised and skipped. */
    public static List<ImportResult> load(ListImporter importer) throws IOException, ListParseException {
        Path tmp = Files.createTempDirectory("clearance-snapshot");
        try {
            List<ImportResult> results = new ArrayList<>();
            for (Item item : items()) {
                Path file = tmp.resolve(item.file());
                try (InputStream in = Snapshot.class.getResourceAsStream(DIR + item.file())) {
                    if (in == null) {
                        throw new IllegalStateException("bundled snapshot file missing from the build: " + item.file());
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                results.addAll(importer.importFiles(List.of(file), item.dataset(), item.published()));
            }
            return results;
        } finally {
            Folders.delete(tmp);
        }
    }
}
