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

  /// The kind of an ASCII byte; nil for white space.
  @inline(__always) private static func kind(ofASCII value: UInt8) -> Kind? {
    if value >= 48 && value <= 57 { return .number }
    if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) { return .word }
    if value == 32 || (value >= 9 && value <= 13) { return nil }
    return .symbol
  }

  /// The kind of the non-ASCII scalar at `offset` (nil for white space) and its length in bytes.
  private static func kind(ofScalarAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Kind?, Int) {
    var length = 1
    while offset + length < bytes.count, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]).makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (.symbol, length) }
    if scalar.properties.isWhitespace { return (nil, length) }
    return (scalar.properties.isAlphabetic ? .word : .symbol, length)
  }

  @inline(__always) private static func classify(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (Kind?, Int) {
    let value = bytes[offset]
    return value < 0x80 ? (kind(ofASCII: value), 1) : kind(ofScalarAt: offset, in: bytes)
  }

  private static func tokenize(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
    var tokens: [TextToken] = []
    tokens.reserveCapacity(bytes.count / 4 + 1)
    let utf8 = text.utf8
    let base = utf8.startIndex
    var offset = 0
    var sawSpace = false
    while offset < bytes.count {
      let (kind, length) = classify(offset, bytes)
      guard let kind else {
        sawSpace = true
        offset += length
        continue
      }
      let start = offset
      offset += length
      if kind != .symbol {
        while offset < bytes.count {
          let (next, nextLength) = classify(offset, bytes)
          guard next == kind else { break }
          offset += nextLength
        }
      }
      let lower = utf8.index(base, offsetBy: start)
      let upper = utf8.index(lower, offsetBy: offset - start)
      // Token bounds are scalar boundaries by construction: no need to check them again.
      tokens.append(TextToken(kind: kind, text: Substring(utf8[lower..<upper]), spaceBefore: sawSpace))
      sawSpace = false
    }
    return tokens
  }
}
