package org.clearance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Linker;
import org.clearance.model.Entity;

/**
 * One match index of the real lists in {@code shared/data}, built and linked across lists on first use (as
 * the store's index cache builds one) and shared by every test
 * class in the JVM: building it takes seconds, and Surefire runs all classes of a module in one JVM.
 * Tests must not close it; it is closed and its folder deleted when the JVM exits.
 */
public final class ListsIndex {
    /** The lists screened: OFAC SDN, the UFLPA Entity List, the UN and Canadian consolidated lists. */
    public static final List<String> FILES = List.of("lists/ofac/sdn.csv", "uflpa/uflpa_entity_list.csv",
            "lists/un/consolidated.xml", "lists/ca/sema-autonomous-sanctions.xml");

    private static List<Entity> entities;
    private static MatchIndex index;

    private ListsIndex() {}

    /** Every entity of {@link #FILES}, as parsed. */
    public static synchronized List<Entity> entities() {
        if (entities == null) {
            entities = List.copyOf(parse());
        }
        return entities;
    }

    /** The index of {@link #entities()}. */
    public static synchronized MatchIndex get() {
        if (index == null) {
            index = build(entities());
        }
        return index;
    }

    /** The one entity with this primary name (its caption) in this dataset. */
    public static Entity byCaption(String dataset, String caption) {
        List<Entity> found = entities().stream().filter(e -> e.dataset().equals(dataset) && e.caption().equals(caption)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " entities named '" + caption + "' in " + dataset);
        }
        return found.get(0);
    }

    private static List<Entity> parse() {
        List<Entity> all = new ArrayList<>();
        try {
            for (String f : FILES) {
                ListInput in = ListInput.of(SharedData.path(f));
                ListFormat format = ListFormats.detect(in);
                format.parse(in, format.defaultDataset(Sniff.of(in)), all::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ListParseException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static MatchIndex build(List<Entity> all) {
        try {
            Path dir = Files.createTempDirectory("clearance-lists-index");
            MatchIndex.build(all, dir);
            Linker.linkInto(dir);
            MatchIndex opened = MatchIndex.open(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(opened, dir)));
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeAndDelete(MatchIndex opened, Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            opened.close();
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the JVM is exiting: a temporary folder left behind is no reason to fail the build
        }
    }
}
