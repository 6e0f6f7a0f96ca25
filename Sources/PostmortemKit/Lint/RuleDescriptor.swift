/// Everything known about a rule without running it: the single source for `postmortem rules`,
/// configuration checks, SARIF's `tool.driver.rules`, the docs and the example tests.
public struct RuleDescriptor: Sendable, Hashable {
  /// Kebab-case, stable, never reused.
  public var id: String
  /// A short human name (`Action item owner`).
  public var name: String
  /// One line: what the rule finds.
  public var summary: String
  /// Why it matters and how to fix it.
  public var description: String
  public var defaultLevel: FindingLevel
  /// Options the rule accepts in `.postmortem.yml`, with their meaning.
  public var options: [String: String]
  /// Documents that must produce at least one finding of this rule.
  public var triggeringExamples: [String]
  /// Documents that must produce no finding of this rule.
  public var nonTriggeringExamples: [String]

  public init(
    id: String, name: String, summary: String, description: String, defaultLevel: FindingLevel,
    options: [String: String] = [:], triggeringExamples: [String], nonTriggeringExamples: [String]
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.description = description
    self.defaultLevel = defaultLevel
    self.options = options
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
  }
}
