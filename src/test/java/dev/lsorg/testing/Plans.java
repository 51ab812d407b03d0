package dev.lsorg.testing;

import dev.lsorg.emulator.Emulator;
import java.util.Map;

/**
 * Changes an emulator's plan through its {@code /_emulator/plan} route, for tests about something else that create
 * more workspaces than a seed's plan holds (the emulator enforces {@code max_workspaces}).
 */
public final class Plans {
    private Plans() {
    }

    /** Raises the plan's workspace limit far above anything a test creates. */
    public static void roomForWorkspaces(Emulator emulator) {
        TestHttp.Reply r = new TestHttp(emulator.endpoint()).put("/_emulator/plan", Map.of("max_workspaces", 1000));
        if (r.status() != 200) {
            throw new IllegalStateException("could not raise the plan: " + r.body());
        }
    }
}
