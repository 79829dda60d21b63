package org.clearance.match;

import java.util.List;
import java.util.Set;
import org.clearance.model.Entity;

/**
 * A list entry prepared for scoring: its names tokenised and weighted, its countries as ISO codes and
 * its identifiers in comparable form, computed once when the index is opened.
 */
record Candidate(Entity entity, List<PreparedName> names, Set<String> countries, Set<String> identifiers) {}
