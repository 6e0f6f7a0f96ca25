/// A follow-up the postmortem commits to.
public struct ActionItem: Sendable, Hashable, Codable {
  /// How the item was written.
  public enum Source: String, Sendable, Hashable, Codable {
    case taskList, bullet, table
    /// An element of a front-matter list (`action_items:`), as docs-as-code sites keep them.
    case frontMatter
  }

  /// An explicit identifier written in the item (`id: AI-7`), if any.
  public var id: String?
  /// The item's title: the bold lead-in when there is one, otherwise its text without the fields.
  public var title: String
  /// The rest of the text after a bold lead-in (`**Title**: description`).
  public var description: String?
  /// Whether the item is done (a checked box, DONE, or a group such as "Completed").
  public var done: Bool
  /// A status word as written (`TODO`, `DONE`, `IN PROGRESS`), if any.
  public var status: String?
  /// The owner without a leading `@`.
  public var owner: String?
  /// The due date, when it names a real day.
  public var due: CalendarDate?
  /// The due date as written, when one was written.
  public var dueRaw: String?
  /// A ticket: `OPS-42`, `#123`, or a URL.
  public var ticket: String?
  public var priority: String?
  /// mitigate, prevent, detect, process… as written.
  public var type: String?
  /// The sub-heading or group label the item sits under ("Immediate Actions (0-7 days)").
  public var group: String?
  public var source: Source
  public var line: Int
  public var column: Int

  public init(title: String, source: Source, location: SourceLocation) {
    self.title = title
    self.done = false
    self.source = source
    self.line = location.line
    self.column = location.column
  }

  public var location: SourceLocation { SourceLocation(line: line, column: column) }
}
