package org.clearance.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * What the benches print of the JVM they ran in (version, cores, heap, collectors, CPU time), read in
 * one place: figures depend on all of them, so every bench names them the same way.
 */
final class JvmFigures {
    private JvmFigures() {}

    static String javaVersion() {
        return System.getProperty("java.version");
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    static long heapInUseMb() {
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }

    /** The garbage collectors in use ("PS Scavenge, PS MarkSweep"). */
    static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }

    /** Collects garbage and forgets the heap peaks so far, so that the next figure is one phase's own. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}. */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /**
     * Time the JIT compilers have spent compiling so far, in milliseconds (0 where the JVM does not tell): on a few
     * cores a pass of a short bench spends much of its CPU time compiling, which a long run does once.
     */
    static long compilationMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** CPU time of the whole process, all threads (GC and JIT too). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
