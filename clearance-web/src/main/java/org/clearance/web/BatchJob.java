package org.clearance.web;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One uploaded file being screened in the background, and what came of it. Its id is random and it
 * belongs to the user who uploaded it: only they can see it. The worker adds results; pages read the
 * progress at any time and the results once it is {@link State#DONE}.
 */
final class BatchJob {
    enum State { WAITING, RUNNING, DONE, FAILED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final String owner;
    private final PartyFile file;
    private final boolean storeParties;
    private final Instant created = Instant.now();
    private final AtomicInteger screened = new AtomicInteger();
    private final List<BatchResult> results = Collections.synchronizedList(new ArrayList<>());
    private final List<RowProblem> refused;
    private volatile State state = State.WAITING;
    private volatile String failure;

    BatchJob(String owner, PartyFile file, boolean storeParties) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        this.id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.owner = owner;
        this.file = file;
        this.storeParties = storeParties;
        this.refused = Collections.synchronizedList(new ArrayList<>(file.refused()));
    }

    String id() { return id; }
    String owner() { return owner; }
    PartyFile file() { return file; }
    boolean storeParties() { return storeParties; }
    Instant created() { return created; }
    State state() { return state; }
    String failure() { return failure; }
    boolean finished() { return state == State.DONE || state == State.FAILED; }

    /** Parties to screen: the file's rows less those refused on reading. */
    int total() {
        return file.parties().size();
    }

    /** Parties screened so far, including those the screening refused. */
    int screened() {
        return screened.get();
    }

    void started() {
        state = State.RUNNING;
    }

    void add(BatchResult r) {
        results.add(r);
        screened.incrementAndGet();
    }

    /** A row the screening itself refused (the API's own checks): kept with the file's refused rows. */
    void refuse(RowProblem p) {
        refused.add(p);
        screened.incrementAndGet();
    }

    void done() {
        state = State.DONE;
    }

    void failed(String why) {
        failure = why;
        state = State.FAILED;
    }

    /** The results in file order. */
    List<BatchResult> results() {
        synchronized (results) {
            return results.stream().sorted(java.util.Comparator.comparingLong(r -> r.row().row())).toList();
        }
    }

    /** Refused rows in file order. */
    List<RowProblem> refused() {
        synchronized (refused) {
            return refused.stream().sorted(java.util.Comparator.comparingLong(RowProblem::row)).toList();
        }
    }

    /** Hits by dataset, for the summary. */
    Map<String, Integer> hitsByDataset() {
        Map<String, Integer> by = new TreeMap<>();
        synchronized (results) {
            results.forEach(r -> r.hits().forEach(h -> by.merge(h.dataset(), 1, Integer::sum)));
        }
        return by;
    }

    int partiesWithHits() {
        synchronized (results) {
            return (int) results.stream().filter(r -> !r.hits().isEmpty()).count();
        }
    }

    /** Alerts opened or opened again by this file (a re-upload of the same file opens none). */
    int alertsOpened() {
        synchronized (results) {
            return (int) results.stream().flatMap(r -> r.hits().stream())
                    .filter(h -> h.outcome().equals("opened") || h.outcome().equals("reopened")).count();
        }
    }
}
