package org.clearance.cli;

/**
 * Text from files and requests made safe to print on a terminal. Error messages quote what a file says
 * (a header, a value, the file's own name); an escape sequence in it would recolour, move or rewrite
 * the user's terminal, a NUL or a bidi override would hide part of the message. Such characters are
 * shown as escapes ({@code \x1b}, {@code \u202e}) so the message says exactly what the file holds.
 */
final class TerminalText {
    private TerminalText() {}

    static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !hidden(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** C0 and C1 controls, DEL, and the format characters that reorder or hide text (bidi controls, zero widths). */
    private static boolean hidden(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
