package org.clearance.io;

/**
 * A list file that cannot be read as what it claims to be. The message always starts with the file
 * and, where known, the line and column (or record) and the field, so that a user can open the file
 * at the spot: {@code sdn.csv:12:40: field remarks: ...}.
 */
public class ListParseException extends Exception {
    private final String file;
    private final long line;
    private final long column;
    private final String field;
    private final String problem;

    /**
     * @param file    the file's name or path as the user gave it
     * @param line    1-based line (or record) number, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param field   the field or element concerned, or null
     * @param problem what is wrong, in words
     */
    public ListParseException(String file, long line, long column, String field, String problem) {
        this(file, line, column, field, problem, null);
    }

    public ListParseException(String file, long line, long column, String field, String problem, Throwable cause) {
        super(format(file, line, column, field, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    public static ListParseException atFile(String file, String problem) {
        return new ListParseException(file, 0, 0, null, problem);
    }

    private static String format(String file, long line, long column, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null) {
            sb.append("field ").append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
