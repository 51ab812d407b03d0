package dev.lsorg.ui;

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

    /** The escape sequence that puts {@code text} on the clipboard. */
    public static byte[] sequence(String text) {
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return ("\u001b]52;c;" + b64 + "\u0007").getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the sequence for {@code text} to {@code out}. */
    public static void copy(OutputStream out, String text) throws IOException {
        out.write(sequence(text));
        out.flush();
    }
}
