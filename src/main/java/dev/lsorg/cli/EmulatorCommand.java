package dev.lsorg.cli;

import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.FaultSettings;
import dev.lsorg.emulator.ServerSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg emulator}: runs the local LangSmith org-management emulator until interrupted, after printing the
 * three environment lines a client needs ({@code LANGSMITH_ENDPOINT}, {@code LANGSMITH_API_KEY} with the seed's
 * org-admin service key, {@code LANGSMITH_ORGANIZATION_ID}).
 */
@Command(name = "emulator", mixinStandardHelpOptions = true, modelTransformer = OwnOptionsOnly.class,
        description = "Serve a local LangSmith org-management API on 127.0.0.1 until interrupted.")
public final class EmulatorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default 0: a free port).")
    int port;

    @Option(names = "--seed", paramLabel = "demo|large|hostile", description = "Which org to seed (default demo;"
            + " hostile: names and descriptions carrying terminal, clipboard and spreadsheet payloads).")
    String seed = "demo";

    @Option(names = "--seed-number", paramLabel = "N", description = "Makes ids, names and keys deterministic (default 42).")
    long seedNumber = EmulatorOptions.DEFAULT_SEED_NUMBER;

    @Option(names = "--members", paramLabel = "N", description = "Members of the large seed (default 5000).")
    int members = 5000;

    @Option(names = "--workspaces", paramLabel = "N", description = "Workspaces of the large seed (default 300).")
    int workspaces = 300;

    @Option(names = "--keys", paramLabel = "N", description = "Keys of the large seed (default 2000).")
    int keys = 2000;

    @Option(names = "--latency-ms", paramLabel = "N", description = "Fixed delay before every answer.")
    long latencyMs;

    @Option(names = "--jitter-ms", paramLabel = "N", description = "Extra random delay, 0..N ms.")
    long jitterMs;

    @Option(names = "--error-rate", paramLabel = "R", description = "Share (0..1) of 500/503 answers.")
    double errorRate;

    @Option(names = "--rate-limit-rate", paramLabel = "R", description = "Share (0..1) of 429 answers.")
    double rateLimitRate;

    @Option(names = "--retry-after", paramLabel = "S", description = "Retry-After seconds sent with a 429 (default 1).")
    int retryAfter = 1;

    @Option(names = "--drop-rate", paramLabel = "R", description = "Share (0..1) of connections closed mid-response.")
    double dropRate;

    @Option(names = "--malformed-rate", paramLabel = "R", description = "Share (0..1) of answers with broken JSON.")
    double malformedRate;

    @Option(names = "--fault-methods", paramLabel = "M[,M...]", split = ",",
            description = "Fault only requests with these methods, e.g. POST,PATCH,DELETE (default: all).")
    java.util.List<String> faultMethods = java.util.List.of();

    @Option(names = "--fault-requests", paramLabel = "N",
            description = "Fault only the next N matching requests, then serve normally (default: no limit).")
    Integer faultRequests;

    @Option(names = "--no-audit-logs", description = "Answer GET /api/v1/audit-logs with 404, as a LangSmith"
            + " without audit logs would (changes are still logged).")
    boolean noAuditLogs;

    @Option(names = "--rate-limit", paramLabel = "N/min",
            description = "Allow each API key N requests per fixed one-minute window, then answer 429 with"
                    + " Retry-After until the window ends (default: no limit).")
    String rateLimit;

    @Option(names = "--no-org-pat-list",
            description = "Serve no org-wide PAT list (GET /api/v1/orgs/current/members/personal-access-tokens"
                    + " answers 404, as on servers older than that route).")
    boolean noOrgPatList;

    private final CountDownLatch stop;
    private final Clock clock;

    /** The command as the process runs it: it serves until the JVM is interrupted, dated by the process's clock. */
    public EmulatorCommand(CliContext ctx) {
        this(new CountDownLatch(1), ctx.clock());
    }

    /** A command that also stops when {@code stop} is counted down (for tests). */
    public EmulatorCommand(CountDownLatch stop, Clock clock) {
        this.stop = stop;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        EmulatorOptions options = options();
        Emulator emulator = start(options);
        emulator.serveAuditLogs(!noAuditLogs);
        Thread hook = new Thread(() -> {
            emulator.close();
            stop.countDown();
        }, "lsorg-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("LANGSMITH_ENDPOINT=" + emulator.endpoint());
        out.println("LANGSMITH_API_KEY=" + emulator.keys().orgAdminKey());
        out.println("LANGSMITH_ORGANIZATION_ID=" + emulator.organizationId());
        out.flush();
        stop.await();
        closeQuietly(emulator, hook);
        return ExitCodes.OK;
    }

    /** Starts the emulator; a port already in use is a usage error that names the flag. */
    private Emulator start(EmulatorOptions options) {
        try {
            return Emulator.startBlocking(options);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--port " + options.port()
                            + ": the port is already in use (--port 0 picks a free one)");
                }
            }
            throw e;
        }
    }

    private static void closeQuietly(Emulator emulator, Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            emulator.close();
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook closes the emulator
        }
    }

    /** The options from the flags; a bad value is a usage error (exit 2) with a one-line message. */
    EmulatorOptions options() {
        try {
            FaultSettings faults = new FaultSettings(latencyMs, jitterMs, errorRate, rateLimitRate, retryAfter,
                    dropRate, malformedRate, faultMethods, faultRequests);
            ServerSettings server = new ServerSettings(!noOrgPatList, perMinute());
            return new EmulatorOptions(port, seed, seedNumber, members, workspaces, keys, faults, clock, server);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** {@code --rate-limit}: {@code N/min} or a bare {@code N}; none or 0 is no limit. */
    private int perMinute() {
        if (rateLimit == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})(/min)?").matcher(rateLimit.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--rate-limit: give the requests each key may make per minute, e.g."
                    + " 60/min");
        }
        return Integer.parseInt(m.group(1));
    }
}
