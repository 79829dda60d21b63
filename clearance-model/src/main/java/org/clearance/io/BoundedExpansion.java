package org.clearance.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Stops reading a decompressing stream that expands past the limits: a gzip bomb. The ratio is judged
 * as the stream is read, against the compressed bytes consumed so far, not against the whole file: a bomb
 * hidden after a real list's first lines (2 GB of spaces behind the UN list's head, 8.7 MB gzipped)
 * expands a thousand times from the start and is stopped within megabytes, where the whole file's ratio
 * would have let it run to nearly a gigabyte.
 */
final class BoundedExpansion extends FilterInputStream {
    private final Consumed compressed;
    private final InputLimits limits;
    private final String file;
    private long expanded;

    private BoundedExpansion(InputStream in, Consumed compressed, InputLimits limits, String file) {
        super(in);
        this.compressed = compressed;
        this.limits = limits;
        this.file = file;
    }

    /** The gunzipped bytes of a gzip stream, held to the limits. */
    static InputStream gunzip(InputStream gzip, InputLimits limits, String file) throws IOException {
        Consumed consumed = new Consumed(gzip);
        return new BoundedExpansion(new GZIPInputStream(consumed, 1 << 16), consumed, limits, file);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        expanded += n;
        if (expanded > limits.maxExpandedBytes()) {
            throw new InputRefusedException(file, String.format(
                    "compressed file expands past %,d bytes; refused as a possible gzip bomb", limits.maxExpandedBytes()));
        }
        long read = Math.max(1, compressed.bytes);
        if (expanded > InputLimits.RATIO_CHECK_AFTER && expanded / read > limits.maxRatio()) {
            throw new InputRefusedException(file, String.format(
                    "compressed file expands more than %d times (%,d bytes from its first %,d); refused as a possible gzip bomb",
                    limits.maxRatio(), expanded, read));
        }
    }

    /** Counts the compressed bytes the decompressor has taken. */
    private static final class Consumed extends FilterInputStream {
        long bytes;

        Consumed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            bytes += skipped;
            return skipped;
        }
    }
}
