/// `metadata-field`: a field the profile requires (date, severity, authors…) is missing.
struct MetadataFieldRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "metadata-field", name: "Metadata field",
    summary: "A metadata field the profile requires is missing",
    description: """
      Profiles require document fields such as the date, the severity and the authors. Write them \
      before the first section as `**Date:** 2024-03-02` lines, in a key/value table, or in YAML \
      front matter.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "**Severity:** SEV2\n", with: ""),
      RuleExamples.clean(replacing: "**Authors:** Ana Ortiz, Bo Chen\n", with: ""),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "**Authors:** Ana Ortiz, Bo Chen", with: "**Prepared by:** Ana Ortiz"),
    ])

  static let examples: [String: String] = [
    "date": "**Date:** YYYY-MM-DD", "severity": "**Severity:** SEV2", "authors": "**Authors:** Ana, Bo",
    "status": "**Status:** Complete", "title": "a '# Title' heading", "duration": "**Duration:** 1h 30m",
    "start": "**Start:** 14:05 UTC", "end": "**End:** 15:35 UTC", "timezone": "**Timezone:** UTC",
  ]

  func check(_ context: LintContext) -> [RuleFinding] {
    let document = context.document
    return context.profile.metadata.compactMap { key in
      let present: Bool
      switch key {
      // A stated start or end with its day ("Start: 2024-05-07 09:12 PDT") dates the incident.
      case "date": present = document.date != nil || PostmortemParser.statedDay(of: document) != nil
      case "severity": present = document.severity != nil
      case "authors": present = !document.authors.isEmpty
      case "status": present = document.status != nil
      case "title": present = document.title != nil
      // A stated start and end state the length too.
      case "duration":
        present = document.metadata.duration != nil || document.metadata.start != nil && document.metadata.end != nil
      case "start": present = document.metadata.start != nil
      case "end": present = document.metadata.end != nil
      case "timezone": present = document.metadata.timezone != nil
      default: present = true
      }
      guard !present else { return nil }
      // The day the document's own start, end or title names makes the best example, else the
      // day its timeline found (from the summary's opening, or dates of its own), else the day
      // its file's name starts with.
      let inferredDate =
        key == "date"
        ? PostmortemParser.referenceDate(of: document)
          ?? document.timeline.flatMap(PostmortemParser.firstDatedDay) ?? document.incidentDay : nil
      let example =
        inferredDate.map { "**Date:** \($0)" } ?? MetadataFieldRule.examples[key] ?? "**\(key.capitalized):** …"
      return RuleFinding(
        "missing metadata '\(key)'; add \(example) before the first section", at: context.documentLocation,
        length: document.title?.text.scalarCount ?? 1)
    }
  }
}
