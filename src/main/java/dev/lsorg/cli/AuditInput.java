package dev.lsorg.cli;

import dev.lsorg.audit.ActivityEvidence;
import dev.lsorg.model.OrgData;

/**
 * What {@code lsorg audit} audits: the whole org and its activity (the audit log of the activity window, or why it
 * could not be read).
 *
 * @param org      the loaded org
 * @param activity the org's activity
 */
public record AuditInput(OrgData org, ActivityEvidence activity) {
}
