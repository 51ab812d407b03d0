package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.OrganizationInfo;
import io.vertx.core.Future;
import java.util.List;

/** The {@link Check}s of org settings; and the one change no read can confirm. */
final class SettingChecks {
    private SettingChecks() {
    }

    /** The org setting {@code field} ({@code invites_enabled} ...) reads {@code value}. */
    record Value(String field, boolean value, String words) implements Check {
        @Override
        public List<String> objects() {
            return List.of("setting:" + field);
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.orgInfo().get().map(info -> current(info) == value
                    ? Evidence.done(words + " (" + field + " is " + value + ")")
                    : Evidence.notDone(field + " is still " + current(info)));
        }

        private boolean current(OrganizationInfo info) {
            return switch (field) {
                case "public_sharing_disabled" -> info.publicSharingDisabled();
                case "pat_creation_disabled" -> info.patCreationDisabled();
                case "invites_enabled" -> info.invitesEnabled();
                default -> throw new IllegalStateException("no such setting: " + field);
            };
        }
    }

    /** A change no read shows ({@code unshare_all}: nothing lists what was shared before); {@code why} says so. */
    record Unverifiable(String object, String why) implements Check {
        @Override
        public List<String> objects() {
            return List.of(object);
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return Future.succeededFuture(Evidence.cannotTell(why));
        }
    }
}
