package org.clearance.model;

/**
 * A link the source states between this entity and another party ("Linked To:", "subsidiary of").
 *
 * @param kind       the relation as the source words it, lower case ("linked to", "subsidiary", "owned by")
 * @param targetName the other party's name as written
 * @param targetId   the other party's entity id where the source names it unambiguously, else null
 */
public record Relation(String kind, String targetName, String targetId) {}
