package org.clearance.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One list file to parse, with the companion files some formats spread their data over (the OFAC
 * legacy CSV set keeps addresses, aliases and long remarks in {@code add.csv}, {@code alt.csv} and
 * {@code sdn_comments.csv}). Opening goes through here so that every parser gets the same guards:
 * size limits, transparent gzip with a bomb check, and strict UTF-8 with line numbers in errors.
 *
 * @param path       the file
 * @param companions companion files by role (see the format's documentation), possibly empty
 * @param limits     size limits
 */
public record ListInput(Path path, Map<String, Path> companions, InputLimits limits) {
    public ListInput {
        Objects.requireNonNull(path, "path");
        companions = Map.copyOf(companions);
        Objects.requireNonNull(limits, "limits");
    }

    public static ListInput of(Path path) {
        return new ListInput(path, Map.of(), InputLimits.DEFAULT);
    }

    /** The name used in error messages. */
    public String name() {
        return path.toString();
    }

    /** Opens the file's bytes, gunzipping if it starts with the gzip magic number. */
    public InputStream open() throws IOException, ListParseException {
        return open(path);
    }

    /** Opens the file as strict UTF-8 text (a byte-order mark is skipped). */
    public Reader openText() throws IOException, ListParseException {
        return new Utf8Reader(open(), name());
    }

    /** Opens a companion file, or returns null when this input has none of that role. */
    public Reader openCompanionText(String role) throws IOException, ListParseException {
        Path p = companions.get(role);
        return p == null ? null : new Utf8Reader(open(p), p.toString());
    }

    private InputStream open(Path p) throws IOException, ListParseException {
        if (!Files.isRegularFile(p)) {
            throw ListParseException.atFile(p.toString(), "not a readable file");
        }
        long size = Files.size(p);
        if (size == 0) {
            throw ListParseException.atFile(p.toString(), "the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw ListParseException.atFile(p.toString(), String.format(
                    "the file is %,d bytes, over the limit of %,d bytes (set CLEARANCE_MAX_INPUT_MB to raise it)",
                    size, limits.maxFileBytes()));
        }
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(BoundedExpansion.gunzip(in, limits, p.toString()), 1 << 16);
        }
        return in;
    }
}
