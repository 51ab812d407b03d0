package dev.lsorg.command;

import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What Tab completes on a command line of the shared grammar, for the shell and the console's {@code :} line alike:
 * command names, each command's flags and fixed words, and emails, workspace names, key descriptions, role names and
 * (for custom roles) the permissions the org's roles carry where they fit, from the loaded org. Read-only mode
 * completes no command that changes the org.
 */
public final class Completions {
    private final Supplier<OrgIndex> index;
    private final boolean readOnly;

    /** A completer reading the org through {@code index} each time (it changes after every reload). */
    public Completions(Supplier<OrgIndex> index, boolean readOnly) {
        this.index = index;
        this.readOnly = readOnly;
    }

    /** The values that fit word {@code wordIndex} of {@code words} (the word being typed included). */
    public List<String> candidatesFor(List<String> words, int wordIndex) {
        if (wordIndex == 0) {
            return Grammar.available(readOnly).stream().map(CommandSpec::name).toList();
        }
        Optional<CommandSpec> spec = Grammar.find(words.get(0)).filter(s -> !readOnly || !s.mutates());
        if (spec.isEmpty()) {
            return List.of();
        }
        String previous = words.get(wordIndex - 1);
        String current = wordIndex < words.size() ? words.get(wordIndex) : "";
        if (spec.get().valueFlags().contains(previous)) {
            return flagValues(previous);
        }
        if (current.startsWith("-")) {
            return spec.get().flags();
        }
        if (spec.get().name().equals("revoke") && wordIndex > 1 && words.get(1).equals("pat")) {
            return pats();
        }
        if (wordIndex > 1 && words.get(1).equals("role") && List.of("edit", "delete").contains(words.get(0))) {
            return customRoles();
        }
        return positional(spec.get(), positionalIndex(spec.get(), words, wordIndex));
    }

    private List<String> flagValues(String flag) {
        return switch (flag) {
            case "--workspace", "-w" -> workspaces();
            case "--role" -> Stream.concat(roles(AccessScope.ORGANIZATION).stream(),
                    roles(AccessScope.WORKSPACE).stream()).distinct().toList();
            case "--org-role" -> roles(AccessScope.ORGANIZATION);
            case "--workspace-role" -> roles(AccessScope.WORKSPACE);
            case "--format" -> List.of("table", "json", "csv");
            case "--permission", "--permissions", "--add", "--drop" -> index.get().rolePermissions();
            default -> List.of();
        };
    }

    private List<String> positional(CommandSpec spec, int n) {
        if (n == 0 && !spec.words().isEmpty()) {
            return spec.words();
        }
        return switch (spec.name()) {
            case "use", "rename" -> n == 0 ? workspaces() : List.of();
            case "delete" -> workspaces();
            case "set" -> List.of("on", "off");
            case "add", "remove" -> emails(false);
            case "role" -> concat(emails(true), keys(), roles(AccessScope.ORGANIZATION), roles(AccessScope.WORKSPACE));
            case "revoke" -> concat(n == 0 ? List.of("pat") : List.of(), keys(), pendingEmails());
            case "show" -> concat(emails(true), workspaces(), keys(), allRoles());
            case "help" -> Grammar.available(readOnly).stream().map(CommandSpec::name).toList();
            default -> List.of();
        };
    }

    /** Which positional argument word {@code wordIndex} is, skipping flags and their values. */
    private static int positionalIndex(CommandSpec spec, List<String> words, int wordIndex) {
        int n = 0;
        for (int i = 1; i < wordIndex; i++) {
            String w = words.get(i);
            if (spec.valueFlags().contains(w)) {
                i++;
            } else if (!w.startsWith("-")) {
                n++;
            }
        }
        return n;
    }

    private List<String> workspaces() {
        return index.get().workspaces().stream().map(TenantForUser::displayName).toList();
    }

    private List<String> emails(boolean withPending) {
        List<String> all = new ArrayList<>(index.get().org().members().members().stream()
                .map(m -> m.email()).filter(e -> e != null).toList());
        if (withPending) {
            all.addAll(pendingEmails());
        }
        return all;
    }

    private List<String> pendingEmails() {
        return index.get().org().members().pending().stream().map(p -> p.email()).filter(e -> e != null).toList();
    }

    private List<String> keys() {
        return index.get().keys().stream().map(APIKeyGetResponse::description).filter(d -> d != null).toList();
    }

    private List<String> pats() {
        return index.get().pats().stream().map(APIKeyGetResponse::description).filter(d -> d != null).toList();
    }

    private List<String> customRoles() {
        return index.get().customRoles().stream().map(Role::displayName).toList();
    }

    private List<String> allRoles() {
        return index.get().org().roles().stream().map(Role::displayName).toList();
    }

    private List<String> roles(AccessScope scope) {
        return index.get().roles(scope).stream().map(Role::displayName).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return concat(concat(a, b), c);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c, List<String> d) {
        return concat(concat(a, b), concat(c, d));
    }
}
