/// Section names written as plain lines, as a report pasted from a word processor or a blog
/// editor loses its headings: "Issue Summary", "Timeline:", "Root Cause and Resolution:" alone on
/// a line, the section's text on the lines under it (often in the same paragraph, no blank line
/// between). In a document with no heading at all, each such line is read as a heading.
enum PlainSectionLines {
  /// `blocks` with each plain line that names a section made a level-2 heading of its own, the
  /// paragraph it stood in parted around it; unchanged, and not copied, when there is none or the
  /// document has headings of its own.
  static func promoting(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
    guard !blocks.contains(where: isHeading), blocks.contains(where: holdsSectionLine) else { return blocks }
    var result: [MarkdownNode] = []
    for block in blocks {
      guard holdsSectionLine(block), let start = block.range?.start else {
        result.append(block)
        continue
      }
      var pending: [MarkdownNode] = []
      var pendingStart = start
      func flush() {
        guard !pending.isEmpty else { return }
        let end = pending.last?.range?.end ?? pendingStart
        result.append(
          MarkdownNode(kind: .paragraph, range: SourceRange(start: pendingStart, end: end), children: pending))
        pending = []
      }
      for (offset, line) in lines(of: block).enumerated() {
        let column = line.first?.range?.start.column ?? (offset == 0 ? start.column : 1)
        let lineStart = SourceLocation(line: start.line + offset, column: column)
        if title(of: line) != nil {
          flush()
          let end = line.last?.range?.end ?? lineStart
          result.append(
            MarkdownNode(kind: .heading(level: 2), range: SourceRange(start: lineStart, end: end), children: line))
        } else if !line.isEmpty {
          if pending.isEmpty {
            pendingStart = lineStart
          } else {
            pending.append(MarkdownNode(kind: .softBreak))
          }
          pending += line
        }
      }
      flush()
    }
    return result
  }

  /// The section a plain line names, its closing colon dropped ("Timeline:" is "Timeline"), or
  /// nil: only text of six words or fewer that names a known section and ends no sentence.
  static func title(of line: [MarkdownNode]) -> String? {
    guard line.count == 1, case .text(let text) = line[0].kind else { return nil }
    var title = text.trimmingWhitespace()
    if title.hasSuffix(":") { title = String(title.dropLast()).trimmingWhitespace() }
    guard !title.isEmpty, title.utf8.count <= 48,
      !title.contains(where: { $0 == "." || $0 == "," || $0 == ";" || $0 == "!" || $0 == "?" || $0 == ":" }),
      title.split(separator: " ").count <= 6, SectionKind.recognize(title) != nil
    else { return nil }
    return title
  }

  private static func isHeading(_ block: MarkdownNode) -> Bool {
    if case .heading = block.kind { return true }
    return false
  }

  private static func holdsSectionLine(_ block: MarkdownNode) -> Bool {
    guard case .paragraph = block.kind else { return false }
    return lines(of: block).contains { title(of: $0) != nil }
  }

  /// The inline nodes of each source line of `paragraph`, its line breaks left out.
  private static func lines(of paragraph: MarkdownNode) -> [[MarkdownNode]] {
    var lines: [[MarkdownNode]] = [[]]
    for child in paragraph.children {
      switch child.kind {
      case .softBreak, .lineBreak: lines.append([])
      default: lines[lines.count - 1].append(child)
      }
    }
    return lines
  }
}
