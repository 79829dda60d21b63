package org.clearance.web;

import java.time.Instant;
import org.clearance.validation.Validation;
import org.clearance.validation.ValidationRun;

/**
 * The Validation page's run under way, or the last one: who started it with what, which stage it is at and how
 * far, and how it ended. The worker reports progress through {@link Validation.Progress}; pages read it at any time.
 */
final class ValidationJob implements Validation.Progress {
    enum State { RUNNING, DONE, FAILED }

    /** The stages of the run, and the writing of its report. */
    static final int STAGES = ValidationRun.STAGES + 1;

    private final String actor;
    private final String name;
    private final String options;
    private final String inputsSha256;
    private final Instant started = Instant.now();
    private volatile String stage = "";
    private volatile int stageNumber;
    private volatile int cases;
    private volatile int done;
    private volatile long stageStarted = System.nanoTime();
    private volatile State state = State.RUNNING;
    private volatile long reportId;
    private volatile String failure;

    /**
     * @param actor who started it as the audit log names them ({@code user:NAME})
     * @param name  who started it as people know them
     */
    ValidationJob(String actor, String name, String options, String inputsSha256) {
        this.actor = actor;
        this.name = name;
        this.options = options;
        this.inputsSha256 = inputsSha256;
    }

    @Override
    public void stage(String name, int cases) {
        this.done = 0;
        this.cases = cases;
        this.stageStarted = System.nanoTime();
        this.stageNumber++;
        this.stage = name;
    }

    @Override
    public void done(int cases) {
        this.done = cases;
    }

    String actor() { return actor; }
    String name() { return name; }
    String options() { return options; }
    String inputsSha256() { return inputsSha256; }
    Instant started() { return started; }
    String stage() { return stage; }
    int stageNumber() { return stageNumber; }
    int cases() { return cases; }
    int done() { return done; }
    State state() { return state; }
    long reportId() { return reportId; }
    String failure() { return failure; }
    boolean finished() { return state != State.RUNNING; }

    /** Seconds the stage under way still needs at its rate so far, or -1 before there is a rate to go by. */
    long secondsLeft() {
        int d = done;
        if (d == 0) {
            return -1;
        }
        double secs = (System.nanoTime() - stageStarted) / 1e9;
        return Math.round(Math.max(0, cases - d) * secs / d);
    }

    void finished(long reportId) {
        this.reportId = reportId;
        this.state = State.DONE;
    }

    void failed(String why) {
        this.failure = why;
        this.state = State.FAILED;
    }
}
