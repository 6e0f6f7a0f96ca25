/// A set of byte values as a 256-bit map: membership is a shift and a mask, where `Set<UInt8>`
/// hashes every lookup.
struct ByteSet: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The set of the UTF-8 bytes of `characters` (meant for ASCII punctuation).
  init(_ characters: String) {
    for byte in characters.utf8 { insert(byte) }
  }

  mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << (byte & 63)
    switch byte >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  @inline(__always) func contains(_ byte: UInt8) -> Bool {
    let word: UInt64
    switch byte >> 6 {
    case 0: word = words.0
    case 1: word = words.1
    case 2: word = words.2
    default: word = words.3
    }
    return word & (UInt64(1) << (byte & 63)) != 0
  }
}
