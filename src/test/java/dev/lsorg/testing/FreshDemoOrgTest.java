package dev.lsorg.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared set-up of tests that change the demo org: every test gets a fresh one ({@link #demo}), so changes never
 * leak between tests, and a folder of its own ({@link #dir}) for journals and files.
 */
public abstract class FreshDemoOrgTest {
    @TempDir
    protected Path dir;
    protected DemoOrg demo;

    @BeforeEach
    void startDemoOrg() {
        demo = DemoOrg.start();
    }

    @AfterEach
    void stopDemoOrg() {
        demo.close();
    }
}
