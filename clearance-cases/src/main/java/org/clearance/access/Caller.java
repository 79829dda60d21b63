package org.clearance.access;

import org.clearance.audit.Actors;

/**
 * Who makes a request: a person or system by name, with a role, and how the audit log names them
 * ({@code key:NAME} through an API key, {@code user:NAME} signed in to the web application).
 * Four-eyes rules compare names, so each person needs a name of their own.
 */
public record Caller(String name, Role role, String actor) {
    /** A caller of the service by the name of its API key. */
    public static Caller key(String name, Role role) {
        return new Caller(name, role, Actors.apiKey(name));
    }

    /** A person signed in to the web application. */
    public static Caller user(String name, Role role) {
        return new Caller(name, role, Actors.user(name));
    }
}
