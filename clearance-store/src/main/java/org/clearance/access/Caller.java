package org.clearance.access;

/**
 * Who makes a request: the name of their API key and its role. Four-eyes rules compare names, so
 * each person needs a key of their own.
 */
public record Caller(String name, Role role) {
    /** As the audit log names this caller. */
    public String actor() {
        return org.clearance.audit.Actors.apiKey(name);
    }
}
