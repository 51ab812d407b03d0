package dev.lsorg.serve;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Where Apache MINA SSHD's logging goes (SSHD logs through SLF4J): its warnings and errors into the running
 * server's {@link ServeLog} file, everything else nowhere. Found by SLF4J through {@code META-INF/services}, so no
 * logging library is needed and SLF4J never prints its "no provider" notice over a terminal.
 */
public final class SshLogProvider implements SLF4JServiceProvider {
    private static final AtomicReference<ServeLog> SINK = new AtomicReference<>();
    private final ILoggerFactory loggers = SshLogger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Sends SSHD's warnings to {@code log} from now on (null: drop them again). */
    static void sendTo(ServeLog log) {
        SINK.set(log);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up: the sink is set when a server starts
    }

    /** One named logger; only warnings and errors are enabled. */
    private static final class SshLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        SshLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return SINK.get() != null;
        }

        @Override
        public boolean isErrorEnabled() {
            return SINK.get() != null;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable thrown) {
            ServeLog log = SINK.get();
            if (log == null) {
                return;
            }
            String text = MessageFormatter.basicArrayFormat(pattern, args);
            log.detail("sshd " + level + " " + shortName() + ": " + text + (thrown == null ? "" : " (" + thrown + ")"));
        }

        private String shortName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }
}
