package dev.lsorg.app.mutation;

import dev.lsorg.model.OrgData;
import dev.lsorg.testing.FreshDemoOrgTest;
import org.junit.jupiter.api.BeforeEach;

/** Shared set-up of the mutations-table tests: a fresh demo org, its loaded data and a live (not dry-run) factory. */
abstract class DemoMutationTest extends FreshDemoOrgTest {
    OrgData org;
    MutationFactory factory;

    @BeforeEach
    void loadOrg() {
        org = demo.load();
        factory = new MutationFactory(demo.client, org, false, demo.clock);
    }
}
