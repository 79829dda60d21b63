package org.clearance.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The head of a file (decompressed), which formats look at to say whether the file is theirs.
 * Detection goes by content, never by file name: official files are often renamed on download.
 *
 * @param fileName the file's name, for messages only
 * @param head     up to {@link #HEAD_BYTES} first bytes
 * @param text     the head decoded as UTF-8 (lenient), byte-order mark removed
 */
public record Sniff(String fileName, byte[] head, String text) {
    public static final int HEAD_BYTES = 64 * 1024;

    public static Sniff of(ListInput input) throws IOException, ListParseException {
        try (InputStream in = input.open()) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            String text = new String(head, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Sniff(input.name(), head, text);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }

    /** The name of the first XML element, or null when the head is not XML. */
    public String xmlRoot() {
        String t = text.stripLeading();
        if (!t.startsWith("<")) {
            return null;
        }
        int i = 0;
        while (true) {
            i = t.indexOf('<', i);
            if (i < 0 || i + 1 >= t.length()) {
                return null;
            }
            char c = t.charAt(i + 1);
            if (c == '?' || c == '!') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '>' && t.charAt(end) != '/') {
                end++;
            }
            String name = t.substring(i + 1, end);
            int colon = name.indexOf(':');
            return colon >= 0 ? name.substring(colon + 1) : name;
        }
    }

    /** The first line of the head without its line ending. */
    public String firstLine() {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
