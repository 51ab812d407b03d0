package dev.lsorg.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the small text files a user writes for lsorg (config, theme, keymap): strict UTF-8, a size cap, and problems
 * as one line naming the file (and the line of the first invalid byte), never quoting what the file holds, since a
 * file named by mistake may be a key file.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The text of {@code file}, a {@code kind} of file ("a config file", "a theme") of at most {@code maxBytes}. */
    public static String read(Path file, int maxBytes, String kind) throws ConfigException {
        try {
            if (Files.size(file) > maxBytes) {
                throw ConfigException.at(file, 0, null, "too large for " + kind + " (more than " + maxBytes / 1024
                        + " KB); is it the right file?");
            }
            return decode(file, Files.readAllBytes(file), kind);
        } catch (NoSuchFileException e) {
            throw ConfigException.at(file, 0, null, "no such file");
        } catch (AccessDeniedException e) {
            throw ConfigException.at(file, 0, null, "permission denied");
        } catch (IOException e) {
            throw ConfigException.at(file, 0, null, "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Strict UTF-8; a leading byte-order mark is dropped. A binary file is reported with its first bad line. */
    public static String decode(Path file, byte[] bytes, String kind) throws ConfigException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ConfigException.at(file, lineAt(bytes, in.position()), null, "not UTF-8 text (expected " + kind
                    + "; is it a binary file?)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
