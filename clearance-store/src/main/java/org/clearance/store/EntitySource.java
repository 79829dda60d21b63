package org.clearance.store;

import java.io.IOException;
import java.util.function.Consumer;
import org.clearance.io.ListParseException;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/** Something that streams the entities of one list version: in practice a format parsing a file. */
@FunctionalInterface
public interface EntitySource {
    ListMetadata writeTo(Consumer<Entity> sink) throws IOException, ListParseException;
}
