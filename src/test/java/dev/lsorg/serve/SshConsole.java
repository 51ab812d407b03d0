package dev.lsorg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/** One operator's console as MINA's SSH client sees it: keys go in, the screen comes out through {@link VtScreen}. */
final class SshConsole implements AutoCloseable {
    final ClientSession session;
    final ChannelShell channel;
    final VtScreen screen;
    private final OutputStream keys;

    private SshConsole(ClientSession session, ChannelShell channel, VtScreen screen) {
        this.session = session;
        this.channel = channel;
        this.screen = screen;
        this.keys = channel.getInvertedIn();
    }

    static SshConsole open(ClientSession session, int cols, int rows) throws IOException {
        ChannelShell ch = session.createShellChannel();
        ch.setPtyType("xterm-256color");
        ch.setPtyColumns(cols);
        ch.setPtyLines(rows);
        VtScreen screen = new VtScreen(cols, rows);
        ch.setOut(screen);
        ch.setErr(screen);
        ch.open().verify(ServeHarness.LIMIT);
        return new SshConsole(session, ch, screen);
    }

    /** Types {@code text} as a terminal in raw mode sends it (Enter is a carriage return). */
    SshConsole type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /**
     * Waits until nothing is loading (the header's spinner is gone): change keys wait for the org to load, as a
     * person waits for the spinner.
     */
    SshConsole settled() {
        screen.awaitScreen(s -> {
            String header = s.lines().findFirst().orElse("");
            return header.contains("refreshed") && !header.contains("loading");
        }, "a header with nothing loading");
        return this;
    }

    /** The client's window changed size. */
    void resize(int cols, int rows) throws IOException {
        screen.resize(cols, rows);
        channel.sendWindowChange(cols, rows);
    }

    /** Waits until the channel closes; returns its exit status (null when the server sent none). */
    Integer awaitClosed() {
        if (!channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), ServeHarness.LIMIT)
                .contains(ClientChannelEvent.CLOSED)) {
            throw new AssertionError("the channel did not close; the screen:\n" + screen.text());
        }
        return channel.getExitStatus();
    }

    @Override
    public void close() throws IOException {
        channel.close(true);
        session.close(true);
    }
}
