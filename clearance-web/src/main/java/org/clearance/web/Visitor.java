package org.clearance.web;

import org.clearance.access.Caller;

/** Who is looking at a page: the signed-in person and their session's CSRF token. */
record Visitor(Caller caller, String csrf) {}
