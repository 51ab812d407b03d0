package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lsorg.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The emulator's back door for the invitee's side: accepting an invite (LangSmith needs a user login for it). */
final class InviteAcceptor {
    private InviteAcceptor() {
    }

    /** Accepts pending invite {@code pendingId}; returns the new org identity id. */
    static UUID accept(Fixture fx, UUID pendingId) {
        try {
            HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(fx.emulator.endpoint() + "/_emulator/invites/" + pendingId + "/accept"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode(), resp.body());
            return UUID.fromString(Json.mapper().readTree(resp.body()).get("id").asText());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
