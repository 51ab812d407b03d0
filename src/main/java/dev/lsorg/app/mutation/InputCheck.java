package dev.lsorg.app.mutation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a change's input before anything is sent and collects one {@link Problem} per broken rule, so a form or
 * the shell can say exactly which field is wrong and why. One instance per proposed change.
 */
public final class InputCheck {
    /** The spec's pattern for {@code WorkspaceCreate.display_name} and {@code WorkspacePatch.display_name}. */
    public static final Pattern WORKSPACE_NAME = Pattern.compile("^[a-zA-Z0-9\\-_ '@()]+$");
    /** The spec sets no maximum; we cap names so a stray paste cannot become a workspace name. */
    public static final int WORKSPACE_NAME_MAX = 128;
    /** LangSmith's limit on one batch invite call. */
    public static final int BATCH_LIMIT = 500;
    // Deliberately simple: one @, no spaces or list separators, a dot in the domain. The server has the last word.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+$");

    private final List<Problem> problems = new ArrayList<>();

    /** Records {@code reason} for {@code field} unless {@code ok}; returns {@code ok} so callers can chain. */
    public boolean require(boolean ok, String field, String reason) {
        if (!ok) {
            problems.add(new Problem(field, reason));
        }
        return ok;
    }

    /** Adds a problem unconditionally. */
    public void fail(String field, String reason) {
        problems.add(new Problem(field, reason));
    }

    /**
     * Splits a pasted list (commas, semicolons, spaces or newlines), checks each address and reports duplicates;
     * returns the distinct addresses, trimmed and lower-cased as LangSmith matches them.
     */
    public List<String> emails(String field, String pasted) {
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : splitList(pasted)) {
            String email = raw.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                fail(field, "'" + raw + "' is not an email address");
            } else if (!seen.add(email)) {
                fail(field, email + " is listed twice");
            }
        }
        require(!seen.isEmpty() || !problems.isEmpty(), field, "give at least one email address");
        return List.copyOf(seen);
    }

    /** Checks a single email address and returns it trimmed and lower-cased. */
    public String email(String field, String text) {
        String email = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        require(EMAIL.matcher(email).matches(), field, "'" + email + "' is not an email address");
        return email;
    }

    /** Checks a workspace name against the spec's pattern and our length cap; returns it trimmed. */
    public String workspaceName(String field, String text) {
        String name = text == null ? "" : text.trim();
        if (require(!name.isEmpty(), field, "a workspace name is required")
                && require(name.length() <= WORKSPACE_NAME_MAX, field,
                        "at most " + WORKSPACE_NAME_MAX + " characters (this one has " + name.length() + ")")) {
            require(WORKSPACE_NAME.matcher(name).matches(), field,
                    "only letters, digits, spaces and - _ ' @ ( ) are allowed");
        }
        return name;
    }

    /** Checks a key's lifetime in days against the org's maximum ({@code null} max means no limit). */
    public void expiryDays(String field, Integer days, Integer maxDays) {
        if (days == null) {
            require(maxDays == null, field, "the org requires keys to expire within " + maxDays + " days");
            return;
        }
        if (require(days > 0, field, "expiry must be at least 1 day") && maxDays != null) {
            require(days <= maxDays, field, "the org allows at most " + maxDays + " days (asked for " + days + ")");
        }
    }

    /** Whether no rule was broken. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The broken rules, in the order they were found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Splits a comma, semicolon, whitespace or newline separated list into trimmed, non-empty items. */
    public static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }
}
