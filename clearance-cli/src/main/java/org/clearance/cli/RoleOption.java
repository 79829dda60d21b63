package org.clearance.cli;

import org.clearance.access.Role;
import picocli.CommandLine.Option;

/** The {@code --role} of a new API key or user, read with a message that lists the roles. */
final class RoleOption {
    @Option(names = "--role", required = true, description = "screen, analyst, approver or admin.")
    String role;

    Role parse() throws Errors.UserException {
        try {
            return Role.of(role);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--role: " + e.getMessage());
        }
    }
}
