package dev.lsorg.app;

/** The changes that need input before they can be confirmed, each with its form's title. */
public enum FormKind {
    CREATE_WORKSPACE("Create a workspace"),
    RENAME_WORKSPACE("Rename the workspace"),
    INVITE("Invite people to the org"),
    ORG_ROLE("Change the org role"),
    INVITE_ROLE("Change the pending invite's org role"),
    ADD_TO_WORKSPACE("Add org members to the workspace"),
    WORKSPACE_ROLE("Change the workspace role"),
    CREATE_KEY("Create a service key"),
    KEY_ROLE("Change the service key's role"),
    CREATE_ROLE("Create a custom role"),
    EDIT_ROLE("Edit the custom role");

    private final String title;

    FormKind(String title) {
        this.title = title;
    }

    /** The form's title. */
    public String title() {
        return title;
    }
}
