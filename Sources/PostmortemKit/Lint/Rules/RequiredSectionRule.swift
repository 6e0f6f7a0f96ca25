/// `required-section`: a section the profile requires is missing (any alias counts).
struct RequiredSectionRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "required-section", name: "Required section",
    summary: "A section the profile requires is missing",
    description: """
      Each profile names the sections a postmortem must have. Any heading recognised as the same \
      kind satisfies a requirement, so "Overview" counts as a summary and "Follow-ups" as action \
      items. Add the missing section, or pick the profile that matches your template.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "## Root Cause Analysis", with: "## Background"),
      "# Outage\n\n## Summary\n\nText.\n",
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "## Issue Summary", with: "## Overview"),
      RuleExamples.clean(replacing: "## Action Items", with: "## Follow-ups"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    let titleLength = context.document.title?.text.scalarCount ?? 1
    return context.profile.missingSections(in: context.document.sections).map { requirement in
      RuleFinding(
        "missing required section '\(requirement.heading)'; add a '## \(requirement.heading)' heading "
          + "(profile '\(context.profile.name)')",
        at: context.documentLocation, length: titleLength)
    }
  }
}
