#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads `Key: value` lines: `**Date:** 2024-03-02`, `**Authors**: Ana, Bo`, and (when the key is
/// a known metadata key) plain `Date: 2024-03-02`.
enum LabelReader {
  /// How far into a line the colon after a plain key may stand.
  static let plainKeyBytes = 100

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
      // The colon may be full-width, as Japanese and Chinese text writes it ("**作成者：**").
      if keyText.hasSuffix(":") || keyText.hasSuffix("："), keyText.count > 1 {
        key = String(keyText.dropLast()).trimmingWhitespace()
        value = Substring(restText)
      } else if case let rest = restText.drop(while: { $0 == " " }), rest.hasPrefix(":") || rest.hasPrefix("：") {
        // The colon after the bold, full width too ("**故障时间**：…").
        key = keyText
        value = rest.dropFirst()
      } else if keyText.hasSuffix("."), keyText.count > 1, !restText.allSatisfy(\.isWhitespace),
        SectionKind.recognizeExactly(String(keyText.dropLast())) != nil
      {
        // A section's name with a full stop, as a paragraph leads with it: "**TL;DR.** Checkout
        // was down …", "**Impact.** 3,000 orders failed." Other bold sentences are prose.
        key = String(keyText.dropLast()).trimmingWhitespace()
        value = Substring(restText)
      } else {
        return nil
      }
      guard !key.isEmpty, key.count <= 60 else { return nil }
      let valueColumn = column(of: value, in: restText, startingAt: restNodes.first, fallback: first)
      return LabeledValue(
        key: key, value: value.trimmingWhitespace(), location: location, valueColumn: valueColumn)
    }
    guard allowPlainKeys else { return nil }
    // A list of tags too ("Tags: SEV2, kafka", as Notion exports a page's properties): one of
    // them may name the severity.
    return plainField(line, first: first, location: location) {
      MetadataKey.recognize($0) != nil || MetadataParser.namesTags($0)
        || StatedMeasure.named($0) != nil || MetadataKey.momentStandIn($0) != nil
        // The people in a role ("Incident commander: Sam Lee"), whom items may name as owners.
        || PostmortemParser.namesRole($0)
    }
  }

  /// `line` read as a plain `Key: value` label whose key `accepts`, or nil.
  private static func plainField(
    _ line: InlineLine, first: MarkdownNode, location: SourceLocation, accepts: (String) -> Bool
  ) -> LabeledValue? {
    let text = line.plainText
    // A known key is a few words: its colon stands in the line's first bytes, found without
    // walking a long line of prose by characters.
    guard let colon = plainKeyColon(in: text) else { return nil }
    var key = text[..<colon].trimmingWhitespace()
    guard accepts(key) else { return nil }
    var value = text[text.index(after: colon)...]
    // "**Date: **2024-03-02", as word processors export bold that ends in a space: Markdown
    // leaves those asterisks as text, around the key and before the value.
    if let mark = key.first, mark == "*" || mark == "_" {
      key = key.trimmingCharacters(in: "*_")
      let spaces = value.prefix { $0 == " " }
      if value.dropFirst(spaces.count).hasPrefix(String(repeating: mark, count: 2)) {
        value = value.dropFirst(spaces.count).drop { $0 == mark }
      }
    }
    let leading = value.startIndex == text.index(after: colon) ? value.prefix { $0 == " " }.count : 0
    // The text starts where the first leaf does: inside "*Authors: …*", after the asterisk.
    var leaf = first
    while let child = leaf.children.first { leaf = child }
    let textColumn = leaf.range?.start.column ?? location.column
    let valueColumn = textColumn + text[..<value.startIndex].scalarCount + leading
    return LabeledValue(key: key, value: value.trimmingWhitespace(), location: location, valueColumn: valueColumn)
  }

  /// The colon after a plain key in the line's first bytes: ASCII, or full width as Japanese and
  /// Chinese write it ("発生日：2024年5月14日"); found without walking a long line by characters.
  private static func plainKeyColon(in text: String) -> String.Index? {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      let count = min(bytes.count, LabelReader.plainKeyBytes)
      var offset = 0
      while offset < count {
        let byte = bytes[offset]
        if byte == UInt8(ascii: ":") { return offset }
        // U+FF1A, EF BC 9A in UTF-8: its first byte starts a character.
        if byte == 0xEF, offset + 2 < count, bytes[offset + 1] == 0xBC, bytes[offset + 2] == 0x9A { return offset }
        offset += 1
      }
      return nil
    }
    guard
      let offset = found
        ?? text.utf8.prefix(LabelReader.plainKeyBytes).firstIndex(of: UInt8(ascii: ":")).map({
          text.utf8.distance(from: text.utf8.startIndex, to: $0)
        })
    else { return nil }
    return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }

  /// Reads one line that may hold several labels in a row, as compact headers write them:
  /// `**Date:** 2024-03-02 | **Severity:** SEV2 | **Status:** Resolved`, or in plain text
  /// `Authors: Priya, Lee · Reviewed: 2023-05-10`. A single label reads as `read` does.
  static func readAll(_ line: InlineLine, allowPlainKeys: Bool) -> [LabeledValue] {
    guard let first = line.nodes.first else { return [] }
    if case .strong = first.kind {
      var starts = [0]
      for index in line.nodes.indices.dropFirst(2) where startsLabel(line.nodes, at: index) {
        starts.append(index)
      }
      guard starts.count > 1 else { return read(line, allowPlainKeys: allowPlainKeys).map { [$0] } ?? [] }
      return zip(starts, starts.dropFirst() + [line.nodes.count]).compactMap { start, end in
        let nodes = Array(line.nodes[start..<end])
        let column = nodes.first?.range?.start.column ?? line.column
        guard var field = read(InlineLine(line: line.line, column: column, nodes: nodes), allowPlainKeys: false) else {
          return nil
        }
        field.value = field.value.trimmingCharacters(in: separatorCharacters).trimmingWhitespace()
        return field
      }
    }
    guard allowPlainKeys else { return [] }
    if let field = read(line, allowPlainKeys: true) { return splitPlain(field) }
    return plainRow(line)
  }

  /// A plain line of labels whose first key is not a known one, as long as another is: "Incident
  /// commander: Bruno Costa · Scribe: Lea Wolf · Severity: SEV1". Every key is kept, as ever.
  private static func plainRow(_ line: InlineLine) -> [LabeledValue] {
    guard let first = line.nodes.first, case .text(let text) = first.kind, hasSeparator(text) else { return [] }
    let location = SourceLocation(line: line.line, column: first.range?.start.column ?? line.column)
    guard let field = plainField(line, first: first, location: location, accepts: { isShortKey($0[...]) }) else {
      return []
    }
    let fields = splitPlain(field)
    guard fields.count >= 2, fields.contains(where: { MetadataKey.recognize($0.key) != nil }) else { return [] }
    return fields
  }

  /// Whether `text` may hold a separator between labels ("|", "·", "•"): looked for by the bytes
  /// that end them, in place, as most lines that come here are prose.
  private static func hasSeparator(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      // "|", and the last bytes of "·" (C2 B7) and "•" (E2 80 A2).
      return [124, 0xB7, 0xA2].contains { memchr(base, Int32($0), bytes.count) != nil }
    }
  }

  /// What stands between labels on one line.
  private static let separatorCharacters = "|·•;, "

  /// Whether the bold node at `index` starts another label on the line: it ends with a colon (or
  /// a colon follows it) and the text before it ends with a separator, or it names a known key.
  /// Whether `line` opens with bold text, as a bold label does ("**Impact:**").
  static func opensWithBoldLabel(_ line: InlineLine) -> Bool {
    guard let first = line.nodes.first, case .strong = first.kind else { return false }
    return true
  }

  private static func startsLabel(_ nodes: [MarkdownNode], at index: Int) -> Bool {
    guard case .strong = nodes[index].kind, case .text(let before) = nodes[index - 1].kind else { return false }
    let key = nodes[index].plainText().trimmingWhitespace()
    let colonFollows: Bool = {
      guard index + 1 < nodes.count, case .text(let after) = nodes[index + 1].kind else { return false }
      return after.drop { $0 == " " }.hasPrefix(":")
    }()
    guard key.count > 1, key.count <= 40, key.hasSuffix(":") || colonFollows else { return false }
    let trimmed = before.trimmingWhitespace()
    if let last = trimmed.last, "|·•;,".contains(last) { return true }
    return before.last == " " && MetadataKey.recognize(key.trimmingCharacters(in: ":")) != nil
  }

  /// A plain label whose value holds more labels after separators ("Priya, Lee · Reviewed:
  /// 2023-05-10"), split into one field per label; parts without a key stay in the value before.
  private static func splitPlain(_ field: LabeledValue) -> [LabeledValue] {
    let value = field.value
    guard value.contains(" · ") || value.contains(" | ") || value.contains(" • ") else { return [field] }
    let parts = value.split(omittingEmptySubsequences: false, whereSeparator: { "|·•".contains($0) })
    // The first part is the field's own value, even when it holds a colon ("14:05 UTC").
    let keyed = parts.indices.dropFirst().filter { plainKey(in: parts[$0]) != nil }
    guard !keyed.isEmpty else { return [field] }
    var fields = [field]
    fields[0].value = parts[0].trimmingWhitespace()
    for index in parts.indices.dropFirst() {
      let part = parts[index]
      guard keyed.contains(index), let (key, rest) = plainKey(in: part) else {
        // A part with no key belongs to the value before, separator and all.
        let last = fields.count - 1
        let separator = value[value.index(before: part.startIndex)]
        fields[last].value += " \(separator) " + part.trimmingWhitespace()
        continue
      }
      let keyColumn =
        field.valueColumn
        + value.unicodeScalars.distance(
          from: value.unicodeScalars.startIndex, to: key.startIndex.samePosition(in: value.unicodeScalars)!)
      let valueColumn =
        field.valueColumn
        + value.unicodeScalars.distance(
          from: value.unicodeScalars.startIndex, to: rest.startIndex.samePosition(in: value.unicodeScalars)!)
      fields.append(
        LabeledValue(
          key: String(key), value: rest.trimmingWhitespace(),
          location: SourceLocation(line: field.line, column: keyColumn), valueColumn: valueColumn))
    }
    return fields
  }

  /// The short key ("Reviewed", at most four words) and the value after its colon, when `part`
  /// reads `Key: value`.
  private static func plainKey(in part: Substring) -> (key: Substring, value: Substring)? {
    let text = part.drop { $0 == " " }
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let key = text[..<colon]
    guard isShortKey(key) else { return nil }
    return (key, text[text.index(after: colon)...].drop { $0 == " " })
  }

  /// Whether `key` reads as a label's key: at most four words and thirty characters, starting
  /// with a letter ("Reviewed", "Incident commander").
  private static func isShortKey(_ key: Substring) -> Bool {
    !key.isEmpty && key.count <= 30 && !key.hasSuffix(" ") && key.split(separator: " ").count <= 4
      && key.first?.isLetter == true
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
  private static let plainKeyLimit = 40

  /// A plain `Duration: 55 minutes` line (or another name of the duration key), a start or end
  /// (`Start of impact: 14:05 UTC`), or a measure (`Time to detect: 12 minutes`), in a section's
  /// prose; other plain `Key: value` lines there are sentences, not fields.
  static func readPlainFigure(_ line: InlineLine) -> LabeledValue? {
    guard case .text(let text) = line.nodes.first?.kind, let colon = text.utf8.firstIndex(of: 58),
      text.utf8.distance(from: text.utf8.startIndex, to: colon) <= plainKeyLimit
    else { return nil }
    let key = String(text[..<colon]).trimmingWhitespace()
    let known = MetadataKey.recognize(key)
    guard known == .duration || known?.namesMoment == true || StatedMeasure.named(key) != nil else { return nil }
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
