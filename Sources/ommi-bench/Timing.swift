import Foundation

/// Wall-clock durations in milliseconds, from a monotonic clock.
enum Stopwatch {
    static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(now() - start) / 1_000_000
    }

    /// Times `body`, returning its result and how long it took.
    static func time<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let start = now()
        let result = try await body()
        return (result, milliseconds(since: start))
    }
}

/// Order statistics of a sample of durations.
enum Statistics {
    static func median(_ values: [Double]) -> Double {
        percentile(values, 50)
    }

    /// The nearest-rank percentile: the smallest value with at least `percent` of the sample at
    /// or below it.
    static func percentile(_ values: [Double], _ percent: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// A deterministic pseudo-random sequence (SplitMix64), so both contenders get the same keys.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
