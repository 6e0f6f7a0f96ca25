/// A bullet of a timeline that opens with a label stating one of the incident's facts rather
/// than an event: its length ("**Duration (MTTR):** ~14h", "MTTD (alert → ack): 3 minutes") or,
/// in a list of bold labels before the entries, its window ("**Start time (detected):** 20:43Z").
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

  /// The label that opens `paragraph` ("Detected" of "**Detected:** 14:05 — paged"), or nil when
  /// the paragraph does not open with a bold label.
  private static func label(of paragraph: MarkdownNode) -> String? {
    guard PostmortemParser.opensWithBoldLabel(paragraph), let first = paragraph.children.first else { return nil }
    var label = Substring(first.plainText().trimmingWhitespace())
    if label.hasSuffix(":") { label = label.dropLast() }
    return String(label.trimmingWhitespace())
  }

  /// The label that opens `paragraph` and what follows its colon, or nil when the paragraph
  /// does not open with a bold label.
  static func split(_ paragraph: MarkdownNode) -> (label: String, rest: String)? {
    guard let label = label(of: paragraph) else { return nil }
    var rest = Substring(paragraph.children.dropFirst().map { $0.plainText() }.joined())
    rest = rest.drop { $0 == " " }
    if rest.hasPrefix(":") { rest = rest.dropFirst() }
    return (label, String(rest.trimmingWhitespace()))
  }

  /// The fact the label opening `paragraph` states, or nil when it states none (an event such
  /// as "**Mitigated:**", or no label). A plain key states a length only ("MTTD (first alert →
  /// on-call aware): 3 minutes"): "Start: 14:05" plainly is an entry.
  static func kind(of paragraph: MarkdownNode) -> Kind? {
    if let label = label(of: paragraph) {
      if namesLength(label) { return .length }
      switch MetadataKey.recognize(label) {
      case .start?, .end?: return .window
      default: return nil
      }
    }
    // (A key starts with a letter; most bullets of a timeline start with their time, "14:05".)
    guard case .text(let text)? = paragraph.children.first?.kind, let first = text.utf8.first,
      ASCIIText.isLetter(first), LabelReader.mayStartWithPlainKey(paragraph, firstLineOnly: true),
      let colon = text.firstIndex(of: ":")
    else { return nil }
    return namesLength(String(text[..<colon]).trimmingWhitespace()) ? .length : nil
  }

  /// Whether `key` names a length: the incident's, or one of the measures teams keep ("TTD",
  /// "MTTA (alert → acknowledgment)", "MTBF"), which the document may define its own way.
  static func namesLength(_ key: String) -> Bool {
    // A key starts with a letter; most bullets of a timeline start with their time ("14:05").
    guard let first = key.utf8.first, ASCIIText.isLetter(first) else { return false }
    if StatedMeasure.named(key) != nil || MetadataKey.recognize(key) == .duration { return true }
    let word = key.utf8.prefix { ASCIIText.isLetter($0) }
    guard (3...4).contains(word.count), word.count == key.utf8.count || !ASCIIText.isLetter(key.utf8[word.endIndex])
    else { return false }
    let letters = word.map(ASCIIText.lower)
    let measure =
      letters.starts(with: "mtt".utf8)
      ? letters.dropFirst(3) : letters.starts(with: "tt".utf8) ? letters.dropFirst(2) : []
    return measure.count == 1 || letters.elementsEqual("mtbf".utf8)
  }

  /// Whether `list` states the incident's facts and nothing else, its window among them, with
  /// the entries told after it in `following` (a table, or a list of its own): the summary a
  /// report opens its timeline with.
  static func isFactList(_ list: MarkdownNode, before following: ArraySlice<MarkdownNode>) -> Bool {
    guard case .list = list.kind, !list.children.isEmpty,
      following.contains(where: { block in
        switch block.kind {
        case .table, .list: true
        default: false
        }
      })
    else { return false }
    var statesWindow = false
    for item in list.children {
      // Most timelines' bullets open with a time, not a bold word: told at the first.
      guard let paragraph = item.children.first, case .paragraph = paragraph.kind,
        let kind = kind(of: paragraph)
      else { return false }
      if kind == .window { statesWindow = true }
    }
    return statesWindow
  }
}
