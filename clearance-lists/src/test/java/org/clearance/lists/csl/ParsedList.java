package org.clearance.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.clearance.io.ListInput;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/** A list file parsed whole, for tests. */
record ParsedList(List<Entity> entities, ListMetadata metadata, long nanos) {
    static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), relative);
    }

    static ParsedList parse(ListFormat format, Path file, String dataset) throws Exception {
        List<Entity> out = new ArrayList<>();
        long start = System.nanoTime();
        ListMetadata meta = format.parse(ListInput.of(file), dataset, out::add);
        return new ParsedList(out, meta, System.nanoTime() - start);
    }

    Entity one(Predicate<Entity> which) {
        List<Entity> hits = entities.stream().filter(which).toList();
        assertThat(hits).hasSize(1);
        return hits.get(0);
    }

    Entity named(String primary) {
        return one(e -> e.caption().equals(primary));
    }

    List<Entity> allNamed(String primary) {
        return entities.stream().filter(e -> e.caption().equals(primary)).toList();
    }
}
