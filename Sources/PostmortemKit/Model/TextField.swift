/// A piece of text from the document with the place it was found.
public struct TextField: Sendable, Hashable, Codable {
  public var text: String
  public var line: Int
  public var column: Int

  public init(text: String, location: SourceLocation) {
    self.text = text
    self.line = location.line
    self.column = location.column
  }

  public var location: SourceLocation { SourceLocation(line: line, column: column) }
}
