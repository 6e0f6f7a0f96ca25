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

  /// Splits `text` into numbers, words and single symbols.
  static func tokenize(_ text: Substring) -> [TextToken] {
    var tokens: [TextToken] = []
    var index = text.startIndex
    var sawSpace = false
    while index < text.endIndex {
      let character = text[index]
      if character.isWhitespace {
        sawSpace = true
        index = text.index(after: index)
        continue
      }
      let start = index
      let kind: Kind
      if character.isASCII && character.isNumber {
        kind = .number
        while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
      } else if character.isLetter {
        kind = .word
        while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
      } else {
        kind = .symbol
        index = text.index(after: index)
      }
      tokens.append(TextToken(kind: kind, text: text[start..<index], spaceBefore: sawSpace))
      sawSpace = false
    }
    return tokens
  }
}
