package org.clearance.access;

/**
 * What a caller of the service may do. An approver may do all an analyst may; an admin manages keys
 * and lists but decides no alerts, so that whoever controls access cannot also clear a match.
 */
public enum Role {
    SCREEN, ANALYST, APPROVER, ADMIN
}
