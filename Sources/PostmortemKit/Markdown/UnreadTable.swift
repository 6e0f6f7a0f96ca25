/// A table that Markdown read as a paragraph: its delimiter row forgotten (`| Action | Owner |`
/// straight above `| Add alert | @bo |`), or written as pandoc's grid table (`+----+----+`
/// borders). Rebuilt as a table node whose cells keep their inline nodes and source positions, so
/// that the readers of real tables read it too.
enum UnreadTable {
  /// The table `paragraph` writes, its first row the header; nil unless every line of it is a
  /// row or a border and at least two are rows.
  static func table(from paragraph: MarkdownNode) -> MarkdownNode? {
    guard mayBeTable(paragraph) else { return nil }
    var rows: [MarkdownNode] = []
    for line in paragraph.inlineLines() {
      let text = line.plainText.trimmingWhitespace()
      if isRule(text) { continue }
      guard text.hasPrefix("|"), text.hasSuffix("|"), let cells = cells(of: line) else { return nil }
      let start = SourceLocation(line: line.line, column: line.column)
      rows.append(
        MarkdownNode(
          kind: .tableRow(isHeader: rows.isEmpty), range: SourceRange(start: start, end: start), children: cells))
    }
    guard rows.count >= 2, let start = paragraph.range?.start else { return nil }
    return MarkdownNode(kind: .table, range: SourceRange(start: start, end: start), children: rows)
  }

  /// The header of `table` over the rows of `paragraph` straight after it, as a table; nil unless
  /// the paragraph is rows. Markdown ends a table at a line it cannot read as a row (a bar alone,
  /// where a long row was wrapped to close on the next line): the rows after it show as text.
  static func continuation(of table: MarkdownNode, in paragraph: MarkdownNode) -> MarkdownNode? {
    guard mayBeTable(paragraph) else { return nil }
    let lines = paragraph.inlineLines()
    var rows = Array(table.children.prefix(1))
    var added = 0
    for line in lines {
      let text = line.plainText.trimmingWhitespace()
      if isClosingBar(text) { continue }
      // A rule under its first row makes it a table of its own.
      guard text.hasPrefix("|"), !isRule(text), let cells = cells(of: line, requireClosingBar: false) else {
        return nil
      }
      let start = SourceLocation(line: line.line, column: line.column)
      rows.append(
        MarkdownNode(kind: .tableRow(isHeader: false), range: SourceRange(start: start, end: start), children: cells))
      added += 1
    }
    guard added > 0 else { return nil }
    return MarkdownNode(kind: .table, range: table.range, children: rows)
  }

  /// Whether `text` is only the bar that closes a row wrapped onto its line.
  static func isClosingBar(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: " ") }
  }

  /// Whether `paragraph` opens with a bar or a plus, as a table's first row or border does: most
  /// paragraphs do not, and are refused here at once.
  static func mayBeTable(_ paragraph: MarkdownNode) -> Bool {
    guard case .text(let opening)? = paragraph.children.first?.kind, let first = opening.utf8.first else {
      return false
    }
    return first == UInt8(ascii: "|") || first == UInt8(ascii: "+")
  }

  /// A border or delimiter row: dashes or equals signs, with colons, pluses, bars and spaces.
  private static func isRule(_ text: String) -> Bool {
    text.utf8.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") }
      && text.utf8.allSatisfy { "-=:+| ".utf8.contains($0) }
  }

  /// The cells of a row's line: its inline nodes parted at each bar of its text, each text part
  /// placed where it is written; the empty parts before the first bar and after the last dropped.
  private static func cells(of line: InlineLine, requireClosingBar: Bool = true) -> [MarkdownNode]? {
    var cells: [[MarkdownNode]] = [[]]
    for node in line.nodes {
      guard case .text(let text) = node.kind, text.utf8.contains(UInt8(ascii: "|")) else {
        cells[cells.count - 1].append(node)
        continue
      }
      var column = node.range?.start.column ?? line.column
      let row = node.range?.start.line ?? line.line
      for (index, part) in text.split(separator: "|", omittingEmptySubsequences: false).enumerated() {
        if index > 0 {
          cells.append([])
          column += 1
        }
        let written = String(part)
        let start = SourceLocation(line: row, column: column)
        if !written.trimmingWhitespace().isEmpty {
          // The text starts after the spaces that pad it; those before the next bar or node are
          // kept, as they part it from a link after it ("Deploy starts [log](…)").
          let padding = written.unicodeScalars.prefix { $0 == " " }.count
          let placed = SourceLocation(line: row, column: column + padding)
          cells[cells.count - 1].append(
            MarkdownNode(
              kind: .text(String(written.unicodeScalars.dropFirst(padding))),
              range: SourceRange(start: placed, end: placed)))
        }
        column = start.column + written.unicodeScalars.count
      }
    }
    // "| a | b |": nothing before the first bar, nothing after the last (a row Markdown read as a
    // row may leave out the last: "| a | b").
    guard cells.count >= 3, cells.first?.isEmpty == true, cells.last?.isEmpty == true || !requireClosingBar else {
      return nil
    }
    let written = cells.last?.isEmpty == true ? cells.dropFirst().dropLast() : cells.dropFirst()
    return written.map { MarkdownNode(kind: .tableCell, children: $0) }
  }
}
