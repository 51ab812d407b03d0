package dev.lsorg.app.mutation;

import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.model.WorkspacePatch;

/** Builds the changes to workspaces themselves: create, rename, delete. */
final class WorkspaceChanges {
    private final OrgIndex index;
    private final Requests requests;

    WorkspaceChanges(OrgIndex index, Requests requests) {
        this.index = index;
        this.requests = requests;
    }

    Proposal create(String name, String handle) {
        Draft d = new Draft(index, MutationKind.CREATE_WORKSPACE);
        String clean = d.check.workspaceName("name", name);
        d.check.require(clean.isEmpty() || index.workspace(clean).isEmpty(), "name",
                "a workspace called " + clean + " already exists");
        d.check.require(!index.org().info().reachedMaxWorkspaces(), "name",
                "the org has reached its plan's maximum number of workspaces");
        String h = handle == null || handle.isBlank() ? null : handle.strip();
        d.check.require(h == null || h.matches("[a-z0-9][a-z0-9-]*"), "handle",
                "a handle is lower-case letters, digits and dashes");
        d.targets.add(clean);
        // lsorg chooses the id, so that a lost answer can be checked by looking for exactly this workspace.
        java.util.UUID id = java.util.UUID.randomUUID();
        d.send(requests.createWorkspace(new WorkspaceCreate(id, clean, h)), new WorkspaceChecks.Created(id, clean));
        String title = "Create workspace " + clean + (h == null ? "" : " with handle " + h);
        return d.finish(title, "org " + index.orgName(), null, null);
    }

    Proposal rename(String workspace, String newName) {
        Draft d = new Draft(index, MutationKind.RENAME_WORKSPACE);
        TenantForUser ws = d.workspace("workspace", workspace);
        d.permittedIn(ws);
        String clean = d.check.workspaceName("name", newName);
        if (ws == null || !d.check.ok()) {
            return d.finish("", "", null, null);
        }
        d.check.require(!clean.equals(ws.displayName()), "name", "that is already its name");
        d.check.require(clean.equalsIgnoreCase(ws.displayName()) || index.workspace(clean).isEmpty(), "name",
                "a workspace called " + clean + " already exists");
        d.targets.add(ws.displayName());
        d.send(requests.renameWorkspace(ws.id(), new WorkspacePatch(clean)),
                new WorkspaceChecks.Renamed(ws.id(), clean));
        return d.finish("Rename workspace " + ws.displayName() + " to " + clean, "workspace " + ws.displayName(),
                ws.id(), null);
    }

    Proposal delete(String workspace) {
        Draft d = new Draft(index, MutationKind.DELETE_WORKSPACE);
        TenantForUser ws = d.workspace("workspace", workspace);
        d.permittedIn(ws);
        if (ws == null) {
            return d.finish("", "", null, null);
        }
        d.targets.add(ws.displayName());
        d.notes.add(impact(ws));
        d.send(requests.deleteWorkspace(ws.id()), new WorkspaceChecks.Gone(ws.id(), ws.displayName()));
        return d.finish("Delete workspace " + ws.displayName() + " with everything in it (projects, datasets,"
                + " prompts, its members and keys)", "workspace " + ws.displayName(), ws.id(), ws.displayName());
    }

    // What goes with the workspace, counted from the org as loaded: the people in it and the keys that reach it.
    private String impact(TenantForUser ws) {
        TenantMembers tm = index.org().workspaceMembers() == null ? null : index.org().workspaceMembers().get(ws.id());
        String people = tm == null ? "its members (not loaded)" : count(tm.members().size(), "member")
                + (tm.pending().isEmpty() ? "" : " and " + count(tm.pending().size(), "pending invite"));
        int keys = index.org().serviceKeys() == null ? -1 : index.keysIn(ws).size();
        return "It has " + people + " and " + (keys < 0 ? "service keys (not loaded)" : count(keys, "service key"))
                + "; they lose access to it.";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
