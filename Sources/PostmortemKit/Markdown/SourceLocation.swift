/// A position in a source file: 1-based line, and 1-based column counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The line, starting at 1.
  public var line: Int
  /// The column, starting at 1, in Unicode scalars (SARIF's `unicodeCodePoints`).
  public var column: Int

  /// Creates a location from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A span in a source file; `end` is the last character inside the span (inclusive).
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
  public var start: SourceLocation
  public var end: SourceLocation

  /// Creates a range from its first and last positions.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  public var description: String { "\(start)-\(end)" }
}
