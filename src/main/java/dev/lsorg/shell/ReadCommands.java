package dev.lsorg.shell;

import dev.lsorg.command.Grammar;
import dev.lsorg.command.CommandSpec;
import dev.lsorg.command.Command;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.cli.ExitCodes;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.text.Sanitizer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The shell commands that only read: {@code ls}, {@code show}, {@code use}, {@code help}, {@code journal}. */
final class ReadCommands {
    private final ShellSession session;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int width;

    /** Reads answered on {@code out}, tables fitted to {@code width} columns. */
    ReadCommands(ShellSession session, PrintWriter out, PrintWriter err, int width) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.width = width;
    }

    int ls(Command.Ls c) {
        TenantForUser ws = null;
        if (c.workspace() != null) {
            Optional<TenantForUser> found = session.index().workspace(c.workspace());
            if (found.isEmpty()) {
                err.println("no workspace called '" + Sanitizer.line(c.workspace()) + "'");
                return ExitCodes.USAGE;
            }
            ws = found.get();
        } else if (!c.what().equals("workspaces") && !c.what().equals("roles")) {
            ws = session.workspace().orElse(null);
        }
        out.print(new Listings(session.index()).table(c.what(), ws).filter(c.filter()).render(c.format(), width));
        return ExitCodes.OK;
    }

    int show(Command.Show c) {
        session.prepare(Details.needs(session.index(), c.target()));
        Optional<String> text = new Details(session.index()).describe(c.target());
        if (text.isEmpty()) {
            err.println("no member, pending invite, workspace or key called '" + Sanitizer.line(c.target()) + "'");
            return ExitCodes.USAGE;
        }
        out.print(text.get());
        return ExitCodes.OK;
    }

    int use(Command.Use c) {
        if (c.workspace() == null) {
            session.use(null);
            out.println("No workspace in use: ls lists the whole org");
            return ExitCodes.OK;
        }
        Optional<TenantForUser> ws = session.index().workspace(c.workspace());
        if (ws.isEmpty()) {
            err.println("no workspace called '" + Sanitizer.line(c.workspace()) + "'");
            return ExitCodes.USAGE;
        }
        session.use(ws.get());
        out.println("Using workspace " + Sanitizer.line(ws.get().displayName()) + " (" + ws.get().id() + ")");
        return ExitCodes.OK;
    }

    int help(Command.Help c) {
        if (c.topic() == null) {
            out.println("Commands (help COMMAND for more):");
            Grammar.available(session.readOnly())
                    .forEach(s -> out.printf("  %-12s %s%n", s.name(), s.summary()));
            if (session.readOnly()) {
                out.println("Read-only mode: commands that change the org are not available.");
            }
            return ExitCodes.OK;
        }
        Optional<CommandSpec> spec = Grammar.find(c.topic());
        if (spec.isEmpty() || (spec.get().mutates() && session.readOnly())) {
            err.println("no command '" + Sanitizer.line(c.topic()) + "'"
                    + (spec.isPresent() ? " in read-only mode" : ""));
            return ExitCodes.USAGE;
        }
        out.println("usage: " + spec.get().usage());
        out.println(spec.get().summary());
        return ExitCodes.OK;
    }

    int journal(Command.ShowJournal c) {
        List<JournalEntry> entries = session.journal().history();
        entries.subList(Math.max(0, entries.size() - c.last()), entries.size()).forEach(e -> out.printf(
                "%s  %-8s %s%s%n", e.time(), e.intent() ? "no outcome recorded" : e.outcome(),
                Sanitizer.message(e.change()), e.error() == null ? "" : " — " + Sanitizer.message(e.error())));
        if (entries.isEmpty()) {
            out.println("The journal " + session.journal().file() + " is empty.");
        }
        return ExitCodes.OK;
    }

    int reload() {
        session.reload();
        OrgIndex index = session.index();
        out.println("Loaded org " + Sanitizer.line(index.orgName()) + ": " + index.workspaces().size() + " workspaces, "
                + index.org().members().members().size() + " members, " + index.keys().size() + " keys");
        return ExitCodes.OK;
    }
}
