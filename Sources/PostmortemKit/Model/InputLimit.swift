/// A limit the parser applied to keep hostile input bounded, recorded so a rule can report it.
public struct InputLimit: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Nesting deeper than `MarkdownParser.maximumDepth`: the deeper content was read as text.
    case nesting
    /// A table wider than `InputGuard.maximumTableColumns`: tables were read as text.
    case tableColumns
  }

  public var kind: Kind
  /// What was found, e.g. "a table with 20000 columns".
  public var detail: String
  public var line: Int
  public var column: Int

  public init(kind: Kind, detail: String, location: SourceLocation) {
    self.kind = kind
    self.detail = detail
    self.line = location.line
    self.column = location.column
  }
}
