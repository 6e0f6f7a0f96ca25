import PostmortemKit

/// The text of `postmortem rules --explain`.
enum RuleDocumentation {
  static func explain(_ rule: RuleDescriptor) -> String {
    var lines = [
      "\(rule.id) — \(rule.name)", "", "Default level: \(rule.defaultLevel.rawValue)", "", rule.summary, "",
      rule.description,
    ]
    if !rule.options.isEmpty {
      lines += ["", "Options (in .postmortem.yml under rules: \(rule.id): { … }):"]
      lines += rule.options.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
    }
    lines += ["", "Reported:"]
    lines += rule.triggeringExamples.map(example)
    lines += ["", "Not reported:"]
    lines += rule.nonTriggeringExamples.map(example)
    return lines.joined(separator: "\n")
  }

  /// An example as the lines it changes in the shared clean postmortem, or in full when short.
  private static func example(_ text: String) -> String {
    let clean = RuleExamples.clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if text == RuleExamples.clean { return "  • the complete example postmortem, unchanged" }
    let removed = clean.filter { !lines.contains($0) }
    let added = lines.filter { !clean.contains($0) }
    if Set(lines).intersection(clean).count > clean.count / 2 {
      let changes = removed.map { "      - \($0)" } + added.map { "      + \($0)" }
      return (["  • the complete example postmortem with:"] + changes).joined(separator: "\n")
    }
    return (["  •"] + lines.map { "      \($0)" }).joined(separator: "\n")
  }
}
