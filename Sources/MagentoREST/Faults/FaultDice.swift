/// The dice behind a rule's `rate`: the roll for the n-th request a rule matches is a pure
/// function of (seed, rule index, n), so a run with the same seed and request order repeats,
/// whatever the thread interleaving or the wall clock.
public enum FaultDice {
    /// A number in [0, 1) from SplitMix64's finalizer applied to the three inputs in turn.
    public static func roll(seed: UInt64, rule: Int, request n: Int) -> Double {
        let mixed = mix(mix(mix(seed) ^ UInt64(truncatingIfNeeded: rule)) ^ UInt64(truncatingIfNeeded: n))
        return Double(mixed >> 11) * 0x1.0p-53
    }

    /// Whether a rule with `rate` fires on that roll: a rate of 1 always, 0 never.
    public static func fires(rate: Double, seed: UInt64, rule: Int, request n: Int) -> Bool {
        roll(seed: seed, rule: rule, request: n) < rate
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
