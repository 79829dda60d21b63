package org.clearance.cases;

import java.util.EnumSet;
import java.util.Set;
import org.clearance.access.Role;

/**
 * Which roles may do what with cases, in one place. An approver may do all an analyst may. An admin
 * manages keys and lists and may read cases, but decides none (segregation of duties): whoever can
 * hand out keys must not also be able to clear a match.
 */
public final class CaseRoles {
    /** Screen parties and record them with their alerts. */
    public static final Set<Role> RECORD = EnumSet.of(Role.SCREEN, Role.ANALYST, Role.APPROVER);
    /** Read the queue, alerts, parties and exports. */
    public static final Set<Role> READ = EnumSet.of(Role.ANALYST, Role.APPROVER, Role.ADMIN);
    /** Decide an alert: false positive, true match, escalate. */
    public static final Set<Role> DECIDE = EnumSet.of(Role.ANALYST, Role.APPROVER);
    /** Approve or reject a proposed true match: the second pair of eyes. */
    public static final Set<Role> APPROVE = EnumSet.of(Role.APPROVER);

    private CaseRoles() {}
}
