package org.clearance.store;

/**
 * The database cannot be reached (refused, lost or out of connections). Nothing of the operation
 * was stored; trying again later may succeed, which is why callers tell it from other store failures.
 */
public final class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
