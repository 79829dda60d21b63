package org.clearance.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a decompressing stream that expands past the limits: a gzip bomb. */
final class BoundedExpansion extends FilterInputStream {
    private final long compressedSize;
    private final InputLimits limits;
    private final String file;
    private long expanded;

    BoundedExpansion(InputStream in, long compressedSize, InputLimits limits, String file) {
        super(in);
        this.compressedSize = Math.max(1, compressedSize);
        this.limits = limits;
        this.file = file;
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
        if (expanded > InputLimits.RATIO_CHECK_AFTER && expanded / compressedSize > limits.maxRatio()) {
            throw new InputRefusedException(file, String.format(
                    "compressed file expands more than %d times (%,d bytes from %,d); refused as a possible gzip bomb",
                    limits.maxRatio(), expanded, compressedSize));
        }
    }
}
