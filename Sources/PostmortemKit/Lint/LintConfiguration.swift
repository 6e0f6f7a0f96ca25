/// The settings of `.postmortem.yml`. Every key is optional; the defaults lint with every rule at
/// its default level against the `default` profile.
///
/// ```yaml
/// version: 1
/// profile: google-sre
/// paths: [postmortems]
/// exclude: [README.md, drafts]
/// templates: templates
/// milestones: { detected: [pager went off] }
/// rules:
///   action-item-due-date: warning
///   template-placeholder: off
///   duration-mismatch: { level: error, tolerance_minutes: 10 }
/// ```
public struct LintConfiguration: Sendable, Hashable {
  /// A rule's configured level (nil: off) and options.
  public struct RuleSetting: Sendable, Hashable {
    public var level: FindingLevel?
    public var options: RuleOptions

    public init(level: FindingLevel?, options: RuleOptions = RuleOptions()) {
      self.level = level
      self.options = options
    }
  }

  public static let currentVersion = 1
  public static let fileNames = [".postmortem.yml", ".postmortem.yaml"]
  static let keys = ["version", "profile", "paths", "exclude", "templates", "milestones", "rules"]

  public var version = LintConfiguration.currentVersion
  public var profile: String?
  public var paths: [String] = ["postmortems"]
  /// Files that folder walks leave out (see `PathPattern`): an index page, a template, drafts.
  public var exclude: [String] = []
  /// A folder of project templates and profiles, relative to the configuration file.
  public var templates: String?
  public var rules: [String: RuleSetting] = [:]
  /// A team's own phrases for each milestone (`detected: [pager went off]`), tried before the
  /// built-in ones.
  public var milestones: [Milestone: [String]] = [:]
  /// The file this configuration was read from, if any.
  public var path: String?

  public init() {}

  /// The level `rule` runs at (nil: off).
  public func level(for rule: RuleDescriptor) -> FindingLevel? {
    guard let setting = rules[rule.id] else { return rule.defaultLevel }
    return setting.level
  }

  public func options(for rule: RuleDescriptor) -> RuleOptions {
    rules[rule.id]?.options ?? RuleOptions()
  }

  /// Reads a configuration; unknown keys, rule IDs and options are errors naming the nearest.
  public static func read(_ text: String, path: String) throws(ConfigurationError) -> LintConfiguration {
    let root = try YAMLTree.load(text, path: path)
    let map = try root.mapping(path: path, allowed: keys)
    var configuration = LintConfiguration()
    configuration.path = path
    if let version = map["version"] {
      guard let number = version.string.flatMap({ Int($0) }), number == currentVersion else {
        throw ConfigurationError(
          path: path, line: version.line,
          message: "unsupported version '\(version.string ?? "")' (this postmortem reads version \(currentVersion))")
      }
    }
    configuration.profile = map["profile"]?.string
    if let paths = map["paths"]?.sequence {
      configuration.paths = paths.compactMap(\.string)
    }
    if let exclude = map["exclude"] {
      guard let patterns = exclude.sequence?.compactMap(\.string) ?? exclude.string.map({ [$0] }) else {
        throw ConfigurationError(
          path: path, line: exclude.line, message: "'exclude' is a list of file patterns, e.g. [README.md, drafts]")
      }
      configuration.exclude = patterns
    }
    configuration.templates = map["templates"]?.string
    if let milestones = map["milestones"] {
      let names = Milestone.allCases.map(\.rawValue)
      for (name, phrases) in try milestones.mapping(path: path, allowed: names) {
        configuration.milestones[Milestone(rawValue: name)!] = phrases.sequence?.compactMap(\.string) ?? []
      }
    }
    let rulesByID = Dictionary(uniqueKeysWithValues: BuiltInRules.descriptors.map { ($0.id, $0) })
    for (id, node) in map["rules"]?.pairs ?? [] {
      guard let descriptor = rulesByID[id] else {
        throw ConfigurationError(
          path: path, line: node.line,
          message: "unknown rule '\(id)'\(Suggestion.hint(for: id, among: Array(rulesByID.keys)))")
      }
      configuration.rules[id] = try setting(node, for: descriptor, path: path)
    }
    return configuration
  }

  private static func setting(_ node: YAMLTree, for rule: RuleDescriptor, path: String) throws(ConfigurationError)
    -> RuleSetting
  {
    if let word = node.string {
      return RuleSetting(level: try level(word, line: node.line, path: path))
    }
    let allowed = ["level"] + rule.options.keys.sorted()
    let fields = try node.mapping(path: path, allowed: allowed)
    var setting = RuleSetting(level: rule.defaultLevel)
    if let levelNode = fields["level"] {
      setting.level = try level(levelNode.string ?? "", line: levelNode.line, path: path)
    }
    for (key, value) in fields where key != "level" {
      let text = value.string ?? value.sequence?.compactMap(\.string).joined(separator: ",") ?? ""
      setting.options.values[key] = text
    }
    return setting
  }

  private static func level(_ word: String, line: Int, path: String) throws(ConfigurationError) -> FindingLevel? {
    if word == "off" { return nil }
    if let level = FindingLevel(rawValue: word) { return level }
    let choices = ["off"] + FindingLevel.allCases.map(\.rawValue)
    throw ConfigurationError(
      path: path, line: line,
      message: "'\(word)' is not a level; use off, info, warning or error\(Suggestion.hint(for: word, among: choices))")
  }

  /// The configuration as YAML, every key shown with its effective value (`config --dump`).
  public func dump() -> String {
    var lines = ["version: \(version)"]
    lines.append("profile: \(profile ?? "default")")
    lines.append("paths: [\(paths.joined(separator: ", "))]")
    lines.append("exclude: [\(exclude.joined(separator: ", "))]")
    lines.append("templates: \(templates ?? "templates")")
    lines.append("milestones:" + (milestones.isEmpty ? " {}" : ""))
    for milestone in Milestone.allCases {
      if let phrases = milestones[milestone] {
        lines.append("  \(milestone.rawValue): [\(phrases.joined(separator: ", "))]")
      }
    }
    lines.append("rules:")
    for rule in BuiltInRules.descriptors {
      let level = self.level(for: rule)?.rawValue ?? "off"
      let options = self.options(for: rule).values.sorted { $0.key < $1.key }
      if options.isEmpty {
        lines.append("  \(rule.id): \(level)")
      } else {
        let rendered = options.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        lines.append("  \(rule.id): { level: \(level), \(rendered) }")
      }
    }
    return lines.joined(separator: "\n")
  }
}
