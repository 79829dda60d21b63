package org.clearance.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.api.ApiException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.supplychain.ChainReader;
import org.clearance.supplychain.SupplyChain;

/**
 * An uploaded chain file read by {@link ChainReader}, exactly as {@code clearance trace} reads a file,
 * with its errors naming the file as the user called it (not the temporary copy the reader opened)
 * and the row, field, party or cycle at fault.
 */
final class ChainUpload {
    /** Characters kept of an uploaded file's name: enough to recognise it, short enough for a table. */
    static final int MAX_NAME = 100;

    private ChainUpload() {}

    /**
     * The file's name without any folder a browser may send, cut to {@link #MAX_NAME}; "chain" when none.
     */
    static String name(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.length() > MAX_NAME) {
            n = n.substring(0, MAX_NAME);
        }
        return n.isEmpty() ? "chain" : n;
    }

    /**
     * Reads the chain.
     *
     * @param name the file's name as {@link #name} gives it
     * @throws ApiException 400 with the reader's message when the file is no valid chain
     */
    static SupplyChain read(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("clearance-chain");
        // a fixed name on disk: the user's name is only shown, never used as a path
        Path file = dir.resolve("upload");
        try {
            Files.write(file, content);
            return ChainReader.read(ListInput.of(file));
        } catch (ListParseException e) {
            throw new ApiException(400, new ListParseException(name, e.line(), e.column(), e.field(), e.problem()).getMessage());
        } catch (SupplyChain.InvalidChainException e) {
            String m = e.getMessage();
            String prefix = file + ": ";
            throw new ApiException(400, name + ": " + (m.startsWith(prefix) ? m.substring(prefix.length()) : m));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
