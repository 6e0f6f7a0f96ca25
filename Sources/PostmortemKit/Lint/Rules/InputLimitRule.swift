/// `input-limit`: the document exceeded a limit that keeps parsing bounded.
struct InputLimitRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "input-limit", name: "Input limit",
    summary: "The document nests too deeply or has a table too wide to read in full",
    description: """
      Hostile or broken documents can make Markdown parsing take minutes. Content nested deeper \
      than 48 levels is read as plain text, and a document with a table of more than 256 columns \
      has its tables read as text. Either way some structure was not read; simplify the document.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      String(repeating: "> ", count: 60) + "deep\n",
      "| " + String(repeating: "c | ", count: 300) + "\n|" + String(repeating: "-|", count: 300) + "\n",
    ],
    nonTriggeringExamples: [RuleExamples.clean, String(repeating: "> ", count: 10) + "quoted\n"])

  func check(_ context: LintContext) -> [RuleFinding] {
    context.document.inputLimits.map { limit in
      let consequence =
        limit.kind == .nesting
        ? "content below that depth was read as plain text" : "the document's tables were read as plain text"
      return RuleFinding(
        "\(limit.detail): \(consequence); simplify the document",
        at: SourceLocation(line: limit.line, column: limit.column), length: 1)
    }
  }
}
