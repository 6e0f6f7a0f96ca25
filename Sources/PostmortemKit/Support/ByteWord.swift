#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Eight bytes examined at once ("SIMD within a register"), for the passes that run over every
/// byte of every file before parsing: most words hold no line end, NUL or non-ASCII byte, and
/// are skipped in a few instructions.
enum ByteWord {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The eight bytes at `offset` (which must have eight bytes after it), first byte lowest.
  @inline(__always) static func load(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    // memcpy, not loadUnaligned: unoptimised builds run loadUnaligned's generic path, which
    // allocates a temporary for every load (sanitizer runs crawled on large files).
    var word: UInt64 = 0
    memcpy(&word, buffer.baseAddress! + offset, 8)
    return UInt64(littleEndian: word)
  }

  /// Whether any byte of `word` is zero.
  @inline(__always) static func hasZero(_ word: UInt64) -> Bool {
    (word &- ones) & ~word & highBits != 0
  }

  /// The high bit set in each byte of `word` that equals `byte`, and no other bit (exact,
  /// unlike `hasZero`'s borrow trick).
  @inline(__always) static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let x = word ^ (ones &* UInt64(byte))
    return ~(((x & lowBits) &+ lowBits) | x | lowBits)
  }

  /// How many bytes of `word` equal `byte`.
  @inline(__always) static func count(_ word: UInt64, _ byte: UInt8) -> Int {
    matches(word, byte).nonzeroBitCount
  }

  /// The high bit set in each byte of `word` that lies strictly between `low` and `high` (both at
  /// most 128; only ASCII bytes count), and no other bit: neither sum can carry into the next
  /// byte, so the result is exact.
  @inline(__always) static func between(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
    let ascii = word & lowBits
    let belowHigh = (ones &* (127 + UInt64(high))) &- ascii
    let aboveLow = ascii &+ ones &* (127 - UInt64(low))
    return belowHigh & ~word & aboveLow & highBits
  }

  /// The offset (0–7) of the first byte whose high bit is set in `mask`, which must not be 0.
  @inline(__always) static func firstByte(_ mask: UInt64) -> Int { mask.trailingZeroBitCount / 8 }
}
