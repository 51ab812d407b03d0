package dev.lsorg.app.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the files lsorg keeps about the org (journal, log, histories, exports) so that only their owner can read
 * them: files 0600, folders lsorg creates 0700. They hold emails, names and what was changed, and the machine may
 * have other users. Blocking file I/O: never on a Vert.x event loop or the GUI thread.
 */
public final class StateFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private StateFiles() {
    }

    /**
     * Creates {@code dir} (and missing parents) owner-only, or narrows it to owner-only when it exists: for lsorg's
     * own state folder, which older versions created world-readable.
     */
    public static Path privateDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            createDirs(dir);
        } else if (posix(dir)) {
            Files.setPosixFilePermissions(dir, DIR);
        }
        return dir;
    }

    /**
     * Makes sure {@code file} exists and only its owner can read it: missing folders are created 0700, a new file
     * 0600, and an existing file is narrowed to 0600 (one written by an older lsorg may be 0644).
     */
    public static Path privateFile(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            createDirs(dir);
        }
        if (!posix(dir)) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            return file;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return file;
    }

    /** Appends {@code text} to {@code file}, created private if absent. */
    public static void append(Path file, String text) throws IOException {
        privateFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Replaces the content of {@code file} with {@code text}; a file it creates is private. */
    public static void write(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            privateFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }


    private static void createDirs(Path dir) throws IOException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !posix(existing)) {
            Files.createDirectories(dir);
            return;
        }
        FileAttribute<Set<PosixFilePermission>> owner = PosixFilePermissions.asFileAttribute(DIR);
        Files.createDirectories(dir, owner);
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class)
                != null;
    }
}
