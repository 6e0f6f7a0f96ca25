/// A read-only map from short byte strings (lower-cased words) to values, for per-word lookups
/// in hot loops: FNV-1a and open addressing cost a few instructions a byte, where `Dictionary`'s
/// SipHash costs hundreds a lookup.
struct ByteWordTable<Value: Sendable>: Sendable {
  private var keys: [[UInt8]?]
  private var values: [Value?]
  private let mask: Int

  init(_ entries: [([UInt8], Value)]) {
    var capacity = 8
    while capacity < entries.count * 2 { capacity *= 2 }
    keys = Array(repeating: nil, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    for (key, value) in entries {
      var slot = ByteWordTable.hash(key) & mask
      while let existing = keys[slot], existing != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// The value stored for `word`, if any.
  subscript<Word: Collection<UInt8>>(word: Word) -> Value? {
    var slot = ByteWordTable.hash(word) & mask
    while let key = keys[slot] {
      if key.elementsEqual(word) { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private static func hash<Word: Collection<UInt8>>(_ bytes: Word) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
