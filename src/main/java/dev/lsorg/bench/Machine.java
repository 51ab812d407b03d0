package dev.lsorg.bench;

import java.lang.management.ManagementFactory;

/** The machine a figure was measured on: CPU count and load average, printed beside every figure. */
final class Machine {
    private Machine() {
    }

    /** E.g. "2 CPUs, load average 1.4". */
    static String describe() {
        return String.format("%d CPUs, load average %.1f", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU seconds this process has used so far (all threads: JIT and GC included). */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
