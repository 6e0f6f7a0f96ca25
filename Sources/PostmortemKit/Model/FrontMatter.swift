/// The front-matter block at the top of a document, if any.
public struct FrontMatter: Sendable, Hashable, Codable {
  public enum Format: String, Sendable, Hashable, Codable {
    case yaml, toml
  }

  public var format: Format
  /// The line of the opening fence.
  public var line: Int
  /// The line of the closing fence.
  public var endLine: Int
  /// Why the block could not be read, when it could not (the parser records, rules judge).
  public var error: String?
  /// The line of the file where reading failed, when `error` is set.
  public var errorLine: Int?
  /// The column where reading failed, when `error` is set.
  public var errorColumn: Int?

  public init(format: Format, line: Int, endLine: Int, error: String?, errorAt location: SourceLocation? = nil) {
    self.format = format
    self.line = line
    self.endLine = endLine
    self.error = error
    self.errorLine = error == nil ? nil : location?.line
    self.errorColumn = error == nil ? nil : location?.column
  }
}
