/// Document-level facts that are not the title, date, severity, status or authors.
public struct Metadata: Sendable, Hashable, Codable {
  /// Where the metadata was written.
  public enum Source: String, Sendable, Hashable, Codable {
    case frontMatter, labels, table
    /// Headings that name a field with its value under them, as GitHub issue forms write them
    /// ("### Severity" then "SEV2").
    case headings
  }

  /// Every key/value pair found, in document order, with the keys as written.
  public var fields: [LabeledValue] = []
  /// The forms the metadata took, in the order first seen.
  public var sources: [Source] = []
  public var frontMatter: FrontMatter?
  /// The stated duration (`Duration: 2:00PM to 7:30PM`).
  public var duration: StatedDuration?
  /// The stated start of the incident, as written and resolved.
  public var start: StatedInstant?
  /// The stated end of the incident, as written and resolved.
  public var end: StatedInstant?
  /// A time zone stated as metadata (`timezone: America/Los_Angeles`).
  public var timezone: TextField?
  /// The template or profile the document was made from (`template: google-sre`).
  public var template: TextField?

  public init() {}

  /// The first field whose key, normalised, is `key`.
  public func field(_ key: String) -> LabeledValue? {
    let wanted = MetadataKey.normalize(key)
    return fields.first { MetadataKey.normalize($0.key) == wanted }
  }
}
