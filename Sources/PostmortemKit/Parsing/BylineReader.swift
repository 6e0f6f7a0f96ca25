/// Reads a byline before the first section, as blog-style postmortems open: "Posted by Jason
/// Warner, October 30, 2018", "*Written by Ana Ortiz and Bo Chen*", "By Priya Nair on 2024-03-02".
///
/// Only the names are taken (as the authors); the date there is when the text was published, not
/// when the incident happened. A line whose words after "by" are not all names is prose.
enum BylineReader {
  /// The lead words a byline starts with, lower case, each ending with "by ".
  private static let leads = ["posted by ", "written by ", "authored by ", "published by ", "prepared by ", "by "]

  /// The byline on `line` as an authors field keyed by its lead ("Posted by"), or nil.
  static func read(_ line: InlineLine) -> LabeledValue? {
    // Where the text starts, inside any emphasis around the whole line ("*Posted by …*").
    var start = line.nodes.first
    while let node = start, isEmphasis(node), let child = node.children.first { start = child }
    let column = start?.range?.start.column ?? line.column
    return read(line.plainText.trimmingWhitespace()[...], line: line.line, column: column)
  }

  /// Whether `text` starts with a byline's lead ("Written by "), in any case.
  static func startsWithLead(_ text: Substring) -> Bool {
    guard let first = text.utf8.first, leadInitials.contains(first | 0x20) else { return false }
    let head = text.prefix(13).lowercased()
    return leads.contains { head.hasPrefix($0) }
  }

  /// The first letters of the leads, lower case.
  private static let leadInitials: Set<UInt8> = Set(leads.compactMap { $0.utf8.first })

  /// The byline `text` (trimmed, starting at `column` of `line`) as an authors field, or nil.
  static func read(_ text: Substring, line: Int, column: Int) -> LabeledValue? {
    // Bylines are short; prose that happens to start with "By" is usually not.
    guard text.utf8.count <= 160, let first = text.utf8.first,
      first == UInt8(ascii: "B") || first == UInt8(ascii: "b") || first == UInt8(ascii: "P")
        || first == UInt8(ascii: "W") || first == UInt8(ascii: "A")
    else { return nil }
    let lower = text.lowercased()
    guard let lead = leads.first(where: { lower.hasPrefix($0) }) else { return nil }
    // The full stop of a byline written as a sentence ("Written by Petra Novak.") ends it; an
    // initial's ("By John Q.") is the name's.
    var text = text
    if text.hasSuffix("."), let before = text.dropLast().last, before.isLowercase { text = text.dropLast() }
    var names: [String] = []
    var name: [Substring] = []
    // Columns from the lead's end to the first name: past an article ("the Platform team").
    var valueOffset = 0
    // Ends the name being read; false when it is not a name, which makes the line prose.
    func flush() -> Bool {
      defer { name = [] }
      guard !name.isEmpty else { return true }
      guard isName(name) else { return false }
      names.append(name.joined(separator: " "))
      return true
    }
    // Names are separated by commas, "and" or "&"; the publication date ends them ("…, October
    // 30, 2018", "… on 2024-03-02").
    parts: for part in text.dropFirst(lead.count).split(separator: ",", omittingEmptySubsequences: false) {
      let words = part.split(separator: " ")
      for (index, word) in words.enumerated() {
        if word == "and" || word == "&" {
          guard flush() else { return nil }
        } else if BylineReader.separators.contains(word) {
          // "By Jane Doe — 12 June 2023", "Posted by the Platform team · March 5, 2024": what
          // follows the names is the date or a note.
          guard flush() else { return nil }
          break parts
        } else if name.isEmpty, word == "the" {
          // "the Platform team": a team is named after its article.
          if names.isEmpty { valueOffset = text.distance(from: text.startIndex, to: word.endIndex) - lead.count + 1 }
          continue
        } else if (word == "on" && index + 1 < words.count
          && DateParser.whole(text[words[index + 1].startIndex...]) != nil)
          || (name.isEmpty && DateParser.whole(text[word.startIndex...]) != nil)
        {
          guard flush() else { return nil }
          break parts
        } else {
          name.append(word)
        }
      }
      guard flush() else { return nil }
    }
    guard !names.isEmpty else { return nil }
    let key = String(text.prefix(lead.count - 1))
    // The lead is ASCII, so its length in bytes is its length in columns.
    return LabeledValue(
      key: key, value: names.joined(separator: ", "), location: SourceLocation(line: line, column: column),
      valueColumn: column + lead.count + valueOffset)
  }

  private static let particles: Set<Substring> = ["de", "la", "van", "von", "da", "del", "der", "di", "le"]

  /// What stands between a byline's names and its date.
  private static let separators: Set<Substring> = ["—", "–", "-", "·", "|", "•"]

  /// The lower-case word that ends a team's name ("Platform team", "SRE squad").
  private static let teamWords: Set<Substring> = ["team", "teams", "squad", "group", "crew"]

  /// One to four words, each starting with a capital letter, and no digits: "Jason Warner",
  /// "Émilie Durand", "Ana de la Cruz" (lower-case particles between capitalised words count).
  private static func isName(_ words: [Substring]) -> Bool {
    guard (1...4).contains(words.count), let first = words.first?.first, first.isUppercase,
      let last = words.last?.first, last.isUppercase || (words.count > 1 && teamWords.contains(words.last!))
    else { return false }
    // "By Tuesday, March 5" is a date in a sentence, not a person.
    guard words.count > 1 || DateParser.weekdayNames[words[0].lowercased()] == nil else { return false }
    return words.allSatisfy { word in
      !word.contains(where: \.isNumber)
        && (word.first!.isUppercase || particles.contains(word) || teamWords.contains(word))
    }
  }

  private static func isEmphasis(_ node: MarkdownNode) -> Bool {
    switch node.kind {
    case .emphasis, .strong: true
    default: false
    }
  }
}
