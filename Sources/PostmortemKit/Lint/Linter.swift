/// Runs every enabled rule over a parsed postmortem and returns its findings, suppressions
/// applied, sorted by position.
public struct Linter: Sendable {
  public let configuration: LintConfiguration
  public let catalog: ProfileCatalog
  /// `--profile`: wins over the document's own template and the configuration.
  public let profileOverride: String?
  public let today: CalendarDate
  /// The enabled rules with their level and options, settled once: reading them from the
  /// descriptors and the configuration for every file copied strings, arrays and dictionaries
  /// that every worker thread shares, and their reference counts bounced between the cores.
  private let plan: [PlannedRule]

  private struct PlannedRule: Sendable {
    var rule: any LintRule
    var id: String
    var level: FindingLevel
    var options: RuleOptions
    /// A broken suppression comment cannot suppress its own report.
    var canBeSuppressed: Bool
  }

  public init(
    configuration: LintConfiguration = LintConfiguration(), catalog: ProfileCatalog = .builtIn,
    profileOverride: String? = nil, today: CalendarDate
  ) {
    self.configuration = configuration
    self.catalog = catalog
    self.profileOverride = profileOverride
    self.today = today
    plan = BuiltInRules.all.compactMap { rule in
      let descriptor = type(of: rule).descriptor
      guard let level = configuration.level(for: descriptor) else { return nil }
      return PlannedRule(
        rule: rule, id: descriptor.id, level: level, options: configuration.options(for: descriptor),
        canBeSuppressed: descriptor.id != SuppressionCommentRule.descriptor.id)
    }
  }

  /// The profile a document is judged by: `--profile`, else the template the document names,
  /// else the configuration's, else `default`. A name with no profile falls back to `default`
  /// and is reported by `profile-unknown`.
  public func profile(for document: PostmortemDocument) -> (profile: Profile, missing: String?) {
    let requested = profileOverride ?? document.metadata.template?.text ?? configuration.profile ?? "default"
    if let profile = catalog.profile(named: requested) { return (profile, nil) }
    let fallback = catalog.profile(named: "default") ?? ProfileCatalog.builtIn.profile(named: "default")!
    return (fallback, requested)
  }

  private static let commentOpening = Array("<!--".utf8)

  public func lint(_ parsed: ParsedPostmortem) -> [Finding] {
    let (profile, missing) = profile(for: parsed.document)
    var findings: [Finding] = []
    // Scanned once: the linter applies the valid directives, suppression-comment reports the rest.
    // Directives live in HTML comments: a document without "<!--" needs no walk of its tree.
    let scan =
      ASCIIText.contains(parsed.source.bytes, Linter.commentOpening)
      ? SuppressionDirective.scan(parsed.tree, knownRules: BuiltInRules.ids) : (directives: [], malformed: [])
    let suppressions = scan.directives
    // One context for all rules, only its options changed between them: copying the parsed
    // document into a new context per rule cost a retain for every array and string in it.
    var context = LintContext(parsed: parsed, profile: profile, options: RuleOptions(), today: today)
    context.missingProfile = missing
    context.malformedSuppressions = scan.malformed
    context.availableProfiles = catalog.names
    for planned in plan {
      context.options = planned.options
      for found in planned.rule.check(context) {
        if planned.canBeSuppressed, !suppressions.isEmpty,
          SuppressionDirective.suppresses(suppressions, rule: planned.id, line: found.range.start.line)
        {
          continue
        }
        findings.append(
          Finding(
            rule: planned.id, level: planned.level, message: found.message, file: parsed.document.file,
            range: found.range))
      }
    }
    // All in one file, so the order of `Finding.ordered` without comparing the file name for
    // every pair.
    return findings.sorted {
      ($0.line, $0.column, $0.rule, $0.message) < ($1.line, $1.column, $1.rule, $1.message)
    }
  }
}
