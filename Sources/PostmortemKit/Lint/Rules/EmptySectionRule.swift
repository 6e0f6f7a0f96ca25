/// `empty-section`: a heading with nothing under it, or only a filler such as "N/A".
struct EmptySectionRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "empty-section", name: "Empty section",
    summary: "A section has a heading and no content, or only a filler such as N/A",
    description: """
      A heading with nothing under it (or only an HTML comment) usually means a template section \
      was never filled in; so does one that says only "N/A", "-", "…" or "To be determined". \
      Write the section, or remove the heading. A section that says there was nothing ("None.") \
      is content: a near miss may have had no impact.
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      RuleExamples.clean(replacing: "The cache was warmed from a replica.\n", with: ""),
      "# T\n\n## Summary\n\n<!-- write the summary -->\n\n## Impact\n\nNone.\n",
      RuleExamples.clean(replacing: "The cache was warmed from a replica.", with: "N/A"),
      RuleExamples.clean(replacing: "The cache was warmed from a replica.", with: "_To be determined._"),
      "# T\n\n**Impact:**\n\n**Timeline:**\n\n- 10:00 alert fires\n",
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      "# T\n\n## Lessons Learned\n\n### What went well\n\n- Paging worked.\n",
      "# T\n\n**Corrective and Preventative Measures:**\n\n**Corrective Measures:**\n- Add an alert.\n",
      "# T\n\n## Root Cause and Resolution\n\n## Root Cause\n\nA bad config.\n\n## Resolution\n\nReverted.\n",
      RuleExamples.clean(replacing: "The cache was warmed from a replica.", with: "None."),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    let titleLine = context.document.title?.line
    let sections = context.document.sections
    var findings = sections.indices.compactMap { index -> RuleFinding? in
      let section = sections[index]
      // The title's heading heads the document, whatever its level ("## 1. Web stack outage"
      // over "## Issue Summary"): no section to write.
      guard !section.hasContent, !(section.style == .heading && section.line == titleLine),
        !EmptySectionRule.headsGroup(at: index, of: sections),
        // "### Duration: 10:00 AM to 11:30 AM": a detail written as a heading, read as one.
        !(section.style == .heading && MetadataParser.headingLabel(section.title) != nil)
      else { return nil }
      return RuleFinding(
        "section '\(section.title)' is empty; write its content or remove the heading",
        at: SourceLocation(line: section.line, column: section.column),
        length: section.title.scalarCount + (section.style == .heading ? section.level + 1 : 4))
    }
    findings += fillerFindings(context)
    return findings.sorted {
      ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column)
    }
  }

  /// Whether the section at `index` names a group of the sections after it, written at its own
  /// level: bold lines have no levels, and a report in plain lines or one heading level writes
  /// "Corrective and Preventative Measures" over "Corrective Measures:" and its list, or "Root
  /// Cause and Resolution" over "Root Cause:". The group stands empty; its parts follow it.
  static func headsGroup(at index: Int, of sections: [Section]) -> Bool {
    let group = sections[index]
    guard let kind = group.kind, index + 1 < sections.count else { return false }
    let part = sections[index + 1]
    guard part.style == group.style, part.level == group.level, let partKind = part.kind else { return false }
    return partKind == kind || SectionKind.pairedKinds(in: group.title).contains(partKind)
  }

  /// Sections whose heading is followed by one filler block before the next heading.
  private func fillerFindings(_ context: LintContext) -> [RuleFinding] {
    let sections = context.document.sections
    let titleLine = context.document.title?.line
    var findings: [RuleFinding] = []
    let blocks = context.parsed.tree.children
    // Sections and top-level headings both stand in document order: one walk pairs them.
    var sectionIndex = 0
    var index = 0
    while index < blocks.count {
      guard case .heading = blocks[index].kind else {
        index += 1
        continue
      }
      let line = blocks[index].line
      while sectionIndex < sections.count, sections[sectionIndex].line < line { sectionIndex += 1 }
      guard sectionIndex < sections.count, sections[sectionIndex].line == line,
        sections[sectionIndex].style == .heading, sections[sectionIndex].hasContent,
        !(sections[sectionIndex].level == 1 && line == titleLine)
      else {
        index += 1
        continue
      }
      let level = sections[sectionIndex].level
      var next = index + 1
      while next < blocks.count, DocumentOutline.isInvisible(blocks[next]) { next += 1 }
      let isLast = next + 1 == blocks.count
      if next < blocks.count, isLast || EmptySectionRule.endsSection(blocks[next + 1], level: level),
        let filler = EmptySectionRule.filler(blocks[next], source: context.parsed.source),
        let start = blocks[next].range?.start
      {
        findings.append(
          RuleFinding(
            "section '\(sections[sectionIndex].title)' says only '\(filler)'; write its content or remove the heading",
            at: start, length: filler.scalarCount))
      }
      index = next
    }
    return findings
  }

  /// Whether `block` is a heading that ends a section of `level` (a subsection's does not).
  private static func endsSection(_ block: MarkdownNode, level: Int) -> Bool {
    if case .heading(let headingLevel) = block.kind { return headingLevel <= level }
    return false
  }

  /// Words that stand in for a section's content, lower case, without surrounding marks.
  private static let fillers: Set<String> = [
    "n/a", "na", "n.a", "tbd", "tba", "to be determined", "to be done", "to be added", "to be completed",
    "to be written", "to be filled in", "to follow", "pending", "coming soon", "wip", "work in progress", "fill in",
    "fill me in", "todo", "to do",
    // What GitHub's issue forms write for a field left empty.
    "no response",
  ]

  /// The source text of `block` when it is a filler: a paragraph of one filler (or of marks only:
  /// "-", "…", "?"), or a list of one empty item (a lone "-").
  private static func filler(_ block: MarkdownNode, source: SourceText) -> String? {
    switch block.kind {
    case .paragraph:
      // Every section's first paragraph comes here: one line of a few words is looked at closer.
      guard let range = block.range, range.start.line == range.end.line, range.end.column - range.start.column < 40
      else { return nil }
      let text = block.plainText()
      // Upper-case template words ("TBD", "TODO") are template-placeholder's to report.
      if TemplatePlaceholderRule.defaultWords.contains(text.trimmingCharacters(in: " .!*_")) { return nil }
      let core = text.lowercased().trimmingCharacters(in: " .!?*_-—–…()[]:;")
      guard text.count <= 40, core.isEmpty || fillers.contains(core) else { return nil }
      return text.trimmingWhitespace()
    case .list:
      guard block.children.count == 1, block.children[0].children.isEmpty else { return nil }
      return source.line(block.line).trimmingWhitespace()
    default:
      return nil
    }
  }
}
