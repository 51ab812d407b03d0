package dev.lsorg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every lsorg command accepts (a picocli mixin): where the org is, how changes are guarded and how
 * the screen looks.
 */
public final class GlobalOptions {
    @Option(scope = ScopeType.INHERIT, names = "--demo", description = "Use an in-process emulator with the 'demo' seed instead of a real org.")
    public boolean demo;

    @Option(scope = ScopeType.INHERIT, names = "--demo-seed", paramLabel = "demo|hostile|large",
            description = "Like --demo, with another emulator seed (hostile: names and descriptions carrying"
                    + " terminal, clipboard and spreadsheet payloads).")
    public String demoSeed;

    @Option(scope = ScopeType.INHERIT, names = "--profile", paramLabel = "NAME", description = "Profile from the config file.")
    public String profile;

    @Option(scope = ScopeType.INHERIT, names = "--endpoint", paramLabel = "URL", description = "API base URL (overrides LANGSMITH_ENDPOINT).")
    public String endpoint;

    @Option(scope = ScopeType.INHERIT, names = "--api-key-file", paramLabel = "FILE",
            description = "Read the API key from FILE (must not be readable by group or others).")
    public Path apiKeyFile;

    @Option(scope = ScopeType.INHERIT, names = "--org", paramLabel = "UUID", description = "Organization id (overrides LANGSMITH_ORGANIZATION_ID).")
    public String organizationId;

    @Option(scope = ScopeType.INHERIT, names = "--workspace", paramLabel = "UUID|NAME",
            description = "Workspace to start in (overrides LANGSMITH_WORKSPACE_ID).")
    public String workspace;

    @Option(scope = ScopeType.INHERIT, names = "--insecure-http",
            description = "Allow a plain http endpoint on another machine (the key then travels unencrypted).")
    public boolean insecureHttp;

    @Option(scope = ScopeType.INHERIT, names = "--read-only", description = "Refuse every change to the org.")
    public boolean readOnly;

    @Option(scope = ScopeType.INHERIT, names = "--write", description = "Allow changes even when the profile is read-only.")
    public boolean write;

    @Option(scope = ScopeType.INHERIT, names = "--dry-run", description = "Confirm and record changes, but never send them.")
    public boolean dryRun;

    @Option(scope = ScopeType.INHERIT, names = "--theme", paramLabel = "NAME|PATH",
            completionCandidates = ThemeNames.class, description = "Console theme (dark, light, high-contrast, mono or a file).")
    public String theme;

    @Option(scope = ScopeType.INHERIT, names = "--no-color", description = "Monochrome output (also set by NO_COLOR).")
    public boolean noColor;

    /** Whether an in-process emulator stands in for the org ({@code --demo} or {@code --demo-seed}). */
    public boolean demo() {
        return demo || demoSeed != null;
    }

    /** The seed of the in-process emulator: {@code --demo-seed}, else {@code demo}. */
    public String demoSeed() {
        return demoSeed != null ? demoSeed : "demo";
    }

    @Option(scope = ScopeType.INHERIT, names = "--no-mouse",
            description = "Leave the mouse to the terminal (the console reads clicks and the wheel by default).")
    public boolean noMouse;

    @Option(scope = ScopeType.INHERIT, names = "--ascii", description = "Draw with ASCII instead of box-drawing characters.")
    public boolean ascii;
}
