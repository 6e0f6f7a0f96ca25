/// Lessons learned, split the way most templates split them.
public struct LessonsLearned: Sendable, Hashable, Codable {
  public var title: String
  /// The section body as Markdown, exactly as written.
  public var markdown: String
  public var wentWell: [TextField] = []
  public var wentWrong: [TextField] = []
  public var gotLucky: [TextField] = []
  /// Points under no recognised sub-heading.
  public var other: [TextField] = []
  public var line: Int
  public var column: Int

  public init(title: String, markdown: String, location: SourceLocation) {
    self.title = title
    self.markdown = markdown
    self.line = location.line
    self.column = location.column
  }
}
