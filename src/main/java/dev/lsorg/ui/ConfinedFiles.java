package dev.lsorg.ui;

import dev.lsorg.app.Effect;
import dev.lsorg.app.mutation.StateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The files of a console served over SSH (see {@link ConsoleFiles#confined}): exports only by bare name into the
 * folder the host chose for the person, never a path the session user typed; no command history on the host.
 */
final class ConfinedFiles implements ConsoleFiles {
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private final Path dir;

    ConfinedFiles(Path dir) {
        this.dir = dir;
    }

    @Override
    public String export(Effect.Export export) throws IOException {
        if (dir == null) {
            throw new IOException("exports are off on this server (the host can turn them on with --export-dir)");
        }
        String name = export.file().toString();
        if (!BARE.matcher(name).matches() || name.contains("..")) {
            throw new IOException("give a plain file name such as members.csv; it is saved in your export folder on"
                    + " the server");
        }
        StateFiles.privateDir(dir);
        Effect.Export inside = new Effect.Export(dir.resolve(name), export.format(), export.header(), export.rows(),
                export.types());
        Exporter.write(inside);
        return "Exported " + export.rows().size() + " rows to " + name + " in your export folder on the server";
    }

    @Override
    public void appendHistory(String line) {
        // a served session keeps its history in memory only: nothing of it lands on the host
    }
}
