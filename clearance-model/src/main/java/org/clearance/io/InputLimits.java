package org.clearance.io;

/**
 * How much a list file may hold before it is refused rather than read. The largest official file
 * today, the full OFAC advanced XML, is about 100 MB; the defaults leave ten times that room while
 * keeping a runaway or hostile file from filling the disk or the heap.
 *
 * @param maxFileBytes     the largest file accepted, compressed or not (default 1 GiB)
 * @param maxExpandedBytes the most bytes a compressed file may expand to (default 2 GiB)
 * @param maxRatio         the largest expansion ratio of a gzip file, bytes expanded so far to compressed
 *                         bytes read so far, once it has expanded past {@link #RATIO_CHECK_AFTER} bytes;
 *                         real list XML compresses 5 to 20 times, a gzip bomb a thousand times (default 100)
 */
public record InputLimits(long maxFileBytes, long maxExpandedBytes, int maxRatio) {
    /** Expansion below this size is never judged by its ratio: small files compress unevenly. */
    public static final long RATIO_CHECK_AFTER = 8L << 20;

    public static final InputLimits DEFAULT = new InputLimits(1L << 30, 2L << 30, 100);
}
