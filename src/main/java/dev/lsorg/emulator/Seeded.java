package dev.lsorg.emulator;

/** A freshly seeded org: its store and the secrets of the keys callers use to reach it. */
record Seeded(Store store, SeedKeys keys) {
    /** The clock the org was seeded by and keeps reading. */
    java.time.Clock clock() {
        return store.clock();
    }

    /** Builds the org the options ask for. */
    static Seeded of(EmulatorOptions options) {
        return switch (options.seed()) {
            case "large" -> LargeSeed.build(options);
            case "hostile" -> HostileSeed.build(options.seedNumber(), options.clock());
            default -> DemoSeed.build(options.seedNumber(), options.clock());
        };
    }
}
