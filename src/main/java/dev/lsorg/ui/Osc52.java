package dev.lsorg.ui;

import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Copies text to the user's clipboard with the OSC 52 escape sequence, which terminals honour through ssh and tmux
 * ({@code set -g set-clipboard on}); no X server or local clipboard is involved.
 */
public final class Osc52 {
    private Osc52() {
    }

    /**
     * The escape sequence that puts {@code text} on the clipboard, {@link Sanitizer sanitised}: a name from the
     * server must not paste control bytes (or a second command line) into someone's shell.
     */
    public static byte[] sequence(String text) {
        String b64 = Base64.getEncoder().encodeToString(Sanitizer.escape(text).getBytes(StandardCharsets.UTF_8));
        return ("\u001b]52;c;" + b64 + "\u0007").getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the sequence for {@code text} to {@code out}. */
    public static void copy(OutputStream out, String text) throws IOException {
        out.write(sequence(text));
        out.flush();
    }
}
