/// A lexical token of a short piece of text, for the hand-written date, time and duration scanners.
///
/// Scanning tokens instead of running `Regex` keeps per-line work cheap (see DESIGN.md).
struct TextToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case number
    case word
    /// Any other single character (punctuation, symbol); spaces are not tokens.
    case symbol
  }

  var kind: Kind
  var text: Substring
  /// Whether white space stood before the token.
  var spaceBefore: Bool

  var isNumber: Bool { kind == .number }
  var isWord: Bool { kind == .word }
  var intValue: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }
  func isSymbol(_ character: Character) -> Bool { kind == .symbol && text.first == character }

  /// Splits `text` into numbers, words and single symbols. Runs on every timeline line and
  /// date, so it walks the UTF-8 bytes in place and decodes only non-ASCII scalars.
  static func tokenize(_ text: Substring) -> [TextToken] {
    let utf8 = text.utf8
    if let tokens = utf8.withContiguousStorageIfAvailable({ tokenize(text, bytes: $0) }) { return tokens }
    // Bridged or otherwise non-contiguous text: tokenize a native copy, then map back by offset.
    let native = String(text)
    return tokenize(native[...]).map { token in
      let start = utf8.index(
        utf8.startIndex, offsetBy: native.utf8.distance(from: native.startIndex, to: token.text.startIndex))
      let end = utf8.index(start, offsetBy: token.text.utf8.count)
      return TextToken(kind: token.kind, text: text[start..<end], spaceBefore: token.spaceBefore)
    }
  }

  private static func tokenize(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
    var tokens: [TextToken] = []
    tokens.reserveCapacity(bytes.count / 4 + 1)
    let utf8 = text.utf8
    let base = utf8.startIndex
    /// The kind of the scalar at `offset` (nil for white space) and its length in bytes.
    @inline(__always) func classify(_ offset: Int) -> (Kind?, Int) {
      let value = bytes[offset]
      if value < 0x80 {
        if value >= 48 && value <= 57 { return (.number, 1) }
        if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) { return (.word, 1) }
        if value == 32 || (value >= 9 && value <= 13) { return (nil, 1) }
        return (.symbol, 1)
      }
      var length = 1
      while offset + length < bytes.count, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
      var decoder = UTF8()
      var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]).makeIterator()
      guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (.symbol, length) }
      if scalar.properties.isWhitespace { return (nil, length) }
      return (scalar.properties.isAlphabetic ? .word : .symbol, length)
    }
    var offset = 0
    var sawSpace = false
    while offset < bytes.count {
      let (kind, length) = classify(offset)
      guard let kind else {
        sawSpace = true
        offset += length
        continue
      }
      let start = offset
      offset += length
      if kind != .symbol {
        while offset < bytes.count {
          let (next, nextLength) = classify(offset)
          guard next == kind else { break }
          offset += nextLength
        }
      }
      let lower = utf8.index(base, offsetBy: start)
      let upper = utf8.index(lower, offsetBy: offset - start)
      tokens.append(TextToken(kind: kind, text: text[lower..<upper], spaceBefore: sawSpace))
      sawSpace = false
    }
    return tokens
  }
}
