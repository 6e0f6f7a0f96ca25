/// `count-mismatch`: a sentence announces a number of things and the list below has another.
struct CountMismatchRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "count-mismatch", name: "Count mismatch",
    summary: "A count written in words disagrees with the list below it",
    description: """
      "Three critical deficiencies contributed:" followed by a list of two means an item was lost \
      or the count is wrong. The rule reads a number (in words or digits) before a plural noun in \
      a paragraph that ends with a colon and compares it with the list that follows.
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      RuleExamples.clean(
        replacing: "The deploy script flushed the whole cache instead of the changed keys.",
        with: "Three factors contributed:\n\n1. The deploy flushed everything.\n2. The replica was cold.")
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(
        replacing: "The deploy script flushed the whole cache instead of the changed keys.",
        with: "Two factors contributed:\n\n1. The deploy flushed everything.\n2. The replica was cold."),
      RuleExamples.clean(
        replacing: "The deploy script flushed the whole cache instead of the changed keys.",
        with: "Within 15 minutes:\n\n- errors rose\n- pages fired\n- we rolled back"),
    ])

  static let numberWords: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12,
  ]
  private static let units: Set<String> = [
    "minutes", "hours", "seconds", "days", "weeks", "months", "years", "mins", "hrs", "secs", "ms", "times", "percent",
  ]

  func check(_ context: LintContext) -> [RuleFinding] {
    var findings: [RuleFinding] = []
    // Nodes are visited in place (see `MarkdownNode.visitInPlace`).
    func visit(_ node: UnsafePointer<MarkdownNode>) {
      // Only containers of blocks can hold a paragraph followed by a list; the inline children of
      // paragraphs, headings and table cells are not worth walking through.
      switch node.pointee.kind {
      case .document, .blockQuote, .list, .item, .footnoteDefinition: break
      default: return
      }
      node.pointee.children.withUnsafeBufferPointer { children in
        for index in children.indices {
          let child = children.baseAddress! + index
          if case .paragraph = child.pointee.kind, index + 1 < children.count, case .list = children[index + 1].kind,
            let finding = compare(child.pointee, with: children[index + 1])
          {
            findings.append(finding)
          }
          if child.pointee.isBlock { visit(child) }
        }
      }
    }
    context.parsed.tree.visitInPlace(visit)
    return findings
  }

  private func compare(_ paragraph: MarkdownNode, with list: MarkdownNode) -> RuleFinding? {
    let text = paragraph.plainText().trimmingWhitespace()
    guard text.hasSuffix(":") else { return nil }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    for (index, word) in words.enumerated() {
      let bare = word.lowercased().trimmingCharacters(in: ",.;:()")
      guard let count = CountMismatchRule.numberWords[bare] ?? Int(bare).flatMap({ (2...20).contains($0) ? $0 : nil })
      else { continue }
      let following = words[(index + 1)..<min(index + 4, words.count)].map {
        $0.lowercased().trimmingCharacters(in: ",.;:()")
      }
      guard let noun = following.first(where: { $0.hasSuffix("s") && $0.count > 3 }),
        !CountMismatchRule.units.contains(noun)
      else { return nil }
      let items = list.children.count
      guard items != count else { return nil }
      let phrase =
        words[index...].prefix(while: { $0.lowercased().trimmingCharacters(in: ",.;:") != noun }).joined(separator: " ")
        + " " + noun
      return RuleFinding(
        "'\(phrase)' announces \(count) but the list below has \(items); fix the count or the list",
        at: location(of: word, in: paragraph), length: word.scalarCount)
    }
    return nil
  }

  /// Where `word` first appears among the paragraph's text nodes.
  private func location(of word: String, in paragraph: MarkdownNode) -> SourceLocation {
    var result: SourceLocation?
    paragraph.forEach { node in
      guard result == nil, case .text(let text) = node.kind, let start = node.range?.start,
        let range = text.range(of: word)
      else { return }
      let offset = text.unicodeScalars.distance(
        from: text.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: text.unicodeScalars)!)
      result = SourceLocation(line: start.line, column: start.column + offset)
    }
    return result ?? paragraph.range?.start ?? SourceLocation(line: 1, column: 1)
  }
}
