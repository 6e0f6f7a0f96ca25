/// Everything the parser read from one postmortem. Immutable input to rules, reports and exports.
///
/// The parser records; it never judges. A value it could not read is kept as written (an
/// unrecognised severity keeps its `raw` text with a nil `level`, an unreadable time keeps its text
/// with status `unrecognized`), so rules can say precisely what is wrong and where.
public struct PostmortemDocument: Sendable, Hashable, Codable {
  /// Version of the JSON shape; bumped on any incompatible change.
  public static let schemaVersion = 1

  public var schemaVersion: Int = PostmortemDocument.schemaVersion
  /// The path as given on the command line (or a name for standard input).
  public var file: String
  public var title: TextField?
  public var date: DateField?
  /// The day the incident happened as far as the document says: its date (stated, or as its
  /// start, end or title gives it), else the day its summary or lede opens with, else a monthly
  /// report's day, else the date of its timeline's first dated entry, else the day its file's
  /// name starts with (`2024-03-05-checkout.md`). Set in every scope, so that a roll-up dates a
  /// postmortem that states its day only in a sentence, its timeline or its file's name.
  public var incidentDay: CalendarDate?
  public var severity: IncidentSeverity?
  public var status: TextField?
  public var authors: [TextField] = []
  public var metadata = Metadata()
  /// Every heading, in document order.
  public var sections: [Section] = []
  public var timeline: Timeline?
  public var summary: NarrativeSection?
  public var impact: NarrativeSection?
  public var rootCause: NarrativeSection?
  public var resolution: NarrativeSection?
  public var lessonsLearned: LessonsLearned?
  public var actionItems: [ActionItem] = []
  /// Every duration the document states (metadata and labelled fields in sections).
  public var statedDurations: [StatedDuration] = []
  /// Limits applied to hostile input (over-deep nesting, over-wide tables).
  public var inputLimits: [InputLimit] = []

  public init(file: String) {
    self.file = file
  }

  /// The first section of `kind`.
  public func section(_ kind: SectionKind) -> Section? {
    sections.first { $0.kind == kind }
  }
}
