/// A parsed postmortem together with the Markdown tree and source it came from, so rules that
/// look at text (placeholders, suppressions, counts) need not parse again.
public struct ParsedPostmortem: Sendable {
  public var document: PostmortemDocument
  public var tree: MarkdownNode
  public var source: SourceText
  /// The day the incident happened as far as the document says: its date (stated, or as its
  /// start, end or title gives it), else the day its summary or lede opens with, else a monthly
  /// report's day. Read in every scope, so that a roll-up dates a postmortem that states its day
  /// only in a sentence.
  public var incidentDay: CalendarDate?

  public init(document: PostmortemDocument, tree: MarkdownNode, source: SourceText, incidentDay: CalendarDate? = nil) {
    self.document = document
    self.tree = tree
    self.source = source
    self.incidentDay = incidentDay
  }
}
