/// `table-delimiter`: a table that Markdown shows as text, its delimiter row forgotten or written
/// as pandoc's grid table.
struct TableDelimiterRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "table-delimiter", name: "Table delimiter",
    summary: "A table shows as text: its delimiter row is missing, or it is a pandoc grid table",
    description: """
      GitHub-flavoured Markdown makes a table of pipe rows only when a delimiter row \
      (`|---|---|`) follows the header; without it, or written as pandoc's grid table \
      (`+----+` borders), the rows show as one run of text in a pull request and in rendered \
      reports. postmortem still reads such a table, so its entries and items are not lost; add \
      the delimiter row under the header so that readers see a table too.
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      RuleExamples.clean(
        replacing: "- [ ] Flush only the changed keys on deploy (owner: @bo, due: 2024-03-15, OPS-12)\n"
          + "- [x] Warm the cache from a replica (owner: @ana, due: 2024-03-02)",
        with: "| Action | Owner | Due |\n| Flush only the changed keys | @bo | 2024-03-15 |\n"
          + "| Warm the cache from a replica | @ana | 2024-03-02 |"),
      RuleExamples.clean(
        replacing: "- 14:50 latency back to normal, incident resolved",
        with: "- 14:50 latency back to normal, incident resolved\n\n+-------+---------+\n| Time  | Event   |\n"
          + "+=======+=========+\n| 15:00 | Closed  |\n+-------+---------+"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(
        replacing: "- [x] Warm the cache from a replica (owner: @ana, due: 2024-03-02)",
        with: "- [x] Warm the cache from a replica (owner: @ana, due: 2024-03-02)\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
      RuleExamples.clean(
        replacing: "The cache was warmed from a replica.", with: "The cache was warmed | from a replica."),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    var findings: [RuleFinding] = []
    // Blocks are visited in place (see `MarkdownNode.visitInPlace`): a table stands where a
    // paragraph would.
    func visit(_ node: UnsafePointer<MarkdownNode>) {
      switch node.pointee.kind {
      case .paragraph:
        // The cheap look first: `table(from:)` takes the node by value, a copy of it.
        guard UnreadTable.mayBeTable(node.pointee), UnreadTable.table(from: node.pointee) != nil,
          let start = node.pointee.range?.start
        else { return }
        let grid = node.pointee.plainText().hasPrefix("+")
        let message =
          grid
          ? "a grid table (pandoc) shows as text in GitHub-flavoured Markdown; write it as a pipe table "
            + "with a delimiter row ('|---|---|') under its header"
          : "this table has no delimiter row, so Markdown shows it as text; add one such as '|---|---|' "
            + "under its header"
        findings.append(RuleFinding(message, at: start, length: 1))
      // Tables stand at the top level or in a quote; lists (every item of every section) are
      // not walked.
      case .document, .blockQuote:
        node.pointee.children.withUnsafeBufferPointer { children in
          for index in children.indices {
            let child = children.baseAddress! + index
            // Rows that go on with the table before them, which Markdown ended early.
            if index > 0, case .table = (child - 1).pointee.kind, case .paragraph = child.pointee.kind,
              UnreadTable.mayBeTable(child.pointee),
              let finding = TableDelimiterRule.brokenOff(child.pointee, after: (child - 1).pointee)
            {
              findings.append(finding)
              continue
            }
            visit(child)
          }
        }
      default:
        return
      }
    }
    context.parsed.tree.visitInPlace(visit)
    return findings
  }

  /// The finding for `block` when it holds rows that go on with the table `before` it, which
  /// Markdown ended early: at a row wrapped onto a second line (its closing bar alone there), or
  /// at a blank line between rows.
  private static func brokenOff(_ block: MarkdownNode, after before: MarkdownNode) -> RuleFinding? {
    guard UnreadTable.continuation(of: before, in: block) != nil, let start = block.range?.start
    else { return nil }
    let opening = block.inlineLines().first?.plainText.trimmingWhitespace() ?? ""
    let message =
      UnreadTable.isClosingBar(opening)
      ? "a bar alone on this line (a row wrapped onto two lines) ends the table above, so Markdown shows "
        + "the rows after it as text; keep each row on one line"
      : "a blank line ends the table above, so Markdown shows the rows after it as text; remove the blank "
        + "line between the rows"
    return RuleFinding(message, at: start, length: 1)
  }
}
