/// `profile-unknown`: the document names a template or profile that does not exist.
struct ProfileUnknownRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "profile-unknown", name: "Unknown profile",
    summary: "The document names a template/profile that does not exist",
    description: """
      Documents made by `postmortem new` record their template (`template: google-sre`) so lint \
      knows which sections to require. When no profile has that name, the default profile is used \
      and this is reported: fix the name, or add the profile to your templates folder.
      """,
    defaultLevel: .error,
    triggeringExamples: ["---\ntemplate: goggle-sre\n---\n\n# T\n"],
    nonTriggeringExamples: [RuleExamples.clean, "---\ntemplate: google-sre\n---\n\n# T\n"])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let missing = context.missingProfile else { return [] }
    let available = context.availableProfiles
    let location = context.document.metadata.template?.location ?? context.documentLocation
    return [
      RuleFinding(
        "no profile named '\(missing)'\(Suggestion.hint(for: missing, among: available)) "
          + "(available: \(available.joined(separator: ", "))); judged by '\(context.profile.name)' instead",
        at: location, length: missing.scalarCount)
    ]
  }
}
