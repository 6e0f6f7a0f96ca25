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
  public var triggeringExamples: [String] { examples().triggering }
  /// Documents that must produce no finding of this rule.
  public var nonTriggeringExamples: [String] { examples().nonTriggering }
  /// The examples, built when asked: only tests and `postmortem rules` read them, and building
  /// them for every rule took a tenth of a one-file lint's start-up.
  private let examples: @Sendable () -> (triggering: [String], nonTriggering: [String])

  public init(
    id: String, name: String, summary: String, description: String, defaultLevel: FindingLevel,
    options: [String: String] = [:], triggeringExamples: @autoclosure @escaping @Sendable () -> [String],
    nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [String]
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.description = description
    self.defaultLevel = defaultLevel
    self.options = options
    examples = { (triggeringExamples(), nonTriggeringExamples()) }
  }

  public static func == (a: RuleDescriptor, b: RuleDescriptor) -> Bool {
    a.id == b.id && a.name == b.name && a.summary == b.summary && a.description == b.description
      && a.defaultLevel == b.defaultLevel && a.options == b.options
      && a.triggeringExamples == b.triggeringExamples && a.nonTriggeringExamples == b.nonTriggeringExamples
  }

  public func hash(into hasher: inout Hasher) {
    // Equal descriptors have equal identities; the examples need not be built to hash.
    hasher.combine(id)
    hasher.combine(name)
  }
}
