package org.clearance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.clearance.access.Caller;
import org.clearance.api.ApiException;

/**
 * The file screenings of all users: run in the background on a small pool, and kept in memory
 * (bounded) until they drop out, for their owner only.
 */
final class BatchJobs {
    /**
     * Files screened at once: each chunk is already screened on all cores, so a second file at the same
     * time would only halve the speed of both and take cores from the API's requests.
     */
    static final int WORKERS = 1;
    /** Files waiting their turn at most; beyond, an upload is refused with "busy, try again later". */
    static final int MAX_WAITING = 4;
    /** Finished files each user keeps at most: the newest; older ones are dropped, results and all. */
    static final int KEPT_PER_USER = 5;
    /** Files kept for all users together at most, so that memory stays bounded (a file's results: up to tens of MB). */
    static final int KEPT = 20;

    private final BatchScreening screening;
    private final Messages messages;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), r -> {
                Thread t = new Thread(r, "clearance-web-batch");
                t.setDaemon(true); // a stopping server does not wait for a file: its results live in memory only
                return t;
            });
    /** Jobs by id, oldest first. */
    private final Map<String, BatchJob> jobs = new LinkedHashMap<>();

    BatchJobs(BatchScreening screening, Messages messages) {
        this.screening = screening;
        this.messages = messages;
    }

    /** Queues the job; a 503 when too many wait, or when nothing finished can make room for it. */
    synchronized void start(BatchJob job, Caller caller) {
        if (!makeRoom(job.owner())) {
            throw new ApiException(503, messages.format("batch_busy"));
        }
        try {
            pool.execute(() -> screening.run(job, caller));
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, messages.format("batch_busy"));
        }
        jobs.put(job.id(), job);
    }

    /** The job with this id if {@code owner} uploaded it: another user's job is as absent as an unknown one. */
    synchronized Optional<BatchJob> find(String id, String owner) {
        BatchJob j = jobs.get(id);
        return j != null && j.owner().equals(owner) ? Optional.of(j) : Optional.empty();
    }

    /** The owner's jobs, newest first. */
    synchronized List<BatchJob> of(String owner) {
        List<BatchJob> out = new ArrayList<>(jobs.values().stream().filter(j -> j.owner().equals(owner)).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    /** Drops the oldest finished jobs until the owner and everyone are under their bounds; false when it cannot. */
    private boolean makeRoom(String owner) {
        while (jobs.values().stream().filter(j -> j.owner().equals(owner)).count() >= KEPT_PER_USER) {
            if (!dropOldestFinished(owner)) {
                return false;
            }
        }
        while (jobs.size() >= KEPT) {
            if (!dropOldestFinished(null)) {
                return false;
            }
        }
        return true;
    }

    private boolean dropOldestFinished(String owner) {
        for (var it = jobs.values().iterator(); it.hasNext(); ) {
            BatchJob j = it.next();
            if (j.finished() && (owner == null || j.owner().equals(owner))) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
