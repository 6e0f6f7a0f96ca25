#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the incident's length where a summary or impact paragraph states it in a sentence:
/// "…experienced packet loss for a duration of 3 hours and 12 minutes" (Google Cloud's reports),
/// "The outage lasted about 45 minutes", "Emails were delayed (duration: 2h 10m)".
///
/// Only these phrasings, and "lasted" only after a word naming the incident: a length in prose
/// is as often a step of the response ("the rollback took 5 minutes") as the incident's own. A
/// sentence that opens with the length is the template Atlassian's postmortems follow ("For 1
/// hour 45 minutes, merchants received webhooks late", "For 40 minutes between 14:05 and 14:45
/// UTC, …"); it counts only when a comma or the moment ("between", "on", "from") follows the
/// length, as "For 5 minutes we tried restarting the pods" is a step.
enum ProseDurationReader {
  /// Phrases after which the incident's length follows, lower case, and whether the sentence
  /// must name the incident before them.
  private static let phrases: [(bytes: [UInt8], needsSubject: Bool)] = [
    ("for a duration of ", false), ("for a total duration of ", false), ("for a period of ", false),
    ("for a total of ", false), ("lasted ", true), ("lasting ", true),
    // An aside in brackets: "Emails were delayed (duration: 2h 10m)". A line that is all field,
    // "Duration: 45 minutes", is a field of the section, read as one.
    ("(duration: ", false), ("(total duration: ", false),
  ].map { (Array($0.0.utf8), $0.1) }

  /// "for ", lower case, as a sentence opens with it.
  private static let openingFor = Array("for ".utf8)

  /// What may follow the length a sentence opens with, lower case: the moment it was.
  private static let openingLengthFollowers = [" between ", " on ", " from "].map { Array($0.utf8) }

  /// Words that name the incident as the subject of "lasted".
  private static let subjects = ByteWordTable(
    [
      "incident", "outage", "disruption", "impact", "issue", "degradation", "downtime", "event", "interruption",
      "problem", "unavailability",
    ].map { (Array($0.utf8), true) })

  /// The durations the paragraphs of `blocks` (and their list items' paragraphs) state.
  static func durations(in blocks: ArraySlice<MarkdownNode>, sectionTitle: String) -> [StatedDuration] {
    var found: [StatedDuration] = []
    func read(_ paragraph: MarkdownNode) {
      let children = paragraph.children
      for index in children.indices {
        guard case .text(let text) = children[index].kind, let start = children[index].range?.start else { continue }
        // A sentence wrapped after its phrase ("…for a duration of" / "3 hours and 12 minutes")
        // goes on in the text after the line break.
        var next: (text: String, start: SourceLocation)?
        if index + 2 < children.count, case .softBreak = children[index + 1].kind,
          case .text(let following) = children[index + 2].kind, let followingStart = children[index + 2].range?.start
        {
          next = (following, followingStart)
        }
        found += durations(
          in: text, startingAt: start, continuedBy: next, opensParagraph: index == 0, sectionTitle: sectionTitle)
      }
    }
    for block in blocks {
      switch block.kind {
      case .paragraph:
        read(block)
      case .list:
        for item in block.children {
          if let first = item.children.first, case .paragraph = first.kind { read(first) }
        }
      default:
        continue
      }
    }
    return found
  }

  /// The durations stated by the phrases in one run of text that starts at `start` in the
  /// source (at the start of its paragraph when `opensParagraph`); `next`, the text on the
  /// following line, may hold the amount of a phrase this one ends with.
  private static func durations(
    in text: String, startingAt start: SourceLocation, continuedBy next: (text: String, start: SourceLocation)? = nil,
    opensParagraph: Bool, sectionTitle: String
  ) -> [StatedDuration] {
    // Nearly every paragraph has none of the phrases: one pass over its bytes, in place, tells.
    let mayOpenWithLength = mayOpenSentenceWithFor(text, opensParagraph: opensParagraph)
    guard mayOpenWithLength || mayHoldPhrase(text) else { return [] }
    let ownCount = text.utf8.count
    let bytes = Array(text.utf8) + (next.map { [32] + Array($0.text.utf8) } ?? [])
    let lowered = bytes.map(ASCIIText.lower)
    var found: [StatedDuration] = []
    let opening = mayOpenWithLength ? [(bytes: openingFor, needsSubject: false)] : []
    for phrase in opening + phrases {
      let opensSentence = phrase.bytes == openingFor
      var searchFrom = 0
      while let offset = UTF8Scan.firstOffset(of: phrase.bytes, in: lowered, from: searchFrom), offset < ownCount {
        searchFrom = offset + phrase.bytes.count
        guard offset == 0 || lowered[offset - 1] == UInt8(ascii: " ") else { continue }
        if opensSentence,
          !(offset == 0 ? opensParagraph : offset >= 2 && lowered[offset - 2] == UInt8(ascii: "."))
            || !ASCIIText.isUpper(bytes[offset])
        {
          continue
        }
        if phrase.needsSubject, !namesIncident(lowered[..<offset]) { continue }
        var amountStart = offset + phrase.bytes.count
        // "lasted for 45 minutes"
        if !opensSentence, lowered[amountStart...].starts(with: "for ".utf8) { amountStart += 4 }
        let rest = Substring(String(decoding: bytes[amountStart...], as: UTF8.self))
        guard let (minutes, end) = DurationParser.leadingAmount(rest) else { continue }
        if opensSentence {
          let after = Array(rest[end...].utf8.prefix(9)).map(ASCIIText.lower)
          guard after.first == UInt8(ascii: ",") || openingLengthFollowers.contains(where: after.starts) else {
            continue
          }
        }
        let raw = String(rest[..<end]).trimmingWhitespace()
        // Where the amount starts: on this line, or on the next (after the space that joined them).
        let amount = amountStart + rest.prefix { $0 == " " }.utf8.count
        let location: SourceLocation
        if let next, amount > ownCount {
          let prefix = String(decoding: bytes[(ownCount + 1)..<amount], as: UTF8.self)
          location = SourceLocation(line: next.start.line, column: next.start.column + prefix.unicodeScalars.count)
        } else {
          let prefix = String(decoding: bytes[..<amount], as: UTF8.self)
          location = SourceLocation(line: start.line, column: start.column + prefix.unicodeScalars.count)
        }
        found.append(
          StatedDuration(
            raw: raw, minutes: minutes, start: nil, end: nil, source: .prose, sectionTitle: sectionTitle,
            location: location))
      }
    }
    return found.sorted { $0.column < $1.column }
  }

  /// Whether `text` holds "or a " (of "for a duration of", "for a total of", "for a period of"),
  /// "asted" or "asting" (of "lasted", "lasting"), or "uration: " (of "(duration: "): libc's
  /// vectorised `strstr` looks, in place (cmark-gfm has replaced any NUL in the text, so the C
  /// string is all of it).
  private static func mayHoldPhrase(_ text: String) -> Bool {
    text.withCString { haystack in
      strstr(haystack, "or a ") != nil || strstr(haystack, "asted") != nil || strstr(haystack, "asting") != nil
        || strstr(haystack, "uration: ") != nil
    }
  }

  /// Whether a sentence of `text` may open with "For ": the text itself, when it opens its
  /// paragraph, or one after a full stop.
  private static func mayOpenSentenceWithFor(_ text: String, opensParagraph: Bool) -> Bool {
    (opensParagraph && text.utf8.starts(with: "For ".utf8))
      || text.withCString { strstr($0, ". For ") != nil }
  }

  /// Whether one of the last six words before a phrase names the incident ("The outage lasted").
  private static func namesIncident(_ before: ArraySlice<UInt8>) -> Bool {
    let words = ASCIIText.words(Array(before))
    return words.suffix(6).contains { subjects[$0] != nil }
  }
}
