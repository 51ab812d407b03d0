package dev.lsorg.emulator;

/** A freshly seeded org: its store and the secrets of the keys callers use to reach it. */
record Seeded(Store store, SeedKeys keys) {
    /** Builds the org the options ask for. */
    static Seeded of(EmulatorOptions options) {
        return "large".equals(options.seed()) ? LargeSeed.build(options) : DemoSeed.build(options.seedNumber());
    }
}
