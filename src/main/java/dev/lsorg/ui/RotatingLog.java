package dev.lsorg.ui;

import dev.lsorg.app.mutation.StateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of {@code lsorg.log}, capped in size: when the file would pass its limit it becomes {@code lsorg.log.1}
 * (the older ones move up to {@code .N}, the oldest is dropped) and a new file starts. Every file is created 0600.
 * java.util.logging's FileHandler rotates too, but names the current file {@code lsorg.log.0} and creates its files
 * with the process's umask, so a world-readable log of org errors would be the default.
 */
final class RotatingLog extends OutputStream {
    /** The size one file may reach. */
    static final long LIMIT = 1024 * 1024;
    /** How many rotated files are kept besides the current one. */
    static final int KEEP = 3;

    private final Path file;
    private final long limit;
    private final int keep;
    private OutputStream out;
    private long size;

    RotatingLog(Path file, long limit, int keep) throws IOException {
        this.file = file;
        this.limit = limit;
        this.keep = keep;
        open();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (size > 0 && size + len > limit) {
            rotate();
        }
        out.write(b, off, len);
        size += len;
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    private void open() throws IOException {
        StateFiles.privateFile(file);
        out = Files.newOutputStream(file, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep > 0) {
            Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(file);
        }
        open();
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }
}
