package dev.lsorg.app.mutation;

import dev.lsorg.model.TenantForUser;
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
        d.send(requests.deleteWorkspace(ws.id()), new WorkspaceChecks.Gone(ws.id(), ws.displayName()));
        return d.finish("Delete workspace " + ws.displayName() + " with everything in it (projects, datasets,"
                + " prompts, its members and keys)", "workspace " + ws.displayName(), ws.id(), ws.displayName());
    }
}
