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

  public init(format: Format, line: Int, endLine: Int, error: String?) {
    self.format = format
    self.line = line
    self.endLine = endLine
    self.error = error
  }
}
