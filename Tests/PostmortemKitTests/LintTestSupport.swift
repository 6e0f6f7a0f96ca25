@testable import PostmortemKit

extension TestSupport {
  /// Lints Markdown written in a test with the default profile and the examples' "today".
  static func lint(
    _ markdown: String, configuration: LintConfiguration = LintConfiguration(), profile: String? = nil,
    today: CalendarDate = RuleExamples.today, file: String = "test.md"
  ) -> [Finding] {
    let parsed = PostmortemParser().parseKeepingTree(SourceText(markdown), file: file)
    return Linter(configuration: configuration, profileOverride: profile, today: today).lint(parsed)
  }
}
