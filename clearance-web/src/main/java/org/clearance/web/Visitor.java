package org.clearance.web;

import org.clearance.access.Caller;
import org.clearance.access.Sessions;

/** Who is looking at a page: the signed-in person's live session. */
record Visitor(Sessions.Session session) {
    Caller caller() {
        return session.caller();
    }

    /** The session's CSRF token, which every form of the page carries. */
    String csrf() {
        return session.csrf();
    }
}
