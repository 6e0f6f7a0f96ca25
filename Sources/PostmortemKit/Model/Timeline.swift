/// The timeline section: its declared zone and its entries in document order.
public struct Timeline: Sendable, Hashable, Codable {
  /// The heading of the timeline section.
  public var title: String
  public var line: Int
  public var column: Int
  /// The declared zone, if the document declares one.
  public var timezone: TimeZoneDeclaration?
  public var entries: [TimelineEntry]

  public init(title: String, location: SourceLocation, timezone: TimeZoneDeclaration?, entries: [TimelineEntry]) {
    self.title = title
    self.line = location.line
    self.column = location.column
    self.timezone = timezone
    self.entries = entries
  }
}
