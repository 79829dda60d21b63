package org.clearance.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.model.Entity;
import org.clearance.model.EntityJson;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.Sanction;
import org.clearance.store.ListStore;
import org.clearance.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance lists show ENTITY_ID}: everything a list says about one entry. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one entry: names, identifiers, programmes, addresses and where it comes from.")
final class ListsShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENTITY_ID", description = "e.g. us_ofac_sdn-29299")
    String id;

    @Option(names = "--json", description = "Print the stored JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ListStore store = Home.openStore(spec.commandLine().getErr())) {
            StoredEntity s = store.entity(id).orElseThrow(() -> new Errors.UserException(
                    "no entry with id '" + id + "' (ids look like us_ofac_sdn-29299: dataset, dash, the source's id)"));
            if (json) {
                out.println(EntityJson.write(s.entity()));
            } else {
                print(s, out);
            }
            out.flush();
        }
        return 0;
    }

    private static void print(StoredEntity s, PrintWriter out) {
        Entity e = s.entity();
        out.printf("%s  [%s]%n", e.caption(), e.schema().ftmName());
        out.printf("  id: %s  (dataset %s, source id %s)%n", e.id(), e.dataset(), e.sourceId());
        out.printf("  version: %d, published %s%s%n", s.version().id(), s.version().publicationDate(),
                s.current() ? "" : "  -- NOT in the current version: removed (delisted) since");
        out.println("  names:");
        for (Name n : e.names()) {
            out.printf("    %-15s %s%s%n", n.kind().name().toLowerCase().replace('_', ' '), n.full(),
                    n.lang() == null ? "" : "  (" + n.lang() + ")");
        }
        list(out, "birth dates", e.birthDates().stream().map(Object::toString).toList());
        list(out, "birth places", e.birthPlaces());
        list(out, "nationalities", e.nationalities());
        list(out, "countries", e.countries());
        if (e.gender() != null) {
            out.println("  gender: " + e.gender());
        }
        list(out, "positions", e.positions());
        list(out, "identifiers", e.identifiers().stream().map(ListsShowCommand::identifier).toList());
        list(out, "addresses", e.addresses().stream().map(a -> a.full()).toList());
        list(out, "sanctions", e.sanctions().stream().map(ListsShowCommand::sanction).toList());
        list(out, "relations", e.relations().stream().map(r -> r.kind() + ": " + r.targetName()).toList());
        e.properties().forEach((k, v) -> list(out, k, v));
        list(out, "notes", e.notes());
        if (e.sourceUrl() != null) {
            out.println("  source: " + e.sourceUrl());
        }
    }

    private static String identifier(Identifier i) {
        return i.label() + " " + i.value() + (i.country() == null ? "" : " (" + i.country() + ")")
                + (i.note() == null ? "" : " " + i.note()) + "  [" + i.type().name().toLowerCase() + "]";
    }

    private static String sanction(Sanction s) {
        return s.authority() + ": " + s.program() + (s.listedOn() == null ? "" : ", listed " + s.listedOn())
                + (s.reason() == null ? "" : " -- " + s.reason());
    }

    private static void list(PrintWriter out, String label, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            out.printf("  %s: %s%n", label, values.get(0));
            return;
        }
        out.printf("  %s:%n", label);
        values.forEach(v -> out.println("    " + v));
    }
}
