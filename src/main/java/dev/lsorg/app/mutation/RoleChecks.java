package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.Role;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@link Check}s of custom-role changes. The server chooses a new role's id, so a new role is told apart by the
 * role ids listed just before it was asked for (as a new key is), not by its name alone.
 */
final class RoleChecks {
    private RoleChecks() {
    }

    /** A role called {@code name} is listed that was not among {@code before}. */
    record Created(String name, Set<UUID> before) implements Check {
        Created {
            before = Set.copyOf(before);
        }

        @Override
        public List<String> objects() {
            return List.of("role:new:" + name.toLowerCase(Locale.ROOT));
        }

        @Override
        public Future<Check> prepare(LangSmithClient client) {
            return client.roles().list().map(roles -> (Check) new Created(name, roles.stream().map(Role::id)
                    .collect(Collectors.toSet()))).otherwise(this);
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.roles().list().map(roles -> roles.stream()
                    .filter(r -> !before.contains(r.id()) && name.equals(r.displayName())).findFirst()
                    .map(r -> Evidence.found("a new role " + name + " (" + r.id() + ") is listed", r.id()))
                    .orElse(Evidence.notDone("no new role called " + name + " is listed")));
        }
    }

    /** Role {@code roleId} is called {@code name}, reads {@code description} and holds exactly {@code permissions}. */
    record Edited(UUID roleId, String name, String description, List<String> permissions) implements Check {
        Edited {
            permissions = List.copyOf(permissions);
        }

        @Override
        public List<String> objects() {
            return List.of(role(roleId));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.roles().list().map(roles -> roles.stream().filter(r -> roleId.equals(r.id())).findFirst()
                    .map(r -> matches(r) ? Evidence.done("role " + name + " is listed as asked")
                            : Evidence.notDone("role " + r.displayName() + " is listed as it was"))
                    .orElse(Evidence.notDone("role " + name + " is no longer listed")));
        }

        private boolean matches(Role r) {
            return name.equals(r.displayName()) && Objects.equals(description, r.description())
                    && r.permissions() != null && Set.copyOf(permissions).equals(Set.copyOf(r.permissions()));
        }
    }

    /** Role {@code roleId} is no longer listed. */
    record Gone(UUID roleId, String name) implements Check {
        @Override
        public List<String> objects() {
            return List.of(role(roleId));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.roles().list().map(roles -> roles.stream().noneMatch(r -> roleId.equals(r.id()))
                    ? Evidence.done("role " + name + " is no longer listed")
                    : Evidence.notDone("role " + name + " is still listed"));
        }
    }

    static String role(UUID id) {
        return "role:" + Objects.requireNonNull(id);
    }
}
