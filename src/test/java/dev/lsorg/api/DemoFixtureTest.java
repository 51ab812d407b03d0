package dev.lsorg.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared set-up of api tests on one demo org per class: {@link #fx}, its emulator and admin client. */
abstract class DemoFixtureTest {
    static Fixture fx;

    @BeforeAll
    static void startFixture() {
        fx = Fixture.demo();
    }

    @AfterAll
    static void stopFixture() {
        fx.close();
    }
}
