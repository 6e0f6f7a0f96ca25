/// A check over one parsed postmortem. A rule judges; it never parses or formats.
public protocol LintRule: Sendable {
  static var descriptor: RuleDescriptor { get }
  /// Reports what is wrong in `context.document`. The linter sets levels, applies suppressions
  /// and sorts; a rule only says where and what.
  func check(_ context: LintContext) -> [RuleFinding]
}

/// What a rule reports: a place and a message; the linter adds the rule ID, file and level.
public struct RuleFinding: Sendable, Hashable {
  public var range: SourceRange
  public var message: String

  public init(_ message: String, at location: SourceLocation, length: Int = 1) {
    self.message = message
    self.range = SourceRange(
      start: location, end: SourceLocation(line: location.line, column: location.column + max(length, 1)))
  }

  public init(_ message: String, range: SourceRange) {
    self.message = message
    self.range = range
  }
}
