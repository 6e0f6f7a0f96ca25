#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a line written as sentences that each state one detail, as some teams open a
/// postmortem in a single italic line: "_Authored by Chen Wu and Sara Lind. Incident date:
/// 2024-09-18. Severity: P1._", or "Date: 2024-09-18. Severity: SEV2. Status: Resolved.".
///
/// A sentence ends at ". " only where the next one starts with a known key and its colon, or
/// with a byline's lead ("Written by"): a period inside a value ("v2.3", "Sept. 18") stays in
/// it. Every sentence must be a detail; a line with a sentence of prose among them is prose.
enum SentenceLabelReader {
  /// The details on `line`, in order, or an empty array when the line is not written so (one
  /// sentence only, or any sentence that is not a detail).
  static func read(_ line: InlineLine) -> [LabeledValue] {
    guard let first = line.nodes.first, isTextOrEmphasis(first) else { return [] }
    // Every sentence but a byline is "Key: value": without a colon the line is something else
    // (looked for in the text in place: most lines before the first section are prose).
    guard line.nodes.contains(where: holdsColon) else { return [] }
    let text = line.plainText
    guard text.utf8.count <= 400 else { return [] }
    let sentences = split(text)
    guard sentences.count >= 2 else { return [] }
    // The text starts where the first leaf does: inside "_Authored by …_", after the underscore.
    var leaf = first
    while let child = leaf.children.first { leaf = child }
    let textColumn = leaf.range?.start.column ?? line.column
    var fields: [LabeledValue] = []
    for sentence in sentences {
      let column = textColumn + text.unicodeScalars.distance(from: text.startIndex, to: sentence.startIndex)
      if let field = labeled(sentence, line: line.line, column: column) {
        fields.append(field)
      } else if let byline = BylineReader.read(sentence, line: line.line, column: column) {
        fields.append(byline)
      } else {
        return []
      }
    }
    return fields
  }

  /// The sentences of `text`, split where a sentence that starts a detail follows ". ", each
  /// without its closing period and the spaces around it.
  private static func split(_ text: String) -> [Substring] {
    // On bytes: a full stop and a space are ASCII, so the offsets found are character boundaries.
    var text = text
    var sentences: [Substring] = []
    var start = text.startIndex
    let stops = text.withUTF8 { bytes -> [Int] in
      var stops: [Int] = []
      while let stop = UTF8Scan.nextSentenceStop(in: bytes, from: (stops.last ?? -1) + 1) { stops.append(stop) }
      return stops
    }
    for stop in stops {
      let period = text.utf8.index(text.utf8.startIndex, offsetBy: stop)
      let next = text.utf8.index(after: period)
      let rest = text[next...].drop { $0 == " " }
      guard startsDetail(rest) else { continue }
      sentences.append(trimmed(text[start..<period]))
      start = rest.startIndex
    }
    guard !sentences.isEmpty else { return [] }
    var last = trimmed(text[start...])
    if last.hasSuffix(".") { last = last.dropLast() }
    sentences.append(last)
    return sentences
  }

  private static func trimmed(_ text: Substring) -> Substring {
    var text = text.drop { $0 == " " }
    while text.last == " " { text = text.dropLast() }
    return text
  }

  /// Whether `text` starts with a known key and its colon, or with a byline's lead.
  private static func startsDetail(_ text: Substring) -> Bool {
    if key(of: text) != nil { return true }
    return BylineReader.startsWithLead(text)
  }

  /// The known key that opens `text` before its colon ("Incident date" in "Incident date:
  /// 2024-09-18"), or nil.
  private static func key(of text: Substring) -> Substring? {
    guard let colon = text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let key = text[..<colon]
    guard !key.isEmpty, !key.hasSuffix(" "), MetadataKey.recognize(String(key)) != nil else { return nil }
    return key
  }

  /// `sentence` as a `Key: value` detail, or nil when it does not start with a known key or has
  /// no value.
  private static func labeled(_ sentence: Substring, line: Int, column: Int) -> LabeledValue? {
    guard let key = key(of: sentence) else { return nil }
    let afterColon = sentence[sentence.index(after: key.endIndex)...]
    let value = afterColon.drop { $0 == " " }
    guard !value.isEmpty else { return nil }
    let valueColumn = column + sentence.unicodeScalars.distance(from: sentence.startIndex, to: value.startIndex)
    return LabeledValue(
      key: String(key), value: String(value), location: SourceLocation(line: line, column: column),
      valueColumn: valueColumn)
  }

  /// Whether the text of `node` (or of the nodes inside it) holds a colon.
  private static func holdsColon(_ node: MarkdownNode) -> Bool {
    if case .text(var text) = node.kind {
      return text.withUTF8 { bytes in
        bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: ":")), bytes.count) != nil } ?? false
      }
    }
    return node.children.contains(where: holdsColon)
  }

  private static func isTextOrEmphasis(_ node: MarkdownNode) -> Bool {
    switch node.kind {
    case .text, .emphasis: true
    default: false
    }
  }
}
