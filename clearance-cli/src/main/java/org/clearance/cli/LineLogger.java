package org.clearance.cli;

import java.io.Writer;
import org.slf4j.Logger;

/**
 * A {@link Writer} that logs each line written to it as one INFO event, so that the messages the
 * service and {@link Home} print (loading, ready, stopping) reach the log as JSON lines like the requests.
 */
final class LineLogger extends Writer {
    private final Logger logger;
    private final StringBuilder line = new StringBuilder();

    LineLogger(Logger logger) {
        this.logger = logger;
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // a line is logged when it ends; a part line waits for the rest
    }

    @Override
    public synchronized void close() {
        emit();
    }

    private void emit() {
        if (!line.isEmpty()) {
            logger.info(line.toString());
            line.setLength(0);
        }
    }
}
