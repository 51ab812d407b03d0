package dev.lsorg.app.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputCheckTest {
    @Test
    void pastedEmailListSplitsOnCommasAndNewlinesAndReportsEachProblem() {
        InputCheck c = new InputCheck();
        List<String> emails = c.emails("email", "Ana@X.com, bo@x.com\nnot-an-email\nana@x.com;cy@y.org");
        assertEquals(List.of("ana@x.com", "bo@x.com", "cy@y.org"), emails);
        assertEquals(List.of(new Problem("email", "'not-an-email' is not an email address"),
                new Problem("email", "ana@x.com is listed twice")), c.problems());
    }

    @Test
    void emptyListIsAProblem() {
        InputCheck c = new InputCheck();
        c.emails("email", " , \n");
        assertEquals(List.of(new Problem("email", "give at least one email address")), c.problems());
    }

    @Test
    void workspaceNamesFollowTheSpecPattern() {
        InputCheck ok = new InputCheck();
        assertEquals("Ana's Lab (2) - x@y_z", ok.workspaceName("name", "  Ana's Lab (2) - x@y_z "));
        assertTrue(ok.ok());
        InputCheck bad = new InputCheck();
        bad.workspaceName("name", "Lab/1");
        bad.workspaceName("name", "");
        bad.workspaceName("name", "a".repeat(129));
        assertEquals(List.of(new Problem("name", "only letters, digits, spaces and - _ ' @ ( ) are allowed"),
                new Problem("name", "a workspace name is required"),
                new Problem("name", "at most 128 characters (this one has 129)")), bad.problems());
    }

    @Test
    void expiryStaysWithinTheOrgsMaximum() {
        InputCheck c = new InputCheck();
        c.expiryDays("expires", 30, 90);
        c.expiryDays("expires", null, null);
        assertTrue(c.ok());
        c.expiryDays("expires", 120, 90);
        c.expiryDays("expires", null, 90);
        c.expiryDays("expires", 0, null);
        assertEquals(List.of(new Problem("expires", "the org allows at most 90 days (asked for 120)"),
                new Problem("expires", "the org requires keys to expire within 90 days"),
                new Problem("expires", "expiry must be at least 1 day")), c.problems());
    }
}
