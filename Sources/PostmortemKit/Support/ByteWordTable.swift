/// A read-only map from short byte strings (lower-cased words) to values, for per-word lookups
/// in hot loops: FNV-1a and open addressing cost a few instructions a byte, where `Dictionary`'s
/// SipHash costs hundreds a lookup.
struct ByteWordTable<Value: Sendable>: Sendable {
  private var keys: [[UInt8]?]
  private var values: [Value?]
  private let mask: Int
  /// For each first byte, bit `n` is set when some key of that first byte has length `n` (31 for
  /// 31 and longer): most words looked up are no key, and this tells so without hashing them.
  private var shapes: [UInt32]
  private var hasEmptyKey = false

  init(_ entries: [([UInt8], Value)]) {
    self.init(capacityFor: entries.count)
    for (key, value) in entries { values[claimSlot(for: key)] = value }
  }

  /// The elements of `entries` grouped by key, each group in the order given: built without
  /// `Dictionary`, whose hashing of byte arrays cost a one-file lint a few percent at start-up.
  init<Element>(grouping entries: [([UInt8], Element)]) where Value == [Element] {
    self.init(capacityFor: entries.count)
    for (key, element) in entries {
      let slot = claimSlot(for: key)
      if values[slot] == nil { values[slot] = [] }
      values[slot]!.append(element)
    }
  }

  private init(capacityFor count: Int) {
    var capacity = 8
    while capacity < count * 2 { capacity *= 2 }
    keys = Array(repeating: nil, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    shapes = Array(repeating: 0, count: 256)
  }

  /// The slot holding `key`, which it takes when it is not yet there.
  private mutating func claimSlot(for key: [UInt8]) -> Int {
    if let first = key.first {
      shapes[Int(first)] |= ByteWordTable.lengthBit(key.count)
    } else {
      hasEmptyKey = true
    }
    var slot = ByteWordTable.hash(key) & mask
    while let existing = keys[slot], existing != key { slot = (slot + 1) & mask }
    keys[slot] = key
    return slot
  }

  /// The value stored for `word`, if any.
  subscript<Word: Collection<UInt8>>(word: Word) -> Value? {
    if let first = word.first {
      guard shapes[Int(first)] & ByteWordTable.lengthBit(word.count) != 0 else { return nil }
    } else if !hasEmptyKey {
      return nil
    }
    var slot = ByteWordTable.hash(word) & mask
    while let key = keys[slot] {
      if key.elementsEqual(word) { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  @inline(__always) private static func lengthBit(_ length: Int) -> UInt32 { 1 << UInt32(min(length, 31)) }

  private static func hash<Word: Collection<UInt8>>(_ bytes: Word) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
