package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.config.ConfigException;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.text.Sanitizer;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg whoami}: a quick check that the configuration works. Prints the org's name and id, the endpoint,
 * the key's short form and scope, and the workspace count; failures are one line with exit code 2 (configuration)
 * or 3 (API or network).
 */
@Command(name = "whoami", description = "Show the org, the endpoint, the key's short form and scope, and the workspace count.")
public final class WhoamiCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public WhoamiCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (OrgConnection connection = OrgConnection.open(main.global(), ctx.config(), ctx.clock(), err)) {
            Report report = await(report(connection.client()));
            Optional<TenantForUser> workspace = workspace(connection, report);
            PrintWriter out = spec.commandLine().getOut();
            print(out, connection.client(), report);
            workspace.ifPresent(w -> out.printf("workspace   %s (%s)%n", Sanitizer.line(w.displayName()), w.id()));
            out.flush();
            return ExitCodes.OK;
        } catch (CommandFailure e) {
            err.println("lsorg: " + e.getMessage());
            return e.exitCode();
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("lsorg: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ApiException e) {
            err.println("lsorg: " + Sanitizer.message(e.getMessage()));
            return ExitCodes.API;
        }
    }

    /** The workspace asked for (flag, environment or profile), if any; one that is not in the org is an error. */
    private Optional<TenantForUser> workspace(OrgConnection connection, Report report) throws CommandFailure {
        Optional<WorkspaceChoice> asked = WorkspaceChoice.of(main.global(), connection.client().config());
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(asked.get().in(report.workspaces()).orElseThrow(asked.get()::missing));
    }

    /** What whoami shows; {@code key} is empty when the key lists cannot be read with this key. */
    record Report(OrganizationInfo info, List<TenantForUser> workspaces, List<Role> roles,
                  Optional<APIKeyGetResponse> key, boolean pat) {
    }

    static Future<Report> report(LangSmithClient client) {
        String shortForm = client.config().apiKey().shortForm();
        Future<OrganizationInfo> info = client.orgInfo().get();
        Future<List<TenantForUser>> workspaces = client.workspaces().list(true);
        Future<List<Role>> roles = client.roles().list().otherwise(List.of());
        Future<Optional<APIKeyGetResponse>> serviceKey = find(client.apiKeys().listServiceKeys(List.of()), shortForm);
        Future<Optional<APIKeyGetResponse>> pat = find(client.apiKeys().listPersonalAccessTokens(), shortForm);
        return Future.all(info, workspaces, roles, serviceKey, pat).compose(all -> {
            boolean isPat = serviceKey.result().isEmpty() && pat.result().isPresent();
            Optional<APIKeyGetResponse> known = serviceKey.result().or(pat::result);
            Future<Optional<APIKeyGetResponse>> key = known.isPresent() ? Future.succeededFuture(known)
                    : inWorkspaceLists(client, workspaces.result(), shortForm);
            return key.map(k -> new Report(info.result(), workspaces.result(), roles.result(), k, isPat));
        });
    }

    /**
     * A workspace-scoped key cannot read the org's key lists, but it can read its own workspaces' lists; look there
     * (in the first few visible workspaces only, to stay quick).
     */
    private static Future<Optional<APIKeyGetResponse>> inWorkspaceLists(LangSmithClient client,
                                                                     List<TenantForUser> workspaces, String shortForm) {
        List<Future<Optional<APIKeyGetResponse>>> lookups = workspaces.stream().filter(w -> !w.isDeleted()).limit(10)
                .map(w -> find(client.apiKeys().listWorkspaceKeys(w.id()), shortForm)).toList();
        return Future.all(lookups).map(all -> lookups.stream().map(Future::result).flatMap(Optional::stream).findFirst());
    }

    /** The listed key with this short form; a list the key may not read counts as "not found". */
    private static Future<Optional<APIKeyGetResponse>> find(Future<List<APIKeyGetResponse>> list, String shortForm) {
        return list.map(keys -> keys.stream().filter(k -> shortForm.equals(k.shortKey())).findFirst())
                .recover(e -> ApiException.errorOf(e) instanceof ApiError.Forbidden
                        ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(e));
    }

    static void print(PrintWriter out, LangSmithClient client, Report r) {
        long deleted = r.workspaces().stream().filter(TenantForUser::isDeleted).count();
        out.printf("org         %s (%s)%n", Sanitizer.line(r.info().displayName()), r.info().id());
        out.printf("endpoint    %s%n", client.config().endpoint());
        out.printf("key         %s%n", client.config().apiKey().shortForm());
        out.printf("scope       %s%n", Sanitizer.message(scope(r)));
        out.printf("workspaces  %d%s%n", r.workspaces().size() - deleted, deleted == 0 ? "" : " (+" + deleted + " deleted)");
        out.flush();
    }

    static String scope(Report r) {
        if (r.key().isEmpty()) {
            return "unknown (the key is not in the org's key lists it can read)";
        }
        APIKeyGetResponse k = r.key().get();
        if (r.pat()) {
            return "personal access token (acts with its user's permissions)";
        }
        if (k.workspaceNames() == null || k.workspaceNames().isEmpty() || k.orgRoleId() != null) {
            return "organization-wide service key, " + roleName(r, k.orgRoleId(), "no org role");
        }
        return "service key for workspace(s) " + String.join(", ", k.workspaceNames()) + ", "
                + roleName(r, k.roleId(), "default role");
    }

    private static String roleName(Report r, java.util.UUID roleId, String fallback) {
        if (roleId == null) {
            return fallback;
        }
        return r.roles().stream().filter(role -> role.id().equals(roleId)).map(Role::displayName).findFirst()
                .orElse("role " + roleId);
    }

    /** Waits for {@code future} on this (non-event-loop) thread; an unexpected failure becomes an API error. */
    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ApiException api ? api
                    : new ApiException(ApiException.errorOf(e.getCause()), "whoami");
        } catch (TimeoutException e) {
            throw new ApiException(new ApiError.Timeout(java.time.Duration.ofSeconds(120)), "whoami");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(new ApiError.Network("interrupted", false), "whoami");
        }
    }
}
