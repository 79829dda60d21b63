package org.clearance.model;

/**
 * What a name is to its entity. Former names stay apart from aliases: a company that used a name
 * years ago may be a weaker lead than a current alias, and screeners want to say which they hit.
 */
public enum NameKind {
    /** The name the source lists the entry under. */
    PRIMARY,
    /** A strong alias ("a.k.a.", "also known as"). */
    ALIAS,
    /** A weak or low-quality alias (OFAC "weak" a.k.a., FtM {@code weakAlias}): often a nickname. */
    WEAK_ALIAS,
    /** A former name ("f.k.a.", "formerly known as"). */
    FORMER,
    /** A name in another script or language given by the source as a rendering of the primary. */
    ORIGINAL_SCRIPT
}
