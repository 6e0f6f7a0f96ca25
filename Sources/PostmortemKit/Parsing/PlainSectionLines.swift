/// Section names written as plain lines, as a report pasted from a word processor or a blog
/// editor loses its headings: "Issue Summary", "Timeline:", "Root Cause and Resolution:" alone on
/// a line, the section's text on the lines under it (often in the same paragraph, no blank line
/// between). In a document with no heading but its title, each such line is read as a heading.
///
/// So is a heading written without the space after its hashes ("##Issue Summary"), as Markdown
/// renderers read it before CommonMark: in a document with no heading, any; beside headings, one
/// that names a section.
enum PlainSectionLines {
  /// `blocks` with each plain line that names a section made a level-2 heading of its own (only in
  /// a document with no section headings: a lone title heading is none), and each line led by
  /// hashes a heading of their level, the paragraph it stood in parted around it; unchanged, and
  /// not copied, when there is none. `sectioned` tells whether the document had section headings.
  static func promoting(_ blocks: [MarkdownNode]) -> (blocks: [MarkdownNode], sectioned: Bool) {
    let headed = blocks.contains(where: isHeading)
    let sectioned = hasSectionHeadings(blocks)
    let promotes = { (block: MarkdownNode) in
      (!sectioned && holdsSectionLine(block)) || holdsHashHeading(block, headed: headed)
    }
    guard blocks.contains(where: promotes) else { return (blocks, sectioned) }
    var result: [MarkdownNode] = []
    for block in blocks {
      guard promotes(block), let start = block.range?.start else {
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
      let blockLines = lines(of: block)
      for (offset, line) in blockLines.enumerated() {
        let column = line.first?.range?.start.column ?? (offset == 0 ? start.column : 1)
        let lineStart = SourceLocation(line: start.line + offset, column: column)
        if let (level, text) = hashHeading(line, headed: headed) {
          flush()
          let end = line.last?.range?.end ?? lineStart
          result.append(
            MarkdownNode(kind: .heading(level: level), range: SourceRange(start: lineStart, end: end), children: text))
        } else if !sectioned, let name = title(of: line) ?? labelOverTimes(blockLines, at: offset) {
          flush()
          let end = line.last?.range?.end ?? lineStart
          result.append(
            MarkdownNode(
              kind: .heading(level: 2), range: SourceRange(start: lineStart, end: end),
              children: line.count == 1 ? line : [undecorated(name, in: line)]))
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
    return (result, sectioned)
  }

  /// The section a plain line names, its closing colon dropped ("Timeline:" is "Timeline"), or
  /// nil: only text of six words or fewer that names a known section and ends no sentence.
  static func title(of line: [MarkdownNode]) -> String? {
    let text: String
    var quoted = false
    if line.count == 1, case .text(let only) = line[0].kind {
      text = only
    } else if line.count == 1, case .code(let literal) = line[0].kind {
      // A question quoted from an assignment's brief, as students' reports set each one apart
      // ("`What was the root cause?`" over its answer): as long as a question may be, asked or not.
      text = literal
      quoted = true
    } else {
      // A name set between rows of asterisks ("*****Issue Summary*****"), which Markdown reads
      // as emphasis around it and asterisks left over: its letters, the decoration dropped.
      // (A line that is only bold, "**Impact**", is a bold heading the outline reads as one.)
      guard !line.isEmpty, line.count <= 5, line.allSatisfy(isDecoratedText) else { return nil }
      let plain = line.map { $0.plainText() }.joined()
      guard plain.utf8.contains(UInt8(ascii: "*")) else { return nil }
      text = plain.trimmingCharacters(in: "*_=~ ")
    }
    guard let (title, _) = labelName(text, quoted: quoted), SectionKind.recognize(title) != nil else { return nil }
    return title
  }

  /// The name a short line holds as a label, its emoji frame and its closing colon or question
  /// mark dropped, with that closing mark; nil for a line of more words (a question, or a line
  /// `quoted` as code, may have ten: "What was the root cause?") or with a sentence's punctuation in it.
  private static func labelName(_ text: String, quoted: Bool = false) -> (name: String, closing: Character?)? {
    var name = withoutEmoji(text.trimmingWhitespace())
    let closing = name.last.flatMap { $0 == ":" || $0 == "?" ? $0 : nil }
    if closing != nil { name = String(name.dropLast()).trimmingWhitespace() }
    let asks = closing == "?" || quoted
    // A note in brackets closing the name ("What was the impact (who was affected, how many %)")
    // says what to write under it: the name is what comes before.
    let measured = name.utf8.last == UInt8(ascii: ")") ? name.droppingTrailingAside() : name
    guard !measured.isEmpty, measured.utf8.count <= (asks ? 64 : 48),
      measured.split(separator: " ").count <= (asks ? 10 : 6),
      !measured.contains(where: { $0 == "." || $0 == "," || $0 == ";" || $0 == "!" || $0 == "?" || $0 == ":" })
    else { return nil }
    return (name, closing)
  }

  /// The text without the emoji that frame it ("💥 The Impact: 💥", "🛠️ Fixes 🛠️"): most lines
  /// have none, and are returned as they are.
  static func withoutEmoji(_ text: String) -> String {
    guard let first = text.utf8.first, let last = text.utf8.last, first >= 0x80 || last >= 0x80 else { return text }
    let isFrame = { (scalar: Unicode.Scalar) in
      !scalar.isASCII
        && (scalar.properties.isEmoji || scalar.properties.isEmojiPresentation
          || scalar.value == 0xFE0F || scalar.value == 0x200D)
        || scalar == " "
    }
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isFrame($0) }),
      let end = scalars.lastIndex(where: { !isFrame($0) })
    else { return text }
    return String(scalars[start...end])
  }

  /// The level and the text of a line written as a heading without the space after its hashes
  /// ("##Issue Summary", "#Postmortem: Web outage"), its hashes dropped; nil for any other line,
  /// and for a hash before a number ("#1 priority", a channel's "#incidents" beside headings).
  static func hashHeading(_ line: [MarkdownNode], headed: Bool) -> (level: Int, text: [MarkdownNode])? {
    guard case .text(let text)? = line.first?.kind, text.utf8.first == UInt8(ascii: "#") else { return nil }
    let hashes = text.utf8.prefix { $0 == UInt8(ascii: "#") }.count
    let rest = text.utf8.dropFirst(hashes)
    guard hashes <= 6, let next = rest.first else { return nil }
    if ASCIIText.isDigit(next) {
      // "##1. Web stack debugging", not "#1 priority".
      let after = rest.drop(while: ASCIIText.isDigit).first
      guard after == UInt8(ascii: "."), !headed else { return nil }
    } else if !ASCIIText.isLetter(next) {
      return nil
    }
    var stripped = line
    let remainder = String(text.dropFirst(hashes))
    let range = line[0].range.map {
      SourceRange(start: SourceLocation(line: $0.start.line, column: $0.start.column + hashes), end: $0.end)
    }
    stripped[0] = MarkdownNode(kind: .text(remainder), range: range)
    if headed {
      // Beside real headings, a line led by hashes is a heading only when it names a section.
      let plain = stripped.map { $0.plainText() }.joined().trimmingWhitespace()
      guard plain.utf8.count <= 48, SectionKind.recognize(plain) != nil else { return nil }
    }
    return (hashes, stripped)
  }

  private static func holdsHashHeading(_ block: MarkdownNode, headed: Bool) -> Bool {
    guard case .paragraph = block.kind else { return false }
    // Most paragraphs hold no line led by a hash: told by their lines' first bytes.
    return block.opensALine { $0.utf8.first == UInt8(ascii: "#") }
      && lines(of: block).contains { hashHeading($0, headed: headed) != nil }
  }

  /// The name a decorated line holds, as one text node placed where its first letter stands.
  private static func undecorated(_ name: String, in line: [MarkdownNode]) -> MarkdownNode {
    var leaves: [MarkdownNode] = []
    func collect(_ node: MarkdownNode) {
      if case .text = node.kind { leaves.append(node) } else { node.children.forEach(collect) }
    }
    line.forEach(collect)
    for leaf in leaves {
      guard case .text(let text) = leaf.kind, let start = leaf.range?.start,
        let letter = text.unicodeScalars.firstIndex(where: { $0.properties.isAlphabetic })
      else { continue }
      let column = start.column + text.unicodeScalars[..<letter].count
      return MarkdownNode(
        kind: .text(name),
        range: SourceRange(start: SourceLocation(line: start.line, column: column), end: leaf.range?.end ?? start))
    }
    return MarkdownNode(kind: .text(name), range: line.first?.range)
  }

  /// Whether `node` is text, or emphasis holding only text or emphasis.
  private static func isDecoratedText(_ node: MarkdownNode) -> Bool {
    switch node.kind {
    case .text: true
    case .emphasis, .strong: node.children.allSatisfy(isDecoratedText)
    default: false
    }
  }

  /// Whether the document has headings for its sections: a lone heading opening it that names
  /// no section ("# Web outage postmortem" over plain lines, after comments or a rule at most) is
  /// only its title.
  private static func hasSectionHeadings(_ blocks: [MarkdownNode]) -> Bool {
    guard let first = blocks.firstIndex(where: isHeading) else { return false }
    return blocks[(first + 1)...].contains(where: isHeading)
      || SectionKind.recognize(blocks[first].plainText()) != nil
      || blocks[..<first].contains {
        switch $0.kind {
        case .htmlBlock, .thematicBreak: false
        default: true
        }
      }
  }

  /// Whether `block` is a heading with words: a lone "#" line heads nothing.
  private static func isHeading(_ block: MarkdownNode) -> Bool {
    if case .heading = block.kind { return !block.children.isEmpty }
    return false
  }

  private static func holdsSectionLine(_ block: MarkdownNode) -> Bool {
    guard case .paragraph = block.kind else { return false }
    let lines = lines(of: block)
    return lines.indices.contains { title(of: lines[$0]) != nil || labelOverTimes(lines, at: $0) != nil }
  }

  /// A label line that names no known section over three lines that open with a time ("The
  /// Investigation:" over "3:15 PM UTC: Monitoring fires…"): a timeline under a name of the
  /// writer's own. Its name, the colon and any emoji around it dropped, or nil.
  static func labelOverTimes(_ lines: [[MarkdownNode]], at index: Int) -> String? {
    guard index + 3 < lines.count, lines[index].count == 1, case .text(let text) = lines[index][0].kind,
      let (title, closing) = labelName(text), closing == ":"
    else { return nil }
    let timed = lines[(index + 1)...(index + 3)].allSatisfy { line in
      guard case .text(let opening)? = line.first?.kind, let first = opening.utf8.first, ASCIIText.isDigit(first)
      else { return false }
      return TimeParser.scan(opening)?.time != nil
    }
    return timed ? title : nil
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
