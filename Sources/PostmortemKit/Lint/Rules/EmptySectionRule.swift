/// `empty-section`: a heading with nothing under it.
struct EmptySectionRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "empty-section", name: "Empty section",
    summary: "A section has a heading and no content",
    description: """
      A heading with nothing under it (or only an HTML comment) usually means a template section \
      was never filled in. Write the section, or remove the heading.
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      RuleExamples.clean(replacing: "The cache was warmed from a replica.\n", with: ""),
      "# T\n\n## Summary\n\n<!-- write the summary -->\n\n## Impact\n\nNone.\n",
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      "# T\n\n## Lessons Learned\n\n### What went well\n\n- Paging worked.\n",
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    let titleLine = context.document.title?.line
    return context.document.sections.compactMap { section in
      guard !section.hasContent, !(section.level == 1 && section.line == titleLine) else { return nil }
      return RuleFinding(
        "section '\(section.title)' is empty; write its content or remove the heading",
        at: SourceLocation(line: section.line, column: section.column),
        length: section.title.scalarCount + (section.style == .heading ? section.level + 1 : 4))
    }
  }
}
