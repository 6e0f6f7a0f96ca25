/// A bullet of a timeline that opens with a bold label stating one of the incident's facts
/// rather than an event: its length ("**Duration (MTTR):** ~14h", "**TTD:** 7 min") or, in a
/// list of such labels before the entries, its window ("**Start time (detected):** 20:43Z").
///
/// The timeline passes these over and the document reads them as its details, so a key-facts
/// list over a table is not read as entries out of order, nor a length as an entry with no time.
enum TimelineFactLabel {
  /// Which fact a label states.
  enum Kind {
    /// When the incident began or ended.
    case window
    /// How long it lasted, or took to detect, mitigate or resolve.
    case length
  }

  /// The label that opens `paragraph` ("Detected" of "**Detected:** 14:05 — paged") and what
  /// follows its colon, or nil when the paragraph does not open with a bold label.
  static func split(_ paragraph: MarkdownNode) -> (label: String, rest: String)? {
    guard PostmortemParser.opensWithBoldLabel(paragraph), let first = paragraph.children.first else { return nil }
    var label = Substring(first.plainText().trimmingWhitespace())
    if label.hasSuffix(":") { label = label.dropLast() }
    var rest = Substring(paragraph.children.dropFirst().map { $0.plainText() }.joined())
    rest = rest.drop { $0 == " " }
    if rest.hasPrefix(":") { rest = rest.dropFirst() }
    return (String(label.trimmingWhitespace()), String(rest.trimmingWhitespace()))
  }

  /// The fact the bold label opening `paragraph` states, or nil when it states none (an event
  /// such as "**Mitigated:**", or no label).
  static func kind(of paragraph: MarkdownNode) -> Kind? {
    guard let (label, _) = split(paragraph) else { return nil }
    if StatedMeasure.named(label) != nil { return .length }
    switch MetadataKey.recognize(label) {
    case .duration?: return .length
    case .start?, .end?: return .window
    default: return nil
    }
  }

  /// The first paragraph of each of `list`'s items.
  private static func itemParagraphs(_ list: MarkdownNode) -> [MarkdownNode?] {
    list.children.map { item in
      item.children.first { if case .paragraph = $0.kind { true } else { false } }
    }
  }

  /// Whether `list` states the incident's facts and nothing else, its window among them, with
  /// the entries told after it in `following` (a table, or a list of its own): the summary a
  /// report opens its timeline with.
  static func isFactList(_ list: MarkdownNode, before following: ArraySlice<MarkdownNode>) -> Bool {
    guard case .list = list.kind, !list.children.isEmpty else { return false }
    let kinds = itemParagraphs(list).map { $0.flatMap(kind(of:)) }
    guard kinds.allSatisfy({ $0 != nil }), kinds.contains(where: { $0 == .window }) else { return false }
    return following.contains { block in
      switch block.kind {
      case .table, .list: true
      default: false
      }
    }
  }
}
