package dev.lsorg.app;

import dev.lsorg.app.mutation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the server's reasons for a failed change back into its form: each field of a 422 next to the form field it
 * is about (the API's {@code display_name} is the form's {@code name}), anything else under the form as the server's.
 */
final class ServerReasons {
    private static final String REFUSED = "LangSmith refused the request: ";
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("display_name", "name"),
            Map.entry("tenant_handle", "handle"), Map.entry("email", "emails"), Map.entry("description", "description"),
            Map.entry("expires_at", "expires_days"), Map.entry("role_id", "role"), Map.entry("org_role_id", "org_role"),
            Map.entry("workspace_ids", "workspaces"), Map.entry("workspaces", "workspaces"),
            Map.entry("workspace_role_id", "workspace_role"), Map.entry("permissions", "permissions"));

    private ServerReasons() {
    }

    /** The problems to show in a form with {@code fields} for the runner's {@code failures}. */
    static List<Problem> problems(List<String> failures, List<FormField> fields) {
        List<Problem> out = new ArrayList<>();
        for (String failure : failures) {
            if (!failure.startsWith(REFUSED)) {
                out.add(new Problem("server", failure));
                continue;
            }
            for (String part : failure.substring(REFUSED.length()).split("; ")) {
                out.add(problem(part, fields));
            }
        }
        return out;
    }

    private static Problem problem(String part, List<FormField> fields) {
        int colon = part.indexOf(": ");
        String apiField = colon < 0 ? "" : part.substring(0, colon);
        String last = apiField.substring(apiField.lastIndexOf('.') + 1);
        String formField = FIELDS.get(last);
        boolean shown = formField != null && fields.stream().anyMatch(f -> f.name().equals(formField));
        return shown ? new Problem(formField, part.substring(colon + 2)) : new Problem("server", REFUSED + part);
    }
}
