/// A prose section (summary, impact, root cause, resolution) kept as Markdown.
public struct NarrativeSection: Sendable, Hashable, Codable {
  public var title: String
  public var kind: SectionKind
  /// The section body as Markdown, exactly as written (sub-sections included).
  public var markdown: String
  /// Labelled values inside the section (`- **Duration:** 6 hours`).
  public var fields: [LabeledValue]
  public var line: Int
  public var column: Int

  public init(title: String, kind: SectionKind, markdown: String, fields: [LabeledValue], location: SourceLocation) {
    self.title = title
    self.kind = kind
    self.markdown = markdown
    self.fields = fields
    self.line = location.line
    self.column = location.column
  }
}
