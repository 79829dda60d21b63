package org.clearance.cases;

import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.store.Database;

/**
 * A separate JVM that decides open alerts one after the other as an analyst would, says so once the last decision
 * has committed, and waits to be killed like a power cut or {@code kill -9}, without closing the database.
 * Arguments: the database URL, the alerts' ids.
 */
public final class KillableDecision {
    private KillableDecision() {}

    public static void main(String[] args) throws Exception {
        Database db = Database.open(args[0], "sa", "");
        CaseStore cases = new CaseStore(db);
        for (int i = 1; i < args.length; i++) {
            cases.decide(Long.parseLong(args[i]), 1, Decision.FALSE_POSITIVE, "different birth year", Caller.key("ana", Role.ANALYST));
        }
        System.out.println("decided");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
