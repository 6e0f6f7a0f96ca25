/// A parsed postmortem together with the Markdown tree and source it came from, so rules that
/// look at text (placeholders, suppressions, counts) need not parse again.
public struct ParsedPostmortem: Sendable {
  public var document: PostmortemDocument
  public var tree: MarkdownNode
  public var source: SourceText
  /// The day the incident happened as far as the document says (`PostmortemDocument.incidentDay`).
  public var incidentDay: CalendarDate? { document.incidentDay }

  public init(document: PostmortemDocument, tree: MarkdownNode, source: SourceText) {
    self.document = document
    self.tree = tree
    self.source = source
  }
}
