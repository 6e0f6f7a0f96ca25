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

  /// Splits `text` into numbers, words and single symbols. Walks Unicode scalars (with an ASCII
  /// fast path) rather than Characters: this runs on every timeline line.
  static func tokenize(_ text: Substring) -> [TextToken] {
    var tokens: [TextToken] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var sawSpace = false
    @inline(__always) func classify(_ scalar: Unicode.Scalar) -> Kind? {
      let value = scalar.value
      if value < 0x80 {
        if value >= 48 && value <= 57 { return .number }
        if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) { return .word }
        if value == 32 || value == 9 || value == 10 || value == 13 || value == 11 || value == 12 { return nil }
        return .symbol
      }
      if scalar.properties.isWhitespace { return nil }
      return scalar.properties.isAlphabetic ? .word : .symbol
    }
    while index < scalars.endIndex {
      guard let kind = classify(scalars[index]) else {
        sawSpace = true
        scalars.formIndex(after: &index)
        continue
      }
      let start = index
      scalars.formIndex(after: &index)
      if kind != .symbol {
        while index < scalars.endIndex, classify(scalars[index]) == kind { scalars.formIndex(after: &index) }
      }
      tokens.append(TextToken(kind: kind, text: text[start..<index], spaceBefore: sawSpace))
      sawSpace = false
    }
    return tokens
  }
}
