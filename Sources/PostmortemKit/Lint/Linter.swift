/// Runs every enabled rule over a parsed postmortem and returns its findings, suppressions
/// applied, sorted by position.
public struct Linter: Sendable {
  public var configuration: LintConfiguration
  public var catalog: ProfileCatalog
  /// `--profile`: wins over the document's own template and the configuration.
  public var profileOverride: String?
  public var today: CalendarDate

  public init(
    configuration: LintConfiguration = LintConfiguration(), catalog: ProfileCatalog = .builtIn,
    profileOverride: String? = nil, today: CalendarDate
  ) {
    self.configuration = configuration
    self.catalog = catalog
    self.profileOverride = profileOverride
    self.today = today
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
    for rule in BuiltInRules.all {
      let descriptor = type(of: rule).descriptor
      guard let level = configuration.level(for: descriptor) else { continue }
      context.options = configuration.options(for: descriptor)
      for found in rule.check(context) {
        // A broken suppression comment cannot suppress its own report.
        if descriptor.id != SuppressionCommentRule.descriptor.id,
          SuppressionDirective.suppresses(suppressions, rule: descriptor.id, line: found.range.start.line)
        {
          continue
        }
        findings.append(
          Finding(
            rule: descriptor.id, level: level, message: found.message, file: parsed.document.file, range: found.range))
      }
    }
    return findings.sorted(by: Finding.ordered)
  }
}
