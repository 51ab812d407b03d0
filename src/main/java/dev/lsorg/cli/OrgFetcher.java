package dev.lsorg.cli;

import dev.lsorg.api.ApiException;
import dev.lsorg.api.LoadProgress;
import dev.lsorg.config.ConfigException;
import dev.lsorg.model.OrgData;
import java.io.PrintWriter;
import java.util.Map;

/** Loads the whole org a command works on, as the global options say (configured org or {@code --demo}). */
@FunctionalInterface
public interface OrgFetcher {
    /**
     * Loads the org, reporting progress; blocks until done.
     *
     * @throws ConfigException when the configuration is missing or wrong (exit code 2)
     * @throws ApiException    when the API or the network fails (exit code 3)
     */
    OrgData fetch(GlobalOptions global, LoadProgress progress) throws ConfigException;

    /**
     * Loads the org like {@link #fetch(GlobalOptions, LoadProgress)}, printing warnings about the connection (a key
     * sent unencrypted) to {@code warnings}.
     */
    default OrgData fetch(GlobalOptions global, LoadProgress progress, PrintWriter warnings) throws ConfigException {
        return fetch(global, progress);
    }

    /**
     * Loads the org like {@link #fetch(GlobalOptions, LoadProgress, PrintWriter)} together with the org's audit log
     * of the {@code activityWindow} up to now, as the activity rules read it. A log that cannot be read does not fail
     * the load: the evidence says why. Without a live org (a fixture) no activity is asked for.
     */
    default AuditInput fetchForAudit(GlobalOptions global, LoadProgress progress, PrintWriter warnings,
                                     java.time.Duration activityWindow) throws ConfigException {
        return new AuditInput(fetch(global, progress, warnings), dev.lsorg.audit.ActivityEvidence.notAsked());
    }

    /**
     * The audit thresholds set in the configuration the org is loaded with (the config file's {@code [audit]}
     * table), by key; none unless the fetcher reads a config file.
     *
     * @throws ConfigException when the config file is wrong (exit code 2)
     */
    default Map<String, Integer> auditSettings() throws ConfigException {
        return Map.of();
    }
}
