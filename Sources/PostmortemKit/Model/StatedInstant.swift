/// A point in time the document states (`started_at: 2024-07-15T14:00:00-07:00`, `End: 15:06 UTC`).
public struct StatedInstant: Sendable, Hashable, Codable {
  /// The text as written.
  public var raw: String
  /// ISO-8601 with offset, when a date and zone are known (from the value, the document date and
  /// the timeline's zone).
  public var timestamp: String?
  /// The wall-clock time read from the text.
  public var timeOfDay: TimeOfDay?
  public var line: Int
  public var column: Int
  /// Seconds since 1970-01-01T00:00:00Z, when resolved (not encoded).
  public var epochSeconds: Int?

  public init(raw: String, location: SourceLocation) {
    self.raw = raw
    self.line = location.line
    self.column = location.column
  }

  enum CodingKeys: String, CodingKey {
    case raw, timestamp, timeOfDay, line, column
  }
}
