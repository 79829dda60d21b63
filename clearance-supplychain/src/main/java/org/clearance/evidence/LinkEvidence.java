package org.clearance.evidence;

import java.util.List;

/**
 * The documents of one link: which are expected, which are held, which are missing.
 *
 * @param unrecognised documents named in the chain file that are no known kind (a misspelling): not
 *                     counted as held
 * @param documented   true when nothing expected is missing
 */
public record LinkEvidence(String supplier, String buyer, List<String> expected, List<String> present,
        List<DocumentKind> missing, List<String> unrecognised, boolean documented) {}
