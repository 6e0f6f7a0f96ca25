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

  /// Indexes the top-level blocks of `document`; the last line of the file closes the last section.
  init(document: MarkdownNode, lastLine: Int) {
    let blocks = document.children
    self.blocks = blocks
    var headings: [(index: Int, title: String, level: Int, style: Section.Style, kind: SectionKind?)] = []
    // The innermost heading (not bold paragraph) so far, with its kind.
    var current: (level: Int, kind: SectionKind?) = (1, nil)
    for (index, block) in blocks.enumerated() {
      switch block.kind {
      case .heading(let level):
        let title = block.plainText().trimmingWhitespace()
        let kind = SectionKind.recognize(title)
        headings.append((index, title, level, .heading, kind))
        current = (level, kind)
      case .paragraph:
        // A paragraph that is only bold text naming a known section works as a heading, one
        // level below the heading it sits under; but "**Root cause:**" after a timeline or the
        // action items starts the next section rather than becoming part of their entries.
        if block.children.count == 1, case .strong = block.children[0].kind {
          let title = block.plainText().trimmingWhitespace().trimmingCharacters(in: ":")
          if let kind = SectionKind.recognize(title) {
            let closesCurrent =
              (current.kind == .timeline || current.kind == .actionItems) && kind != current.kind
            headings.append(
              (index, title, closesCurrent ? current.level : min(current.level + 1, 6), .boldParagraph, kind))
          }
        }
      default:
        break
      }
    }
    // "# Summary of the storage disruption" over `##` sections is the document's title: the one
    // level-1 heading, first of all, naming a section only loosely ("# Summary" would be exact).
    if let first = headings.first, first.level == 1, first.style == .heading, first.kind != nil, headings.count > 1,
      headings.dropFirst().allSatisfy({ $0.level > 1 }), SectionKind.recognizeExactly(first.title) == nil
    {
      headings[0].kind = nil
    }
    var entries: [Entry] = []
    for (position, heading) in headings.enumerated() {
      let following = headings[(position + 1)...]
      let nextAny = following.first?.index ?? blocks.count
      let nextSameOrHigher = following.first { $0.level <= heading.level }?.index ?? blocks.count
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

  /// The sub-headings inside `entry`'s body, in order.
  func subsections(of entry: Entry) -> [Entry] {
    entries.filter { entry.body.contains($0.headingIndex) }
  }
}
