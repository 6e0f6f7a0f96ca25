/// The headings of a document and the top-level blocks each one governs.
struct DocumentOutline {
  struct Entry {
    var section: Section
    /// Index of the heading block in `blocks`.
    var headingIndex: Int
    /// Blocks up to the next heading of the same or a higher level (sub-sections included).
    var body: Range<Int>
    /// Blocks up to the next heading of any level.
    var directBody: Range<Int>
  }

  let blocks: [MarkdownNode]
  let entries: [Entry]
  /// The blocks after the document's last rule when they only state details (`---` then
  /// `**Incident Commander**: …` and `**Resolved At**: 2025-10-15T15:15:00Z`), as a report may
  /// close with its sign-off: no section's body. Empty when the document does not close so.
  let closingDetails: Range<Int>
  /// Whether the document has no section headings (a lone title heading is none): its sections,
  /// if any, are plain lines or bold paragraphs, and its parts may be told on one line each
  /// ("Root cause: the pool was too small.").
  let headless: Bool

  /// Indexes the top-level blocks of `document`; the last line of the file closes the last section.
  init(document: MarkdownNode, lastLine: Int) {
    let (blocks, sectioned) = PlainSectionLines.promoting(DocumentOutline.readingHTMLTables(document.children))
    self.blocks = blocks
    headless = !sectioned
    var headings: [(index: Int, title: String, level: Int, style: Section.Style, kind: SectionKind?)] = []
    // The innermost heading (not bold paragraph) so far, with its kind.
    var current: (level: Int, kind: SectionKind?) = (1, nil)
    // The innermost timeline or action-item section so far, which a bold heading naming another
    // section closes even from a sub-heading inside it (a `#### Tuesday` date heading).
    var list: (level: Int, kind: SectionKind)?
    for (index, block) in blocks.enumerated() {
      switch block.kind {
      case .heading(let level):
        // A lone "#" line is decoration: it heads nothing, and what follows stays where it was.
        if block.children.isEmpty { continue }
        let title = DocumentOutline.droppingAttributes(block.plainText().trimmingWhitespace())
        var kind = SectionKind.recognize(title)
        // A step of the timeline under it, its time closing it ("### 2. Root cause analysis
        // (12:00-12:30)"), is an entry, not the section its words name.
        if kind != nil, let open = list, open.kind == .timeline, level > open.level,
          TimelineParser.stepClosedByTime(title) != nil
        {
          kind = nil
        }
        headings.append((index, title, level, .heading, kind))
        current = (level, kind)
        if let open = list, level <= open.level { list = nil }
        if let kind, kind == .timeline || kind == .actionItems { list = (level, kind) }
      case .paragraph, .htmlBlock:
        // A paragraph that is only bold text naming a known section works as a heading, one
        // level below the heading it sits under; but "**Root cause:**" after a timeline or the
        // action items starts the next section rather than becoming part of their entries. So
        // does the summary of a collapsible block (`<details><summary>Timeline</summary>`).
        let style: Section.Style
        let named: String?
        if case .htmlBlock(let html) = block.kind {
          style = .collapsible
          named = DocumentOutline.collapsibleTitle(html)
        } else {
          style = .boldParagraph
          named = DocumentOutline.boldHeadingTitle(block)
        }
        // A collapsible block under a heading of its own kind ("## Timeline" over `<summary>Full
        // timeline (CEST)</summary>`) is that section's content.
        if let title = named, let kind = SectionKind.recognize(title), style != .collapsible || kind != current.kind {
          // Among the action items, "**Detection:**" or "**Mitigation**" over a list groups the
          // items by the kind of work they are; it starts no section.
          if let open = list, open.kind == .actionItems, ActionItemParser.typeNamed(by: title) != nil,
            index + 1 < blocks.count, DocumentOutline.holdsItems(blocks[index + 1])
          {
            continue
          }
          // A collapsible block stands beside the sections, not inside the one above it.
          var level = style == .collapsible ? current.level : min(current.level + 1, 6)
          if let open = list, kind != open.kind {
            // The bold heading takes the closed section's place, and the next ones stand beside it.
            level = open.level
            list = nil
            current = (max(level - 1, 1), nil)
          }
          headings.append((index, title, level, style, kind))
          if kind == .timeline || kind == .actionItems { list = (level, kind) }
        }
      default:
        break
      }
    }
    // "# Summary of the storage disruption" over `##` sections is the document's title: the one
    // level-1 heading, first of all, naming a section only loosely ("# Summary" would be exact), or
    // led by the incident's date as Wikimedia titles its reports ("# 2021-03-04 recovery"). Alone,
    // it is the title over a report told in paragraphs (AWS's "# Summary of the Amazon Kinesis
    // Event…"), but a list's section over its list ("# Timeline of the outage").
    if let first = headings.first, first.level == 1, first.style == .heading, let kind = first.kind,
      headings.count > 1 || (kind != .timeline && kind != .actionItems),
      headings.dropFirst().allSatisfy({ $0.level > 1 }),
      SectionKind.recognizeExactly(first.title) == nil || TimeParser.scan(first.title)?.date != nil
    {
      headings[0].kind = nil
    }
    // "## Remediation" told in paragraphs beside an action-item section of its own says how the
    // incident was fixed: the document's resolution, not a second list of follow-ups. So does a
    // list of the steps taken, told in the past ("## Remediation Actions" over "1. Patched the
    // CRDs", "2. Ran e2fsck").
    if !headings.contains(where: { $0.kind == .resolution }),
      headings.lazy.filter({ $0.kind == .actionItems }).count > 1
    {
      for position in headings.indices
      where headings[position].kind == .actionItems && SectionKind.namesRemediation(headings[position].title) {
        let next = position + 1 < headings.count ? headings[position + 1].index : blocks.count
        let body = blocks[(headings[position].index + 1)..<next]
        let toldInProse =
          SectionKind.namesRemediationOnly(headings[position].title)
          && body.contains(where: { if case .paragraph = $0.kind { return true } else { return false } })
          && !body.contains(where: DocumentOutline.holdsItems)
        let lists = body.filter { if case .list = $0.kind { return true } else { return false } }
        if toldInProse || lists.count == 1 && DocumentOutline.listsStepsTaken(lists[0]) {
          headings[position].kind = .resolution
          break
        }
      }
    }
    let closing = DocumentOutline.closingDetails(in: blocks, after: headings.last?.index ?? -1)
    closingDetails = closing
    // The last sections end at the rule before the closing details.
    let end = closing.isEmpty ? blocks.count : closing.lowerBound - 1
    var entries: [Entry] = []
    for (position, heading) in headings.enumerated() {
      let following = headings[(position + 1)...]
      let nextAny = following.first?.index ?? end
      let nextSameOrHigher = following.first { $0.level <= heading.level }?.index ?? end
      let body = (heading.index + 1)..<nextSameOrHigher
      let directBody = (heading.index + 1)..<nextAny
      let endLine: Int
      if nextSameOrHigher < blocks.count {
        endLine = max(blocks[nextSameOrHigher].line - 1, blocks[heading.index].line)
      } else {
        endLine = max(lastLine, blocks[heading.index].line)
      }
      let headingsInBody = Set(following.prefix { $0.index < nextSameOrHigher }.map(\.index))
      let hasContent = body.contains { !headingsInBody.contains($0) && !DocumentOutline.isInvisible(blocks[$0]) }
      let node = blocks[heading.index]
      let section = Section(
        title: heading.title, level: heading.level, kind: heading.kind, style: heading.style,
        location: node.range?.start ?? SourceLocation(line: 1, column: 1), endLine: endLine, hasContent: hasContent)
      entries.append(Entry(section: section, headingIndex: heading.index, body: body, directBody: directBody))
    }
    self.entries = entries
  }

  /// The blocks after the last rule, when it follows the last section's content and every line
  /// after it is a bold label with its value; else an empty range.
  private static func closingDetails(in blocks: [MarkdownNode], after lastHeading: Int) -> Range<Int> {
    let none = blocks.count..<blocks.count
    guard
      let rule = blocks.lastIndex(where: { if case .thematicBreak = $0.kind { true } else { false } }),
      rule > lastHeading + 1, rule + 1 < blocks.count
    else { return none }
    for block in blocks[(rule + 1)...] {
      guard case .paragraph = block.kind, let first = block.children.first, case .strong = first.kind,
        block.inlineLines().allSatisfy({ !LabelReader.readAll($0, allowPlainKeys: false).isEmpty })
      else { return none }
    }
    return (rule + 1)..<blocks.count
  }

  /// `blocks` with each run of raw HTML blocks that holds table rows replaced by one table node
  /// (see `HTMLTable`); unchanged, and not copied, when there is none.
  static func readingHTMLTables(_ blocks: [MarkdownNode]) -> [MarkdownNode] {
    func holdsRows(_ block: MarkdownNode) -> Bool {
      if case .htmlBlock(let html) = block.kind { return HTMLTable.mayHoldRows(html) }
      return false
    }
    guard blocks.contains(where: holdsRows) else { return blocks }
    var result: [MarkdownNode] = []
    var index = 0
    while index < blocks.count {
      guard holdsRows(blocks[index]) else {
        result.append(blocks[index])
        index += 1
        continue
      }
      // cmark-gfm ends an HTML block at a blank line: the rows of one table may span several.
      var rows: [HTMLTable.Row] = []
      let start = blocks[index].range?.start ?? SourceLocation(line: blocks[index].line, column: 1)
      let first = index
      while index < blocks.count, let html = DocumentOutline.tableHTML(blocks[index], continuing: index > first) {
        let location = blocks[index].range?.start ?? SourceLocation(line: blocks[index].line, column: 1)
        rows += HTMLTable.rows(in: html, startingAt: location)
        index += 1
      }
      if let table = HTMLTable.node(from: rows, at: start) {
        result.append(table)
      } else {
        result += blocks[first..<index]
      }
    }
    return result
  }

  /// The HTML of a block that is part of an HTML table: a raw HTML block with table tags, or,
  /// after the table's first block, an indented row that a blank line turned into a code block.
  private static func tableHTML(_ block: MarkdownNode, continuing: Bool) -> String? {
    switch block.kind {
    case .htmlBlock(let html) where HTMLTable.belongsToTable(html):
      return html
    case .codeBlock(let info, let literal, _) where continuing && info.isEmpty && HTMLTable.belongsToTable(literal):
      return literal
    default:
      return nil
    }
  }

  /// Whether `block` is a list or a table, the shapes action items come in.
  /// Whether most items of `list` (two at least, two in three) open with a verb in the past
  /// ("Patched", "Removed", "Ran", "Rebuilt"): steps taken, not work to do.
  static func listsStepsTaken(_ list: MarkdownNode) -> Bool {
    let items = list.children
    guard items.count >= 2 else { return false }
    let past = items.count { item in
      guard let paragraph = item.children.first, case .text(let text)? = paragraph.children.first?.kind else {
        return false
      }
      let word = text.utf8.prefix { ASCIIText.isLetter($0) }
      guard word.count >= 3, let first = word.first, ASCIIText.isUpper(first) else { return false }
      let lower = Array(word.map(ASCIIText.lower))
      return lower.suffix(2).elementsEqual("ed".utf8) || irregularPast.contains(String(decoding: lower, as: UTF8.self))
    }
    return past * 3 >= items.count * 2
  }

  /// Past forms of verbs that say what was done and do not end in "ed".
  private static let irregularPast: Set<String> = [
    "ran", "rebuilt", "built", "wrote", "rewrote", "made", "took", "set", "reset", "put", "shut", "brought", "sent",
    "found", "kept", "cut", "led", "began", "got", "gave", "did", "spun", "drew", "undid", "rolled",
  ]

  static func holdsItems(_ block: MarkdownNode) -> Bool {
    switch block.kind {
    case .list, .table: return true
    default: return false
    }
  }

  /// `title` without the attributes pandoc and kramdown write after a heading ("Summary
  /// {#summary}", "Outage {#outage .unnumbered}", "Impact {: #impact}").
  static func droppingAttributes(_ title: String) -> String {
    guard title.utf8.last == UInt8(ascii: "}"), let open = title.utf8.lastIndex(of: UInt8(ascii: "{")),
      case let next = title.utf8.index(after: open), next < title.utf8.endIndex,
      [UInt8(ascii: "#"), UInt8(ascii: "."), UInt8(ascii: ":")].contains(title.utf8[next]),
      open > title.utf8.startIndex
    else { return title }
    return String(title[..<open]).trimmingWhitespace()
  }

  /// The title a collapsible block's summary gives (`<details>` then `<summary><b>Timeline
  /// (UTC)</b></summary>`, as GitHub folds a long section away), tags removed; nil for other HTML.
  static func collapsibleTitle(_ html: String) -> String? {
    // Read on bytes: every HTML block of every document comes here, and most are comments.
    guard html.utf8.count < 400 else { return nil }
    let bytes = Array(html.utf8)
    let lowered = bytes.map(ASCIIText.lower)
    guard let open = UTF8Scan.firstOffset(of: summaryOpen, in: lowered),
      let start = lowered[open...].firstIndex(of: UInt8(ascii: ">")),
      let close = UTF8Scan.firstOffset(of: summaryClose, in: lowered, from: start)
    else { return nil }
    var title: [UInt8] = []
    var inTag = false
    for byte in bytes[(start + 1)..<close] {
      if byte == UInt8(ascii: "<") {
        inTag = true
      } else if byte == UInt8(ascii: ">") {
        inTag = false
      } else if !inTag {
        title.append(byte)
      }
    }
    let trimmed = String(decoding: title, as: UTF8.self).trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }

  private static let summaryOpen = Array("<summary".utf8)
  private static let summaryClose = Array("</summary>".utf8)

  /// The title of a paragraph that is only bold text ("**Root cause:**"), or bold text and a note
  /// in brackets ("**Timeline** (all times Pacific)", kept in the title for the zone it names).
  static func boldHeadingTitle(_ block: MarkdownNode) -> String? {
    // Judged in place: this runs for every paragraph, and copying a child costs more than looking.
    block.children.withUnsafeBufferPointer { children -> String? in
      guard children.count == 1 || children.count == 2, case .strong = children[0].kind else { return nil }
      if children.count == 1 {
        return block.plainText().trimmingWhitespace().trimmingCharacters(in: ":")
      }
      // Most "**Lead** text" paragraphs are prose: the first byte after the spaces decides.
      guard case .text(let note) = children[1].kind,
        note.utf8.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "(")
      else { return nil }
      let trimmed = note.trimmingWhitespace()
      guard trimmed.hasPrefix("("), trimmed.hasSuffix(")") else { return nil }
      return children[0].plainText().trimmingWhitespace().trimmingCharacters(in: ":") + " " + trimmed
    }
  }

  /// HTML comments and thematic breaks carry nothing a reader would call content.
  static func isInvisible(_ block: MarkdownNode) -> Bool {
    switch block.kind {
    case .thematicBreak: return true
    case .htmlBlock(let html): return html.trimmingWhitespace().hasPrefix("<!--")
    default: return false
    }
  }

  /// The entries of `kind` that are not inside another entry of the same kind.
  func outermost(_ kind: SectionKind) -> [Entry] {
    var result: [Entry] = []
    for entry in entries where entry.section.kind == kind {
      if let last = result.last, last.body.contains(entry.headingIndex) { continue }
      result.append(entry)
    }
    return result
  }

  /// How many lines of content `entry`'s body holds: list items, table rows and paragraph lines.
  func lineCount(of entry: Entry) -> Int {
    blocks[entry.body].reduce(0) { count, block in
      switch block.kind {
      case .list, .table:
        return count + block.children.count
      case .paragraph:
        return count + 1 + block.children.count { if case .softBreak = $0.kind { true } else { false } }
      default:
        return count
      }
    }
  }

  /// The sub-headings inside `entry`'s body, in order.
  func subsections(of entry: Entry) -> [Entry] {
    entries.filter { entry.body.contains($0.headingIndex) }
  }
}
