package org.clearance.store;

import org.clearance.model.Entity;

/**
 * An entity as stored, with the version it was read from.
 *
 * @param current whether that version is the dataset's current one; false means the entry was
 *                removed since (delisted) and this is its last listed form
 */
public record StoredEntity(Entity entity, VersionInfo version, boolean current) {}
