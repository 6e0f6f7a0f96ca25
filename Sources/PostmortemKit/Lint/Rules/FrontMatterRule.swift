/// `front-matter`: front matter that cannot be read.
struct FrontMatterRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "front-matter", name: "Front matter",
    summary: "The YAML or TOML front matter cannot be read",
    description: """
      Front matter that does not parse loses every field in it (and GitHub shows an error instead \
      of the table). Fix the syntax; quote values containing ':' or starting with '[' or '{'.
      """,
    defaultLevel: .error,
    triggeringExamples: ["---\ntitle: [unclosed\ndate: 2024-03-02\n---\n\n# T\n"],
    nonTriggeringExamples: [RuleExamples.clean, "---\ntitle: \"Search: outage\"\ndate: 2024-03-02\n---\n\n# T\n"])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let frontMatter = context.document.metadata.frontMatter, let error = frontMatter.error else { return [] }
    // Where reading failed when the reader knows, else the opening fence.
    guard let line = frontMatter.errorLine else {
      return [RuleFinding(error, at: SourceLocation(line: frontMatter.line, column: 1), length: 3)]
    }
    return [RuleFinding(error, at: SourceLocation(line: line, column: frontMatter.errorColumn ?? 1))]
  }
}
