package org.clearance.evidence;

import java.util.List;

/**
 * The documents of one link: which are expected, which are held, which are missing.
 *
 * @param documented true when nothing expected is missing
 */
public record LinkEvidence(String supplier, String buyer, List<String> expected, List<String> present,
        List<DocumentKind> missing, boolean documented) {}
