/// A problem a lint rule found in a postmortem, with the place it was found.
public struct Finding: Sendable, Hashable, Codable, PrettyJSONRepresentable {
  /// The rule's stable ID (`action-item-owner`).
  public var rule: String
  public var level: FindingLevel
  /// Sentence case, no trailing period, saying how to fix it.
  public var message: String
  public var file: String
  /// 1-based line and Unicode-scalar column of the first character.
  public var line: Int
  public var column: Int
  /// The position just past the last character (exclusive), as SARIF and reviewdog expect.
  public var endLine: Int
  public var endColumn: Int

  public init(rule: String, level: FindingLevel, message: String, file: String, range: SourceRange) {
    self.rule = rule
    self.level = level
    self.message = message
    self.file = file
    self.line = range.start.line
    self.column = range.start.column
    self.endLine = range.end.line
    self.endColumn = range.end.column
  }

  public var location: SourceLocation { SourceLocation(line: line, column: column) }

  /// Findings sort by file, line, column, then rule, so output never depends on scheduling.
  public static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
    (lhs.file, lhs.line, lhs.column, lhs.rule, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.rule, rhs.message)
  }

  /// The finding as `JSONOutput.encoder(pretty: true)` writes it, with its opening brace at
  /// `indent` spaces; written by hand because lint output holds thousands of findings.
  public func prettyJSON(indent: Int = 0) -> String {
    var writer = PrettyJSONWriter(indent: indent)
    writer.field("column", column)
    writer.field("endColumn", endColumn)
    writer.field("endLine", endLine)
    writer.field("file", file)
    writer.field("line", line)
    writer.field("message", message)
    writer.field("rule", rule)
    writer.field("severity", level.rawValue)
    return writer.finish()
  }

  enum CodingKeys: String, CodingKey {
    case file, line, column, endLine, endColumn, rule
    case level = "severity"
    case message
  }
}
