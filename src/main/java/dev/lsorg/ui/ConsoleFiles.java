package dev.lsorg.ui;

import dev.lsorg.app.Effect;
import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.text.Sanitizer;
import java.nio.file.Path;

/**
 * The host files a console writes on its user's behalf: exports and command history. The local console writes
 * where its user says (it is their machine); a console served over SSH is {@link #confined}: nothing its user types
 * becomes a host path. Called on the console's I/O thread, never on the GUI thread.
 */
public interface ConsoleFiles {
    /** Writes an export; returns a sentence for the status line. */
    String export(Effect.Export export) throws Exception;

    /** Appends a command to the history, if this console keeps one. */
    void appendHistory(String line) throws Exception;

    /** The local console: exports go to the path typed, history to {@code historyFile}. */
    static ConsoleFiles local(Path historyFile) {
        return new ConsoleFiles() {
            @Override
            public String export(Effect.Export export) throws Exception {
                return Exporter.write(export);
            }

            @Override
            public void appendHistory(String line) throws Exception {
                StateFiles.append(historyFile, Sanitizer.escape(line) + "\n");
            }
        };
    }

    /**
     * A served console: an export is a bare file name written into {@code exportDir} (the folder the host named for
     * this person; null: exports are off), and no history is kept on the host.
     */
    static ConsoleFiles confined(Path exportDir) {
        return new ConfinedFiles(exportDir);
    }
}
