package org.clearance.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON details of audit entries, with one shared mapper. */
public final class AuditDetail {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditDetail() {}

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
