package org.clearance.access;

/** Who makes a request: the name of their API key and its role. */
public record Caller(String name, Role role) {}
