/// What a rule may look at: the parsed document, its Markdown tree and source, the profile it is
/// judged by, the options configured for the rule, and "today" for date-relative rules.
public struct LintContext: Sendable {
  public var parsed: ParsedPostmortem
  public var profile: Profile
  public var options: RuleOptions
  public var today: CalendarDate
  /// The profile name the document asked for when no such profile exists.
  public var missingProfile: String?
  /// Suppression comments that are not valid directives (found by the linter's one scan).
  public var malformedSuppressions: [SuppressionDirective.Malformed] = []
  /// The names of the profiles that exist, for messages.
  public var availableProfiles: [String] = []

  public var document: PostmortemDocument { parsed.document }

  public init(parsed: ParsedPostmortem, profile: Profile, options: RuleOptions, today: CalendarDate) {
    self.parsed = parsed
    self.profile = profile
    self.options = options
    self.today = today
  }

  /// Where to point when a finding concerns the whole document: the title, else line 1.
  public var documentLocation: SourceLocation {
    document.title?.location ?? SourceLocation(line: 1, column: 1)
  }
}

/// Options configured for one rule (`tolerance_minutes: 10`), as written.
public struct RuleOptions: Sendable, Hashable, Codable {
  public var values: [String: String]

  public init(_ values: [String: String] = [:]) { self.values = values }

  public func int(_ key: String) -> Int? { values[key].flatMap { Int($0) } }
  public func string(_ key: String) -> String? { values[key] }
  public func list(_ key: String) -> [String]? {
    values[key].map { $0.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } }
  }
}
