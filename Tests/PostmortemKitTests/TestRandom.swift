/// A deterministic xorshift generator for the randomised tests: the same state gives the same
/// cases on every run and machine, so a failure can be replayed.
struct TestRandom {
  private var state: UInt64

  /// Starts from `state` as given (it must not be 0).
  init(state: UInt64) { self.state = state }

  /// Starts from a small seed, spread over the bits.
  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  /// The next raw value.
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }

  /// The next value in `0..<bound`.
  mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
