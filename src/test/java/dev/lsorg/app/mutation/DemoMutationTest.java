package dev.lsorg.app.mutation;

import dev.lsorg.model.OrgData;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Shared set-up of the mutations-table tests: a fresh demo org, its loaded data and a live (not dry-run) factory. */
abstract class DemoMutationTest {
    @TempDir
    Path dir;
    DemoOrg demo;
    OrgData org;
    MutationFactory factory;

    @BeforeEach
    void start() {
        demo = DemoOrg.start();
        org = demo.load();
        factory = new MutationFactory(demo.client, org, false, demo.clock);
    }

    @AfterEach
    void stop() {
        demo.close();
    }
}
