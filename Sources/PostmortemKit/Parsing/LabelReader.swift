#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `Key: value` lines: `**Date:** 2024-03-02`, `**Authors**: Ana, Bo`, and (when the key is
/// a known metadata key) plain `Date: 2024-03-02`.
enum LabelReader {
  /// Reads one line of inline content as a label, or returns nil.
  ///
  /// - Parameter allowPlainKeys: accept `Key: value` without bold when `Key` is a known metadata key.
  static func read(_ line: InlineLine, allowPlainKeys: Bool) -> LabeledValue? {
    guard let first = line.nodes.first else { return nil }
    let location = SourceLocation(line: line.line, column: first.range?.start.column ?? line.column)
    if case .strong = first.kind {
      let keyText = first.plainText().trimmingWhitespace()
      let restNodes = Array(line.nodes.dropFirst())
      let restText = restNodes.map { $0.plainText() }.joined()
      let key: String
      var value: Substring
      if keyText.hasSuffix(":"), keyText.count > 1 {
        key = String(keyText.dropLast()).trimmingWhitespace()
        value = Substring(restText)
      } else if restText.drop(while: { $0 == " " }).hasPrefix(":") {
        key = keyText
        value = restText.drop(while: { $0 == " " }).dropFirst()
      } else {
        return nil
      }
      guard !key.isEmpty, key.count <= 60 else { return nil }
      let valueColumn = column(of: value, in: restText, startingAt: restNodes.first, fallback: first)
      return LabeledValue(
        key: key, value: value.trimmingWhitespace(), location: location, valueColumn: valueColumn)
    }
    guard allowPlainKeys else { return nil }
    let text = line.plainText
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let key = text[..<colon].trimmingWhitespace()
    guard MetadataKey.recognize(key) != nil else { return nil }
    let value = text[text.index(after: colon)...]
    let leading = value.prefix { $0 == " " }.count
    let valueColumn = location.column + text[...colon].scalarCount + leading
    return LabeledValue(key: key, value: value.trimmingWhitespace(), location: location, valueColumn: valueColumn)
  }

  /// Whether a line of `paragraph` starts with text that has a colon soon enough to end a key:
  /// checked on the first bytes of each line's first node, so long prose costs nothing.
  static func mayStartWithPlainKey(_ paragraph: MarkdownNode, firstLineOnly: Bool = false) -> Bool {
    paragraph.children.withUnsafeBufferPointer { children in
      var startsLine = true
      for index in children.indices {
        switch children[index].kind {
        case .softBreak, .lineBreak:
          if firstLineOnly { return false }
          startsLine = true
          continue
        case .text(let text) where startsLine:
          if hasEarlyColon(text) { return true }
        default:
          break
        }
        if firstLineOnly { return false }
        startsLine = false
      }
      return false
    }
  }

  private static func hasEarlyColon(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 58, min(bytes.count, plainKeyLimit + 1)) != nil
    }
  }

  /// How far into a line the colon of a plain key may stand.
  private static let plainKeyLimit = 24

  /// A plain `Duration: 55 minutes` line (or another name of the duration key) in a section's
  /// prose; other plain `Key: value` lines there are sentences, not fields.
  static func readPlainDuration(_ line: InlineLine) -> LabeledValue? {
    guard case .text(let text) = line.nodes.first?.kind, let colon = text.utf8.firstIndex(of: 58),
      text.utf8.distance(from: text.utf8.startIndex, to: colon) <= plainKeyLimit,
      MetadataKey.recognize(String(text[..<colon]).trimmingWhitespace()) == .duration
    else { return nil }
    return read(line, allowPlainKeys: true)
  }

  /// The column where the trimmed `value` starts, given that `whole` starts at `node`.
  private static func column(
    of value: Substring, in whole: String, startingAt node: MarkdownNode?, fallback: MarkdownNode
  )
    -> Int
  {
    let base = node?.range?.start.column ?? (fallback.range?.end.column ?? 0) + 1
    let offset = whole.unicodeScalars.distance(
      from: whole.unicodeScalars.startIndex,
      to: value.startIndex.samePosition(in: whole.unicodeScalars) ?? whole.unicodeScalars.startIndex)
    let leading = value.prefix { $0.isWhitespace }.unicodeScalars.count
    return base + offset + leading
  }
}
