/// An action item with its stable ID and the postmortem it came from: the canonical record every
/// export is made from.
public struct RolledUpItem: Sendable, Hashable, Codable {
  /// The postmortem an item belongs to: one object shared by all of its items, since a roll-up of
  /// a large archive holds tens of thousands of items and copies of it in each made them twice as big.
  public final class Postmortem: Sendable, Hashable, Codable {
    public let file: String
    public let title: String?
    public let date: CalendarDate?
    /// The severity as a scale label (`SEV1`), or as written when unrecognised.
    public let severity: String?
    /// 0 (most severe) to 5; nil when unknown.
    public let severityRank: Int?

    public init(file: String, title: String?, date: CalendarDate?, severity: String?, severityRank: Int?) {
      self.file = file
      self.title = title
      self.date = date
      self.severity = severity
      self.severityRank = severityRank
    }

    public static func == (lhs: Postmortem, rhs: Postmortem) -> Bool {
      lhs === rhs
        || (lhs.file, lhs.title, lhs.date, lhs.severity, lhs.severityRank)
          == (rhs.file, rhs.title, rhs.date, rhs.severity, rhs.severityRank)
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(file)
      hasher.combine(title)
      hasher.combine(date)
      hasher.combine(severity)
      hasher.combine(severityRank)
    }
  }

  public var id: String
  public var title: String
  public var description: String?
  public var done: Bool
  public var status: String?
  public var owner: String?
  public var due: CalendarDate?
  public var dueRaw: String?
  public var ticket: String?
  public var priority: String?
  public var type: String?
  public var group: String?
  public var line: Int
  /// Open and due before "today".
  public var overdue: Bool
  public var postmortem: Postmortem

  public func encode(to encoder: Encoder) throws {
    // Every key is always present (null when empty), so the export's shape never varies.
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(description, forKey: .description)
    try container.encode(done, forKey: .done)
    try container.encode(status, forKey: .status)
    try container.encode(owner, forKey: .owner)
    try container.encode(due, forKey: .due)
    try container.encode(dueRaw, forKey: .dueRaw)
    try container.encode(ticket, forKey: .ticket)
    try container.encode(priority, forKey: .priority)
    try container.encode(type, forKey: .type)
    try container.encode(group, forKey: .group)
    try container.encode(line, forKey: .line)
    try container.encode(overdue, forKey: .overdue)
    try container.encode(postmortem, forKey: .postmortem)
  }
}

extension RolledUpItem: PrettyJSONRepresentable {
  /// The item as `JSONOutput.encoder(pretty: true)` writes it, with its opening brace at `indent`
  /// spaces; written by hand because a roll-up holds tens of thousands of items.
  public func prettyJSON(indent: Int = 0) -> String {
    var writer = PrettyJSONWriter(indent: indent)
    write(to: &writer)
    return writer.finish()
  }

  /// The item as `JSONOutput.encoder(pretty: false)` writes it (a JSON Lines line).
  public func compactJSON() -> String {
    var writer = PrettyJSONWriter.compact()
    write(to: &writer)
    return writer.finish()
  }

  private func write(to writer: inout PrettyJSONWriter) {
    writer.field("description", description)
    writer.field("done", done)
    writer.field("due", due)
    writer.field("dueRaw", dueRaw)
    writer.field("group", group)
    writer.field("id", id)
    writer.field("line", line)
    writer.field("overdue", overdue)
    writer.field("owner", owner)
    writer.field("postmortem") { nested in
      nested.field("date", postmortem.date)
      nested.field("file", postmortem.file)
      nested.field("severity", postmortem.severity)
      nested.field("severityRank", postmortem.severityRank)
      nested.field("title", postmortem.title)
    }
    writer.field("priority", priority)
    writer.field("status", status)
    writer.field("ticket", ticket)
    writer.field("title", title)
    writer.field("type", type)
  }
}

extension RolledUpItem.Postmortem {
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(title, forKey: .title)
    try container.encode(date, forKey: .date)
    try container.encode(severity, forKey: .severity)
    try container.encode(severityRank, forKey: .severityRank)
  }
}
