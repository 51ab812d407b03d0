package dev.lsorg.app.mutation;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lsorg.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The local record of every confirmed change and dry run: JSON lines appended to an owner-only file in the XDG
 * state dir. It is written ahead: a change's intent line is on disk before its first request leaves, its outcome
 * line follows the answer, so a change is never made without a trace, even if lsorg is killed in between; the
 * next start finds such an intent through {@link #open(long)}. Every line is forced to disk before
 * {@link #append} returns. Blocking file I/O: call it from a worker thread, never from a Vert.x event loop.
 */
public final class Journal {
    // Defence in depth: whatever a caller passes in, a LangSmith key never reaches the file.
    private static final Pattern KEY = Pattern.compile("(lsv2_[a-z]{2}_)[A-Za-z0-9_]{8,}|ls__[A-Za-z0-9]{8,}");

    private final Path file;

    /** A journal stored in {@code file} (created with owner-only permissions on first write). */
    public Journal(Path file) {
        this.file = file;
    }

    /** Where the lines go. */
    public Path file() {
        return file;
    }

    /** Appends one entry as one line, forced to disk (the file is opened with {@code SYNC}) before returning. */
    public synchronized void append(JournalEntry entry) {
        byte[] line = (scrub(toJson(entry)) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            createPrivately();
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.SYNC)) {
                out.write(line);
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every entry in the file, oldest first; lines that do not parse are skipped (a crash mid-line, an edit). */
    public synchronized List<JournalEntry> read() {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line, entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * Each change once, oldest first: its outcome line when it has one, else its intent line (a change whose end
     * was never recorded); lines from before intents were written are kept as they are.
     */
    public synchronized List<JournalEntry> history() {
        java.util.Map<Object, JournalEntry> last = new java.util.LinkedHashMap<>();
        List<JournalEntry> all = read();
        for (int i = 0; i < all.size(); i++) {
            JournalEntry e = all.get(i);
            last.merge(e.id() == null ? (Object) i : e.id(), e, (old, now) -> now.intent() ? old : now);
        }
        return new ArrayList<>(last.values());
    }

    /**
     * The intents whose change has no final outcome: no outcome line, or one that left requests unknown because
     * the reads that would tell got no answer. Intents of this process ({@code selfPid}) and of other lsorg
     * processes still running are left out: their changes are still in flight.
     */
    public synchronized List<JournalEntry> open(long selfPid) {
        java.util.Map<java.util.UUID, JournalEntry> intents = new java.util.LinkedHashMap<>();
        java.util.Map<java.util.UUID, JournalEntry> outcomes = new java.util.HashMap<>();
        for (JournalEntry e : read()) {
            if (e.id() != null) {
                (e.intent() ? intents : outcomes).put(e.id(), e);
            }
        }
        return intents.values().stream().filter(i -> !outcomes.containsKey(i.id())
                || outcomes.get(i.id()).unresolved() > 0).filter(i -> i.pid() != selfPid && !alive(i.pid()))
                .toList();
    }

    private static boolean alive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Replaces anything that looks like a LangSmith key with its masked form. */
    static String scrub(String text) {
        return KEY.matcher(text).replaceAll(m -> m.group(1) == null ? "ls__***" : m.group(1) + "***");
    }

    private static void parse(String line, List<JournalEntry> into) {
        if (line.isBlank()) {
            return;
        }
        try {
            into.add(Json.mapper().readValue(line, JournalEntry.class));
        } catch (JsonProcessingException e) {
            // A torn or hand-edited line must not hide the rest of the story.
        }
    }

    private static String toJson(JournalEntry entry) {
        try {
            return Json.mapper().writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry does not serialise", e);
        }
    }

    private void createPrivately() throws IOException {
        StateFiles.privateFile(file);
    }
}
