package dev.lsorg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lsorg.app.mutation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's reasons land next to the form field they are about, or under the form. */
class ServerReasonsTest {
    private static final List<FormField> INVITE = List.of(FormField.text("emails", "Emails", ""),
            FormField.text("workspaces", "Workspaces", ""));

    @Test
    void validationFieldsMapToFormFieldsAndTheRestStaysTheServers() {
        List<Problem> got = ServerReasons.problems(List.of(
                "LangSmith refused the request: 1.email: value is not a valid email address; body: too large",
                "Conflict with the current state of the org: already invited"), INVITE);
        assertEquals(List.of(new Problem("emails", "value is not a valid email address"),
                new Problem("server", "LangSmith refused the request: body: too large"),
                new Problem("server", "Conflict with the current state of the org: already invited")), got);
    }

    @Test
    void aFieldTheFormDoesNotHaveStaysUnderTheForm() {
        assertEquals(List.of(new Problem("server", "LangSmith refused the request: display_name: too long")),
                ServerReasons.problems(List.of("LangSmith refused the request: display_name: too long"), INVITE));
    }
}
