/// The timeline section: its declared zone and its entries, oldest first (in document order, unless
/// the document lists them newest first).
public struct Timeline: Sendable, Hashable, Codable {
  /// The heading of the timeline section.
  public var title: String
  public var line: Int
  public var column: Int
  /// The declared zone, if the document declares one.
  public var timezone: TimeZoneDeclaration?
  public var entries: [TimelineEntry]
  /// Whether the document lists the entries newest first, as a status page's update history does;
  /// `entries` then holds them in reverse document order, oldest first.
  public var newestFirst: Bool = false

  public init(title: String, location: SourceLocation, timezone: TimeZoneDeclaration?, entries: [TimelineEntry]) {
    self.title = title
    self.line = location.line
    self.column = location.column
    self.timezone = timezone
    self.entries = entries
  }
}
