/// The time zone a timeline says its times are in.
public struct TimeZoneDeclaration: Sendable, Hashable, Codable {
  /// Where the declaration was found.
  public enum Source: String, Sendable, Hashable, Codable {
    /// A note such as "All times in Pacific Time (PT)".
    case note
    /// A heading or date line such as "2024-06-11 (all times UTC)".
    case heading
    /// A table column header such as "Time (UTC)".
    case tableHeader
    /// Front matter or a metadata field (`timezone:`).
    case metadata
    /// Inferred because every entry carried the same zone, or the first did and no other named
    /// another.
    case entries
    /// The zone of a time the summary opens with ("Between 14:05 and 14:47 GMT …").
    case summary
  }

  /// The text that declared the zone, as written ("Pacific Time (PT)").
  public var raw: String
  /// The IANA identifier, when the zone is known (`America/Los_Angeles`).
  public var identifier: String?
  /// The zone word that was matched (`PT`, `UTC`, `Eastern`).
  public var abbreviation: String?
  /// True when the abbreviation names several zones (IST, CST, BST) and a default was chosen.
  public var isAmbiguous: Bool
  /// True when the text says "local time" without naming a zone.
  public var isLocalTime: Bool
  public var source: Source
  public var line: Int
  public var column: Int

  public init(
    raw: String, identifier: String?, abbreviation: String?, isAmbiguous: Bool, isLocalTime: Bool,
    source: Source, location: SourceLocation
  ) {
    self.raw = raw
    self.identifier = identifier
    self.abbreviation = abbreviation
    self.isAmbiguous = isAmbiguous
    self.isLocalTime = isLocalTime
    self.source = source
    self.line = location.line
    self.column = location.column
  }
}
