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
