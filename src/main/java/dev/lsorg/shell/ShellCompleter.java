package dev.lsorg.shell;

import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.command.Completions;
import dev.lsorg.text.Sanitizer;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the shell: JLine's side of the shared {@link Completions} (the console's {@code :} line uses
 * the same candidates).
 */
public final class ShellCompleter implements Completer {
    private final Completions completions;

    /** A completer reading the org through {@code index} each time (it changes after every reload). */
    public ShellCompleter(Supplier<OrgIndex> index, boolean readOnly) {
        this.completions = new Completions(index, readOnly);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        // JLine echoes what it inserts: a name with control characters is offered in its visible, escaped form.
        candidatesFor(line.words(), line.wordIndex()).forEach(v -> candidates.add(new Candidate(Sanitizer.escape(v))));
    }

    /** The values that fit word {@code wordIndex} of {@code words} (the word being typed included). */
    public List<String> candidatesFor(List<String> words, int wordIndex) {
        return completions.candidatesFor(words, wordIndex);
    }
}
