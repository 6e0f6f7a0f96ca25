/// An action item with its stable ID and the postmortem it came from: the canonical record every
/// export is made from.
public struct RolledUpItem: Sendable, Hashable, Codable {
  /// The postmortem an item belongs to.
  public struct Postmortem: Sendable, Hashable, Codable {
    public var file: String
    public var title: String?
    public var date: CalendarDate?
    /// The severity as a scale label (`SEV1`), or as written when unrecognised.
    public var severity: String?
    /// 0 (most severe) to 5; nil when unknown.
    public var severityRank: Int?
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
    writer.field("description", description)
    writer.field("done", done)
    writer.field("due", due?.description)
    writer.field("dueRaw", dueRaw)
    writer.field("group", group)
    writer.field("id", id)
    writer.field("line", line)
    writer.field("overdue", overdue)
    writer.field("owner", owner)
    writer.field("postmortem") { nested in
      nested.field("date", postmortem.date?.description)
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
    return writer.finish()
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
