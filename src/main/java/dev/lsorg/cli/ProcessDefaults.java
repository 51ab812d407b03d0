package dev.lsorg.cli;

/** What every lsorg process (and the benchmarks that stand for one) sets before any library starts. */
public final class ProcessDefaults {
    private ProcessDefaults() {
    }

    /**
     * The system properties an lsorg process runs with, set before any library reads them: no AWT, and no Netty
     * buffer events for Java Flight Recorder. Netty 4.2 registers its allocation events with JFR whenever the JVM has
     * it, and registering the first of them initialises JFR's metadata and generates its event handlers: 80-100 ms of
     * CPU in the middle of the console's first exchange (ten alternating starts each, traced: workspaces drawn at a
     * median of 762 ms with them, 661 ms without). A profile that wants them sets {@code -Dio.netty.jfr.enabled=true}
     * (through {@code LSORG_JAVA_OPTS}); what is set on the command line stands.
     */
    public static void apply() {
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
    }
}
