/// A duration the document states in words ("6 hours", "2:00PM to 7:30PM", "1h 30m").
public struct StatedDuration: Sendable, Hashable, Codable {
  /// Where the figure was stated.
  public enum Source: String, Sendable, Hashable, Codable {
    /// A metadata field before the first section or in front matter.
    case metadata
    /// A labelled field inside a section (for example the Impact section's `Duration:`).
    case section
    /// A sentence of the summary or impact section ("for a duration of 3 hours and 12 minutes",
    /// "the outage lasted 45 minutes").
    case prose
  }

  /// The text as written.
  public var raw: String
  /// The length in minutes, when it could be read.
  public var minutes: Int?
  /// The start time when the text is a range (`2:00PM to 7:30PM`), as written.
  public var start: String?
  /// The end time when the text is a range, as written.
  public var end: String?
  public var source: Source
  /// The section holding the figure, for `section` durations.
  public var sectionTitle: String?
  public var line: Int
  public var column: Int

  public init(
    raw: String, minutes: Int?, start: String?, end: String?, source: Source, sectionTitle: String?,
    location: SourceLocation
  ) {
    self.raw = raw
    self.minutes = minutes
    self.start = start
    self.end = end
    self.source = source
    self.sectionTitle = sectionTitle
    self.line = location.line
    self.column = location.column
  }
}
