package org.clearance.match;

import java.util.List;
import org.clearance.model.NameKind;

/** A name as written and its comparable parts. */
record PreparedName(String original, NameKind kind, List<Token> tokens) {}
