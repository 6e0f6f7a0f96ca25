/// Every rule, in the order `postmortem rules` lists them. Adding a rule: one file in Rules/
/// and one line here.
public enum BuiltInRules {
  public static let all: [any LintRule] = [
    RequiredSectionRule(),
    EmptySectionRule(),
    MetadataFieldRule(),
    SeverityValueRule(),
    DateFormatRule(),
    DateMismatchRule(),
    FrontMatterRule(),
    TimelineMissingRule(),
    TimelineTimeRule(),
    TimelineOrderRule(),
    TimelineTimezoneRule(),
    DurationMismatchRule(),
    ActionItemsMissingRule(),
    ActionItemOwnerRule(),
    ActionItemDueDateRule(),
    ActionItemOverdueRule(),
    ActionItemVagueRule(),
    TemplatePlaceholderRule(),
    TableDelimiterRule(),
    CountMismatchRule(),
    SuppressionCommentRule(),
    ProfileUnknownRule(),
    InputLimitRule(),
  ]

  public static let descriptors: [RuleDescriptor] = all.map { type(of: $0).descriptor }

  public static let ids: Set<String> = Set(descriptors.map(\.id))

  public static func descriptor(_ id: String) -> RuleDescriptor? {
    descriptors.first { $0.id == id }
  }
}
