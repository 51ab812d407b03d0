package dev.lsorg.emulator;

import java.util.Map;

/**
 * Which {@code AuditLogOperation} each change route of the emulator is logged as, and the OCSF activity it is
 * (create, update or delete). LangSmith's reference lists the operation names but not the route of each; the
 * pairs below follow the names (e.g. {@code DELETE /orgs/current/members/{id}} is {@code delete_org_member}). A PAT
 * revocation has no name of its own and is logged as {@code delete_personal_access_token}.
 */
final class AuditOperations {
    /** OCSF API Activity ids. */
    static final int CREATE = 1;
    static final int UPDATE = 3;
    static final int DELETE = 4;
    static final int OTHER = 99;

    private static final String ORG = "/api/v1/orgs/current";
    private static final String WS_MEMBERS = "/api/v1/workspaces/current/members";
    private static final Map<String, String> BY_ROUTE = Map.ofEntries(
            Map.entry("POST /api/v1/workspaces", "create_workspace"),
            Map.entry("PATCH /api/v1/workspaces/:workspace_id", "update_workspace"),
            Map.entry("DELETE /api/v1/workspaces/:workspace_id", "delete_workspace"),
            Map.entry("PATCH " + ORG + "/info", "update_organization_info"),
            Map.entry("POST " + ORG + "/roles", "create_role"),
            Map.entry("PATCH " + ORG + "/roles/:role_id", "update_role"),
            Map.entry("DELETE " + ORG + "/roles/:role_id", "delete_role"),
            Map.entry("PUT " + ORG + "/roles/:role_id/restriction", "upsert_role_restriction"),
            Map.entry("POST " + ORG + "/members", "invite_user_to_org"),
            Map.entry("POST " + ORG + "/members/batch", "invite_users_to_org_batch"),
            Map.entry("POST " + ORG + "/members/basic/batch", "add_basic_auth_users_to_org"),
            Map.entry("PATCH " + ORG + "/members/:identity_id", "update_org_member"),
            Map.entry("DELETE " + ORG + "/members/:identity_id", "delete_org_member"),
            Map.entry("PATCH " + ORG + "/members/:identity_id/pending", "update_org_pending_member"),
            Map.entry("DELETE " + ORG + "/members/:identity_id/pending", "delete_org_pending_member"),
            Map.entry("POST " + ORG + "/service-keys", "create_service_key"),
            Map.entry("PATCH " + ORG + "/service-keys/:api_key_id", "update_service_key"),
            Map.entry("DELETE " + ORG + "/service-keys/:api_key_id", "delete_service_key"),
            Map.entry("POST " + ORG + "/personal-access-tokens", "create_personal_access_token"),
            Map.entry("DELETE " + ORG + "/personal-access-tokens/:pat_id", "delete_personal_access_token"),
            Map.entry("POST " + ORG + "/personal-access-tokens/:pat_id/revocation", "delete_personal_access_token"),
            Map.entry("POST /api/v1/api-key", "create_api_key"),
            Map.entry("DELETE /api/v1/api-key/:api_key_id", "delete_api_key"),
            Map.entry("POST " + WS_MEMBERS, "add_member_to_workspace"),
            Map.entry("POST " + WS_MEMBERS + "/batch", "add_members_to_workspace_batch"),
            Map.entry("PATCH " + WS_MEMBERS + "/:identity_id", "update_workspace_member"),
            Map.entry("DELETE " + WS_MEMBERS + "/:identity_id", "delete_workspace_member"),
            Map.entry("PATCH " + WS_MEMBERS + "/:identity_id/pending", "update_workspace_pending_member"),
            Map.entry("DELETE " + WS_MEMBERS + "/:identity_id/pending", "delete_workspace_pending_member"));

    private AuditOperations() {
    }

    /** The operation of a route ({@code "DELETE /api/v1/workspaces/:workspace_id"}), or null when it is not logged. */
    static String of(String method, String routePath) {
        return BY_ROUTE.get(method + " " + routePath);
    }

    /** Every logged route, as {@code "METHOD /path/:param"}. */
    static java.util.Set<String> routes() {
        return BY_ROUTE.keySet();
    }

    /** The OCSF activity of an operation, read from its verb. */
    static int activity(String operation) {
        if (operation.startsWith("create_") || operation.startsWith("invite_") || operation.startsWith("add_")) {
            return CREATE;
        }
        if (operation.startsWith("update_") || operation.startsWith("upsert_")) {
            return UPDATE;
        }
        return operation.startsWith("delete_") ? DELETE : OTHER;
    }

    /** The OCSF activity's name. */
    static String activityName(int activity) {
        return switch (activity) {
            case CREATE -> "Create";
            case UPDATE -> "Update";
            case DELETE -> "Delete";
            default -> "Other";
        };
    }
}
