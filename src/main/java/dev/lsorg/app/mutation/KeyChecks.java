package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.APIKeyGetResponse;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@link Check}s of service-key changes. A new key is told apart by the key ids listed just before it was
 * asked for, not by its description (descriptions can repeat).
 */
final class KeyChecks {
    private KeyChecks() {
    }

    /** A key described {@code description} is listed that was not among {@code before}. */
    record Created(String description, Set<UUID> before) implements Check {
        Created {
            before = Set.copyOf(before);
        }

        @Override
        public List<String> objects() {
            return List.of("key:new:" + description.toLowerCase(Locale.ROOT));
        }

        @Override
        public Future<Check> prepare(LangSmithClient client) {
            return client.apiKeys().listServiceKeys(List.of())
                    .map(keys -> (Check) new Created(description, keys.stream().map(APIKeyGetResponse::id)
                            .collect(Collectors.toSet())))
                    .otherwise(this);
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.apiKeys().listServiceKeys(List.of()).map(keys -> {
                List<APIKeyGetResponse> fresh = keys.stream().filter(k -> !before.contains(k.id())
                        && description.equals(k.description())).toList();
                if (fresh.isEmpty()) {
                    return Evidence.notDone("no new key described '" + description + "' is listed");
                }
                APIKeyGetResponse k = fresh.get(0);
                return Evidence.found((fresh.size() == 1 ? "a new key " : fresh.size() + " new keys, the first ")
                        + k.shortKey() + " (" + k.id() + ") described '" + description + "' is listed", k.id());
            });
        }
    }

    /** Key {@code keyId} has the workspace role {@code roleId} and org role {@code orgRoleId} (null: unchanged). */
    record Role(UUID keyId, String description, UUID roleId, UUID orgRoleId, String roleName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(key(keyId));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.apiKeys().listServiceKeys(List.of()).map(keys -> keys.stream()
                    .filter(k -> keyId.equals(k.id())).findFirst()
                    .map(k -> (roleId == null || roleId.equals(k.roleId()))
                            && (orgRoleId == null || orgRoleId.equals(k.orgRoleId()))
                            ? Evidence.done("key '" + description + "' is " + roleName)
                            : Evidence.notDone("key '" + description + "' is not " + roleName))
                    .orElse(Evidence.notDone("key '" + description + "' is no longer listed")));
        }
    }

    /**
     * Key {@code keyId} is revoked: no longer listed (through the workspace's list when {@code workspaceId}); when
     * it is the key lsorg is using ({@code own}), LangSmith rejecting it is the proof.
     */
    record Gone(UUID keyId, String description, UUID workspaceId, boolean own) implements Check {
        @Override
        public List<String> objects() {
            return List.of(key(keyId));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            Future<List<APIKeyGetResponse>> list = workspaceId == null ? client.apiKeys().listServiceKeys(List.of())
                    : client.apiKeys().listWorkspaceKeys(workspaceId);
            return list.map(keys -> keys.stream().noneMatch(k -> keyId.equals(k.id()))
                    ? Evidence.done("key '" + description + "' is no longer listed")
                    : Evidence.notDone("key '" + description + "' is still listed"))
                    .recover(e -> own && ApiException.errorOf(e) instanceof ApiError.Unauthorized
                            ? Future.succeededFuture(Evidence.done("LangSmith now rejects the key lsorg was using"))
                            : Future.failedFuture(e));
        }
    }

    /**
     * Personal access token {@code patId} no longer works: listed as expired by now (revocation keeps the record and
     * moves its expiry to the revocation time), or no longer listed at all.
     */
    record PatRevoked(UUID patId, String description) implements Check {
        @Override
        public List<String> objects() {
            return List.of(key(patId));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            java.time.Instant now = client.clock().instant();
            return client.apiKeys().listOrgPersonalAccessTokens().map(listing -> listing.tokens().stream()
                    .filter(k -> patId.equals(k.id())).findFirst()
                    .map(k -> k.expiresAt() != null && !k.expiresAt().isAfter(now)
                            ? Evidence.done("token '" + description + "' is listed as expired at " + k.expiresAt())
                            : Evidence.notDone("token '" + description + "' is still valid"))
                    .orElse(Evidence.done("token '" + description + "' is no longer listed")));
        }
    }

    static String key(UUID id) {
        return "key:" + Objects.requireNonNull(id);
    }
}
