package org.clearance.io;

import java.io.IOException;

/**
 * Raised from inside an input stream (where only IOException may pass) when a file breaks a limit or
 * is not valid text; parsers turn it back into a {@link ListParseException} with {@link #toParseException()}.
 */
public final class InputRefusedException extends IOException {
    private final String file;
    private final long line;
    private final long column;
    private final String problem;

    InputRefusedException(String file, String problem) {
        this(file, 0, 0, problem);
    }

    InputRefusedException(String file, long line, long column, String problem) {
        super(new ListParseException(file, line, column, null, problem).getMessage());
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public ListParseException toParseException() {
        return new ListParseException(file, line, column, null, problem, this);
    }
}
