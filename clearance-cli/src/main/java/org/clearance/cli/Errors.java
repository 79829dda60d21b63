package org.clearance.cli;

import java.io.IOException;
import org.clearance.io.ListParseException;
import org.clearance.store.StoreException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns the failures a user can act on into one clear line on stderr and an exit code, instead of
 * a stack trace: 2 for bad input files, 3 for network or file-system trouble, 4 for the store. What a
 * message quotes from a file is printed as {@link TerminalText} shows it.
 */
final class Errors implements IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int IO = 3;
    static final int STORE = 4;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) throws Exception {
        if (ex instanceof ListParseException || ex instanceof UserException) {
            cmd.getErr().println("error: " + TerminalText.printable(ex.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof IOException e) {
            cmd.getErr().println("error: " + TerminalText.printable(e.getMessage()));
            return IO;
        }
        if (ex instanceof StoreException e) {
            cmd.getErr().println("error: " + TerminalText.printable(e.getMessage()));
            return STORE;
        }
        throw ex;
    }

    /** A mistake in what the user asked for, told back in words. */
    static final class UserException extends Exception {
        UserException(String message) {
            super(message);
        }
    }
}
