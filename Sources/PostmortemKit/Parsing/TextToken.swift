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
  /// The token's length in characters, settled when it is read: the scanners ask for it often,
  /// and counting a `Substring` walks it every time.
  var count: Int
  /// The value of a number of at most nine digits.
  var intValue: Int?
  /// The token's first scalar: all of a symbol, which is always one scalar.
  var scalar: Unicode.Scalar

  init(kind: Kind, text: Substring, spaceBefore: Bool) {
    let count = text.count
    self.init(
      kind: kind, text: text, spaceBefore: spaceBefore, count: count,
      intValue: kind == .number && count <= 9 ? Int(text) : nil, scalar: text.unicodeScalars.first ?? " ")
  }

  private init(kind: Kind, text: Substring, spaceBefore: Bool, count: Int, intValue: Int?, scalar: Unicode.Scalar) {
    self.kind = kind
    self.text = text
    self.spaceBefore = spaceBefore
    self.count = count
    self.intValue = intValue
    self.scalar = scalar
  }

  var isNumber: Bool { kind == .number }
  var isWord: Bool { kind == .word }
  /// Whether the token is the symbol `symbol` (compared as scalars: a symbol is one scalar, and
  /// comparing `Character`s would find grapheme boundaries on every call).
  func isSymbol(_ symbol: Unicode.Scalar) -> Bool { kind == .symbol && scalar == symbol }

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
    // Invisible marks exports leave in text (a zero-width space, a word joiner, a byte-order
    // mark) separate tokens as a space would.
    if scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0x2060 || scalar.value == 0xFEFF {
      return (nil, length)
    }
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
      var isASCII = length == 1
      if kind != .symbol {
        while offset < bytes.count {
          let (next, nextLength) = classify(offset, bytes)
          guard next == kind else { break }
          offset += nextLength
          if nextLength > 1 { isASCII = false }
        }
      }
      let lower = utf8.index(base, offsetBy: start)
      let upper = utf8.index(lower, offsetBy: offset - start)
      // Token bounds are scalar boundaries by construction: no need to check them again.
      let token = Substring(utf8[lower..<upper])
      // Numbers are ASCII digits (other scripts' digits are not numbers here): read them in place.
      var value: Int?
      if kind == .number, offset - start <= 9 {
        var digits = 0
        for index in start..<offset { digits = digits * 10 + Int(bytes[index] &- 48) }
        value = digits
      }
      // One scalar is one character: only non-ASCII words of several scalars need counting.
      let count = isASCII ? offset - start : length == offset - start ? 1 : token.count
      var scalar = bytes[start] < 0x80 ? Unicode.Scalar(bytes[start]) : token.unicodeScalars.first!
      // Japanese and Chinese text writes times with full-width marks: a colon ("14：30"), brackets
      // around a zone ("15:10（JST）") and a wave dash between two times ("14:05〜15:10").
      if scalar.value == 0x2010 || scalar.value == 0x2011 {
        // The hyphen and the non-breaking hyphen that word processors put in dates ("2025‑05‑20").
        scalar = "-"
      } else if scalar.value >= 0x3000 {
        switch scalar.value {
        case 0xFF1A: scalar = ":"
        case 0xFF08: scalar = "("
        case 0xFF09: scalar = ")"
        case 0x301C, 0xFF5E: scalar = "–"
        default: break
        }
      }
      tokens.append(
        TextToken(kind: kind, text: token, spaceBefore: sawSpace, count: count, intValue: value, scalar: scalar))
      sawSpace = false
    }
    return tokens
  }
}
