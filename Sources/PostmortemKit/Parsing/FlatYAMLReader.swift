/// Reads the front matter nearly every postmortem has (`key: value` lines, `[a, b]` lists, and
/// `- item` lists under a key) without a YAML parser.
///
/// Composing even a six-line front matter with Yams cost about as much as parsing the rest of
/// the document's metadata. This reader accepts only a strict subset of YAML whose meaning is
/// unambiguous (printable text without tabs or Unicode line breaks, plain scalars and one-line
/// quoted ones without escapes, no comments after values, no anchors, tags or multi-line
/// scalars) and gives up on anything else, so that the caller hands the whole block to Yams:
/// its fields are always exactly those Yams would give.
enum FlatYAMLReader {
  /// The fields of `body`, or nil when any line falls outside the subset.
  ///
  /// With `colonsInValues`, a plain value may hold `: ` (`title: Post-mortem: outage`), which
  /// YAML rejects: the fields a front matter Yams could not read still gives.
  static func fields(_ body: String, firstLine: Int, colonsInValues: Bool = false) -> [LabeledValue]? {
    var body = body
    return body.withUTF8 { bytes in
      // ASCII (nearly all front matter) is judged byte by byte; other text scalar by scalar.
      let plain =
        bytes.allSatisfy { $0 == 0x0A || ($0 >= 0x20 && $0 < 0x7F) }
        || String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(isPlainText)
      return plain ? fields(in: bytes, firstLine: firstLine, colonsInValues: colonsInValues) : nil
    }
  }

  /// Printable characters as YAML counts them, without tabs, CR and the characters YAML reads as
  /// line breaks or byte-order marks (U+0085, U+2028, U+2029, U+FEFF).
  private static func isPlainText(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x20...0x7E: return true
    case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
    case 0xE000...0xFFFD: return scalar.value != 0xFEFF
    case 0x10000...0x10FFFF: return true
    default: return false
    }
  }

  private static func fields(in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, colonsInValues: Bool)
    -> [LabeledValue]?
  {
    var fields: [LabeledValue] = []
    var keys: Set<String> = []
    // A key written with nothing after its colon: its value is the `- item` lines that follow,
    // or empty.
    var openKey: (key: String, line: Int, column: Int)?
    var openItems: [String] = []
    var openItemLocations: [SourceLocation] = []
    var openIndent = 0
    var itemColumn = 0

    func closeOpenKey() {
      guard let key = openKey else { return }
      if openItems.isEmpty {
        fields.append(
          LabeledValue(
            key: key.key, value: "", location: SourceLocation(line: key.line, column: 1), valueColumn: key.column))
      } else {
        var field = LabeledValue(
          key: key.key, value: openItems.joined(separator: ", "), items: openItems,
          location: SourceLocation(line: key.line, column: 1), valueColumn: itemColumn)
        field.itemLocations = openItemLocations
        fields.append(field)
      }
      openKey = nil
      openItems = []
      openItemLocations = []
    }

    var lineStart = 0
    var lineNumber = firstLine
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
      defer {
        lineStart = lineEnd + 1
        lineNumber += 1
      }
      var first = lineStart
      while first < lineEnd, bytes[first] == 32 { first += 1 }
      // Blank lines and whole-line comments say nothing.
      if first == lineEnd || bytes[first] == 35 { continue }
      let indent = first - lineStart

      if bytes[first] == 45, first + 1 < lineEnd, bytes[first + 1] == 32 {
        // `- item` under an open key, every item at the same indentation.
        guard openKey != nil, openItems.isEmpty || indent == openIndent else { return nil }
        guard let item = scalar(bytes, from: first + 2, to: lineEnd, colonsInValues: colonsInValues) else {
          return nil
        }
        if openItems.isEmpty {
          openIndent = indent
          itemColumn = indent + 1
        }
        openItems.append(item)
        var itemStart = first + 2
        while itemStart < lineEnd, bytes[itemStart] == 32 { itemStart += 1 }
        openItemLocations.append(SourceLocation(line: lineNumber, column: itemStart - lineStart + 1))
        continue
      }
      // Anything else indented would continue a value over several lines.
      guard indent == 0 else { return nil }
      closeOpenKey()

      var colon = first
      while colon < lineEnd, isKeyByte(bytes[colon]) { colon += 1 }
      guard colon > first, colon < lineEnd, bytes[colon] == 58, bytes[first] != 45, bytes[first] != 46 else {
        return nil
      }
      let key = string(bytes, first..<colon)
      guard keys.insert(key).inserted else { return nil }
      var valueStart = colon + 1
      while valueStart < lineEnd, bytes[valueStart] == 32 { valueStart += 1 }
      if valueStart == lineEnd {
        openKey = (key, lineNumber, colon - lineStart + 2)
        continue
      }
      // The value must be separated from the colon, or `key:value` is one plain scalar.
      guard valueStart > colon + 1 else { return nil }
      let valueColumn = valueStart - lineStart + 1
      let location = SourceLocation(line: lineNumber, column: 1)
      if bytes[valueStart] == 91 {
        guard let (items, starts) = flowSequence(bytes, from: valueStart, to: lineEnd) else { return nil }
        var field = LabeledValue(
          key: key, value: items.joined(separator: ", "), items: items, location: location, valueColumn: valueColumn)
        field.itemLocations = starts.map { SourceLocation(line: lineNumber, column: $0 - lineStart + 1) }
        fields.append(field)
      } else {
        guard let value = scalar(bytes, from: valueStart, to: lineEnd, colonsInValues: colonsInValues) else {
          return nil
        }
        fields.append(LabeledValue(key: key, value: value, location: location, valueColumn: valueColumn))
      }
    }
    closeOpenKey()
    return fields
  }

  /// `[a, b, c]` of plain scalars, nothing after the closing bracket: the items and the byte
  /// offset where each starts.
  private static func flowSequence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (
    [String], [Int]
  )? {
    var last = end
    while last > start, bytes[last - 1] == 32 { last -= 1 }
    guard last - start >= 2, bytes[last - 1] == 93 else { return nil }
    var items: [String] = []
    var starts: [Int] = []
    var itemStart = start + 1
    let close = last - 1
    var inner = itemStart
    while inner < close, bytes[inner] == 32 { inner += 1 }
    if inner == close { return (items, starts) }
    while itemStart <= close {
      var itemEnd = itemStart
      while itemEnd < close, bytes[itemEnd] != 44 { itemEnd += 1 }
      guard let item = plainScalar(bytes, from: itemStart, to: itemEnd, inFlow: true) else { return nil }
      items.append(item)
      var first = itemStart
      while first < itemEnd, bytes[first] == 32 { first += 1 }
      starts.append(first)
      itemStart = itemEnd + 1
    }
    return (items, starts)
  }

  /// A block value: quoted, or plain.
  private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, colonsInValues: Bool)
    -> String?
  {
    var first = start
    while first < end, bytes[first] == 32 { first += 1 }
    if first < end, bytes[first] == 34 || bytes[first] == 39 { return quotedScalar(bytes, from: first, to: end) }
    return plainScalar(bytes, from: start, to: end, inFlow: false, colonsInValues: colonsInValues)
  }

  /// `"…"` without escapes or `'…'` (with `''` for a quote) on one line, nothing but spaces
  /// after it; nil for anything else (escapes, a second quoted part, a comment).
  private static func quotedScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
    var last = end
    while last > start, bytes[last - 1] == 32 { last -= 1 }
    let quote = bytes[start]
    guard last - start >= 2, bytes[last - 1] == quote else { return nil }
    var content: [UInt8] = []
    var index = start + 1
    while index < last - 1 {
      let byte = bytes[index]
      if quote == 34, byte == 34 || byte == 92 { return nil }
      if quote == 39, byte == 39 {
        guard index + 1 < last - 1, bytes[index + 1] == 39 else { return nil }
        index += 1
      }
      content.append(byte)
      index += 1
    }
    return String(decoding: content, as: UTF8.self)
  }

  /// A plain scalar filling `start..<end` apart from surrounding spaces; nil for an empty one
  /// or anything YAML could read differently (indicators, comments, `: ` inside).
  private static func plainScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, inFlow: Bool, colonsInValues: Bool = false
  ) -> String? {
    var first = start
    while first < end, bytes[first] == 32 { first += 1 }
    var last = end
    while last > first, bytes[last - 1] == 32 { last -= 1 }
    guard first < last, !isIndicator(bytes[first]), bytes[last - 1] != 58 else { return nil }
    for index in first..<last {
      let byte = bytes[index]
      if inFlow, byte == 91 || byte == 93 || byte == 123 || byte == 125 || byte == 58 { return nil }
      if byte == 58, bytes[index + 1] == 32, !colonsInValues { return nil }
      if byte == 35, bytes[index - 1] == 32 { return nil }
    }
    return string(bytes, first..<last)
  }

  /// Characters that give a scalar's first character a YAML meaning.
  private static func isIndicator(_ byte: UInt8) -> Bool {
    switch byte {
    case 45, 63, 58, 44, 91, 93, 123, 125, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96: return true
    default: return false
    }
  }

  private static func isKeyByte(_ byte: UInt8) -> Bool {
    ASCIIText.isLetter(byte) || (byte >= 48 && byte <= 57) || byte == 95 || byte == 45 || byte == 46
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
