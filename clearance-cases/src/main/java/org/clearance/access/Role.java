package org.clearance.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;

/**
 * What an API key may do. Roles are cumulative along the review line (an approver may also review
 * and screen), while {@link #ADMIN} manages keys and lists but decides no alerts: whoever can
 * create keys should not also be able to clear their own hits (segregation of duties).
 */
public enum Role {
    /** Calls the screening API. */
    SCREEN,
    /** Reviews alerts and decides them; a true match then waits for an approver. */
    ANALYST,
    /** The second pair of eyes: approves or rejects another person's true match. */
    APPROVER,
    /** Manages API keys and list imports. */
    ADMIN;

    /** Whether a caller with this role may do what {@code needed} allows. */
    public boolean allows(Role needed) {
        return switch (this) {
            case SCREEN -> needed == SCREEN;
            case ANALYST -> needed == SCREEN || needed == ANALYST;
            case APPROVER -> needed != ADMIN;
            case ADMIN -> needed == SCREEN || needed == ADMIN;
        };
    }

    /** The name as written in commands and JSON, lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a role name in any case; the message lists the valid ones. */
    public static Role of(String name) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "'; use one of " + ids());
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Role::id).toList();
    }
}
