package dev.lsorg.cli;

import picocli.CommandLine;

/**
 * Makes each picocli command, version provider and converter with its {@code (CliContext)} constructor where it has
 * one, so every command of a run shares one clock, environment and configuration. Its no-argument constructor (the
 * real process's context) is what picocli's own tools use when the build generates the completion scripts and
 * man pages from the command model.
 */
public final class CommandFactory implements CommandLine.IFactory {
    private final CliContext ctx;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    /** A factory for the real process. */
    public CommandFactory() {
        this(CliContext.system());
    }

    /** A factory for the run in {@code ctx}. */
    public CommandFactory(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return cls.getConstructor(CliContext.class).newInstance(ctx);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
