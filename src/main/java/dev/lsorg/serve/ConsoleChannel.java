package dev.lsorg.serve;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;

/**
 * An SSH session channel that offers only the console: it notes whether the client asked for a PTY, takes only the
 * {@code TERM} and {@code NO_COLOR} environment variables, and refuses exec and subsystem requests (sftp, scp;
 * the channel then closes), agent and X11 forwarding, each refusal logged: nothing but the console ever runs.
 */
final class ConsoleChannel extends ChannelSession {
    /** The only environment variables a client may set. */
    static final Set<String> ENV = Set.of("TERM", "NO_COLOR");
    private final ServeLog log;
    private volatile boolean pty;

    ConsoleChannel(ServeLog log) {
        this.log = log;
    }

    /** Makes console channels for the {@code session} channel type, the only type the server opens. */
    static ChannelFactory factory(ServeLog log) {
        return new ChannelFactory() {
            @Override
            public String getName() {
                return "session";
            }

            @Override
            public Channel createChannel(Session session) {
                return new ConsoleChannel(log);
            }
        };
    }

    /** Whether the client asked for a terminal. */
    boolean hasPty() {
        return pty;
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int cols, int rows, int width, int height,
                                                       Map<PtyMode, Integer> modes) throws IOException {
        pty = true;
        return super.handlePtyReqParsed(term, cols, rows, width, height, modes);
    }

    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
        if (!ENV.contains(name)) {
            log.detail(who() + ": environment variable " + name + " not taken (only TERM and NO_COLOR are)");
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handleEnvParsed(name, value);
    }

    @Override
    protected RequestHandler.Result handleExecParsed(String request, String command) {
        return refuse("an exec request", true);
    }

    @Override
    protected RequestHandler.Result handleSubsystemParsed(String request, String name) {
        return refuse("the " + name + " subsystem", true);
    }

    @Override
    protected RequestHandler.Result handleAgentForwardingParsed(String requestType) {
        return refuse("agent forwarding", false);
    }

    @Override
    protected RequestHandler.Result handleX11ForwardingParsed(String requestType, ServerSession session,
                                                              boolean singleConnection, String authProtocol,
                                                              String authCookie, int screenId) {
        return refuse("X11 forwarding", false);
    }

    // A channel whose exec or subsystem was refused can do nothing else: it closes after the failure reply, which
    // tells even a client that asked for no reply. A refused forwarding leaves the console it came with alone
    // (OpenSSH asks for it before the shell when ForwardAgent or ForwardX11 is set).
    private RequestHandler.Result refuse(String what, boolean close) {
        log.event(who() + ": refused " + what + " (lsorg serve offers only its console)");
        if (close) {
            getSession().getFactoryManager().getScheduledExecutorService().schedule(() -> close(false), 0,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return RequestHandler.Result.ReplyFailure;
    }

    private String who() {
        Grant g = getSession().getAttribute(Gatekeeper.GRANT);
        return (g == null ? "someone" : g.label()) + " from " + Gatekeeper.address(getSession().getClientAddress());
    }
}
