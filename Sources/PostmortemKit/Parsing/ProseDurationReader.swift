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
/// length, as "For 5 minutes we tried restarting the pods" is a step. The first service state
/// for a length in the summary is the incident's ("Shakespeare Search down for 66 minutes",
/// Google's example postmortem; "the API was unavailable for 20 minutes") unless someone did it
/// on purpose ("we took the primary offline for 5 minutes"); an impact section's states are often
/// one per component, each its own length. A summary that opens with the incident's window
/// ("Between 15:45 and 16:30 UTC, …") states its start and end as well.
enum ProseDurationReader {
  /// Phrases after which the incident's length follows, lower case; whether the sentence must
  /// name the incident before them; whether it must not say someone did it on purpose.
  private static let phrases: [(bytes: [UInt8], needsSubject: Bool, isState: Bool)] = [
    ("for a duration of ", false, false), ("for a total duration of ", false, false),
    ("for a period of ", false, false), ("for a total of ", false, false), ("lasted ", true, false),
    ("lasting ", true, false),
    // "Total downtime was 1.5 hours", "an outage of 45 minutes".
    ("downtime was ", false, false), ("downtime of ", false, false), ("outage of ", false, false),
    // "Total outage 44 minutes, no data loss": the total named, then the length.
    ("total outage ", false, false), ("total downtime ", false, false),
    ("disruption of ", false, false), ("interruption of ", false, false),
    // The incident named, then how long it went on, in a summary or lede: "this service
    // degradation for 1 hour and 47 minutes" ("we took downtime for 2 hours" is planned).
    ("degradation for ", false, true), ("outage for ", false, true), ("downtime for ", false, true),
    ("disruption for ", false, true), ("interruption for ", false, true),
    // An aside in brackets: "Emails were delayed (duration: 2h 10m)". A line that is all field,
    // "Duration: 45 minutes", is a field of the section, read as one.
    ("(duration: ", false, false), ("(total duration: ", false, false),
    ("down for ", false, true), ("unavailable for ", false, true), ("offline for ", false, true),
    // The service's availability only: "the export stalled for an hour" is how a job failed,
    // often a part of the incident's length.
    ("degraded for ", false, true), ("unreachable for ", false, true), ("inaccessible for ", false, true),
    // What the users went through: "Customers were impacted for 45 minutes".
    ("impacted for ", false, true), ("affected for ", false, true), ("disrupted for ", false, true),
    // The service failing as a whole: "Payments failed for 25 minutes".
    ("failed for ", false, true), ("failing for ", false, true),
    // The same in French, Spanish and Portuguese summaries ("Le paiement a été indisponible
    // pendant 47 minutes", "no estuvo disponible durante 65 minutos", "ficou fora do ar por 35 minutos").
    ("indisponible pendant ", false, true), ("hors service pendant ", false, true),
    ("indisponible durante ", false, true), ("no estuvo disponible durante ", false, true),
    ("no disponible durante ", false, true), ("indisponível por ", false, true),
    ("indisponível durante ", false, true), ("fora do ar por ", false, true), ("fora do ar durante ", false, true),
    ("fallaron durante ", false, true), ("falló durante ", false, true), ("ont échoué pendant ", false, true),
    ("a échoué pendant ", false, true), ("falharam durante ", false, true), ("falhou durante ", false, true),
  ].map { (Array($0.0.utf8), $0.1, $0.2) }

  /// Service states said by what did not happen: "Push notifications were not delivered for 1
  /// hour and 4 minutes". Looked for only in text that says "not ".
  private static let negatedStates: [(bytes: [UInt8], needsSubject: Bool, isState: Bool)] = [
    "not delivered for ", "not processed for ", "not sent for ", "not available for ", "not reachable for ",
    "not accessible for ", "not working for ", "not responding for ", "not loading for ",
  ].map { (Array($0.utf8), false, true) }
  private static let notWord = Array("not ".utf8)

  /// Verbs that make a service's state someone's doing ("took the primary offline for 5 minutes").
  private static let deliberateVerbs = ByteWordTable(
    ["took", "take", "takes", "taking", "taken", "brought", "bring", "bringing", "put", "putting", "kept", "keep"]
      .map { (Array($0.utf8), true) })

  /// The units of a length written before a noun, lower case, with their minutes: "45-minute".
  private static let hyphenatedUnits: [([UInt8], Int)] = [
    ("-minute ", 1), ("-min ", 1), ("-hour ", 60), ("-hr ", 60), ("-day ", 1440),
  ].map { (Array($0.0.utf8), $0.1) }

  /// States a German or Dutch summary writes after the length, lower case.
  private static let amountFirstStates = [
    "nicht erreichbar", "nicht verfügbar", "ausgefallen", "gestört", "onbereikbaar", "niet beschikbaar",
    "niet bereikbaar",
    // With "lang" after the length: "fielen 45 Minuten lang aus", "45 minuten lang onbereikbaar".
    "lang aus", "lang nicht erreichbar", "lang nicht verfügbar", "lang gestört", "lang onbereikbaar",
    "lang niet beschikbaar",
  ].map { Array($0.utf8) }

  /// "23 minutes of write errors", "45 minutes of downtime", "2 hours of degraded service": a
  /// length before what went wrong (in the three words after "of"), found before byte `limit`.
  private static func lengthsOfAState(in bytes: [UInt8], lowered: [UInt8], before limit: Int) -> [PlacedLength] {
    var found: [PlacedLength] = []
    var searchFrom = 0
    while let offset = UTF8Scan.firstOffset(of: spacedOf, in: lowered, from: searchFrom), offset < limit {
      searchFrom = offset + spacedOf.count
      let following = ASCIIText.words(Array(lowered[searchFrom...].prefix(48))).prefix(3)
      guard following.contains(where: { ofStates[$0] != nil }),
        let length = amountEnding(at: offset, in: bytes, lowered: lowered)
      else { continue }
      found.append(length)
    }
    return found
  }

  private static let spacedOf = Array(" of ".utf8)

  /// What went wrong, after a length and "of".
  private static let ofStates = ByteWordTable(
    [
      "downtime", "outage", "errors", "degradation", "degraded", "unavailability", "disruption", "failures",
      "delays", "impact", "instability", "interruption",
    ].map { (Array($0.utf8), true) })

  /// A length read next to a state, with the offset of its first byte.
  private typealias PlacedLength = (raw: String, minutes: Int, offset: Int)

  /// "A 45-minute outage", "a 3-hour disruption": a length written before the incident's name,
  /// found before byte `limit`.
  private static func hyphenatedLengths(in bytes: [UInt8], lowered: [UInt8], before limit: Int) -> [PlacedLength] {
    var found: [PlacedLength] = []
    for (unit, minutesPerUnit) in hyphenatedUnits {
      var searchFrom = 0
      while let offset = UTF8Scan.firstOffset(of: unit, in: lowered, from: searchFrom), offset < limit {
        searchFrom = offset + unit.count
        var numberStart = offset
        while numberStart > 0, ASCIIText.isDigit(lowered[numberStart - 1]) || lowered[numberStart - 1] == 46 {
          numberStart -= 1
        }
        guard numberStart < offset, numberStart == 0 || lowered[numberStart - 1] == 32,
          let value = Double(String(decoding: bytes[numberStart..<offset], as: UTF8.self)),
          let noun = ASCIIText.words(Array(lowered[(offset + unit.count)...].prefix(16))).first,
          subjects[noun] != nil || noun.elementsEqual("window".utf8),
          let minutes = DurationParser.wholeMinutes((value * Double(minutesPerUnit)).rounded())
        else { continue }
        found.append(
          (String(decoding: bytes[numberStart..<(offset + unit.count - 1)], as: UTF8.self), minutes, numberStart))
      }
    }
    return found
  }

  /// German and Dutch put the length before the state: "war 50 Minuten nicht erreichbar", "was
  /// 45 minuten onbereikbaar"; found before byte `limit`.
  private static func lengthsBeforeAState(in bytes: [UInt8], lowered: [UInt8], before limit: Int) -> [PlacedLength] {
    var found: [PlacedLength] = []
    for state in amountFirstStates {
      var searchFrom = 0
      while let offset = UTF8Scan.firstOffset(of: state, in: lowered, from: searchFrom), offset < limit {
        searchFrom = offset + state.count
        guard offset >= 2, lowered[offset - 1] == 32,
          let length = amountEnding(at: offset - 1, in: bytes, lowered: lowered)
        else { continue }
        found.append(length)
      }
    }
    return found
  }

  /// The length that ends at byte `end` of `bytes` (one to five words before it: "50 Minuten",
  /// "über 2 Stunden"), with where it starts; nil when the words there are no length.
  private static func amountEnding(at end: Int, in bytes: [UInt8], lowered: [UInt8]) -> PlacedLength? {
    var start = end
    var longest: PlacedLength?
    // The longest length that ends there: "1 Stunde und 20 Minuten", not "20 Minuten".
    for _ in 0..<5 {
      // Back over the spaces, then the word, before `start`.
      while start > 0, lowered[start - 1] == 32 { start -= 1 }
      guard start > 0 else { break }
      while start > 0, lowered[start - 1] != 32 { start -= 1 }
      let text = Substring(String(decoding: bytes[start..<end], as: UTF8.self))
      if let (minutes, amountEnd) = DurationParser.leadingAmount(text), amountEnd == text.endIndex,
        ASCIIText.isDigit(bytes[start])
      {
        longest = (String(text), minutes, start)
      }
    }
    return longest
  }

  /// The lower-cased words of `line` after its last full stop: the opening of a sentence that
  /// goes on on the next line.
  private static func openingOfSentence(endingLine line: String) -> ArraySlice<UInt8> {
    let bytes = ASCIIText.lowercasedBytes(line)
    return bytes[(bytes.lastIndex(of: UInt8(ascii: ".")).map { $0 + 1 } ?? 0)...]
  }

  /// " for ", lower case, after what the users went through.
  private static let spacedFor = Array(" for ".utf8)

  /// The people a summary says went through the incident: "Customers could not check out for 40
  /// minutes", "Users saw errors for 30 minutes".
  private static let users = ByteWordTable(
    [
      "users", "user", "customers", "customer", "merchants", "clients", "visitors", "players", "subscribers",
      "shoppers", "members", "tenants", "drivers", "riders", "sellers", "buyers",
    ].map { (Array($0.utf8), true) })

  /// Words before " for " that make the length a wait or an attempt, not the incident's.
  private static let waitingWords = ByteWordTable(
    ["waiting", "waited", "wait", "waits", "tried", "trying", "retried", "retrying", "queued", "idle", "inactive"].map {
      (Array($0.utf8), true)
    })

  /// Lengths after " for " in a sentence whose subject is the users, found before byte `limit`:
  /// a state of the service as they saw it (the first in the summary counts). A sentence where
  /// someone did it on purpose, or whose users are far from the length, states none.
  private static func usersExperience(
    in bytes: [UInt8], lowered: [UInt8], before limit: Int, after previous: String?
  ) -> [PlacedLength] {
    var found: [PlacedLength] = []
    var searchFrom = 0
    while let offset = UTF8Scan.firstOffset(of: spacedFor, in: lowered, from: searchFrom), offset < limit {
      searchFrom = offset + spacedFor.count
      // The sentence so far: back to the last full stop, on the line before if it opens there.
      var sentenceStart = offset
      while sentenceStart > 0, !(lowered[sentenceStart - 1] == UInt8(ascii: ".") && lowered[sentenceStart] == 32) {
        sentenceStart -= 1
      }
      var words = ASCIIText.words(Array(lowered[sentenceStart..<offset]))
      if sentenceStart == 0, let previous {
        words = ASCIIText.words(Array(openingOfSentence(endingLine: previous))) + words
      }
      guard let subject = words.firstIndex(where: { users[$0] != nil }), words.count - subject <= 10,
        !words.contains(where: { deliberateVerbs[$0] != nil }),
        // "Customers waiting for 5 minutes were logged out": how long someone waited or tried.
        words.last.map({ waitingWords[$0] == nil }) ?? true
      else { continue }
      let amountStart = offset + spacedFor.count
      let rest = Substring(String(decoding: bytes[amountStart...], as: UTF8.self))
      guard let (minutes, end) = DurationParser.leadingAmount(rest) else { continue }
      let leading = rest.prefix { $0 == " " }.utf8.count
      found.append((String(rest[..<end]).trimmingWhitespace(), minutes, amountStart + leading))
    }
    return found
  }

  /// The words a sentence opens with before its length, as written: "For 47 minutes, …", and in
  /// other languages "Durante 38 minutos, …", "Pendant 38 minutes, …", "Per 38 minuti, …".
  private static let openingWords = ["For ", "Durante ", "Pendant ", "Per ", "Für ", "Während ", "Gedurende "].map {
    Array($0.utf8)
  }
  /// The first letters of the opening words.
  private static let openingInitials = ByteSet(String(decoding: openingWords.compactMap(\.first), as: UTF8.self))
  /// The opening words, lower case, of languages that put the verb straight after the length.
  private static let verbSecondOpenings: Set<[UInt8]> = Set(["für ", "während ", "gedurende "].map { Array($0.utf8) })
  /// The same words, lower case, as phrases.
  private static let openingPhrases = openingWords.map {
    (bytes: $0.map(ASCIIText.lower), needsSubject: false, isState: false)
  }

  /// What may follow the length a sentence opens with, lower case: the moment it was.
  private static let openingLengthFollowers = [" between ", " on ", " from "].map { Array($0.utf8) }

  /// Words that name the incident as the subject of "lasted".
  private static let subjects = ByteWordTable(
    [
      "incident", "outage", "disruption", "impact", "issue", "degradation", "downtime", "event", "interruption",
      "problem", "unavailability",
    ].map { (Array($0.utf8), true) })

  /// The durations the paragraphs of `blocks` (and their list items' paragraphs) state; in the
  /// summary (`isSummary`) also the window it opens with and the first service state for a length.
  static func durations(in blocks: ArraySlice<MarkdownNode>, sectionTitle: String, isSummary: Bool)
    -> [StatedDuration]
  {
    var found: [(duration: StatedDuration, isState: Bool)] = []
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
        // A sentence wrapped before its length ("Older mobile clients" / "could not log in for 52
        // minutes") names its users in the text before the line break.
        var previous: String?
        if index >= 2, case .softBreak = children[index - 1].kind, case .text(let before) = children[index - 2].kind {
          previous = before
        }
        found += durations(
          in: text, startingAt: start, continuedBy: next, precededBy: previous, opensParagraph: index == 0,
          sectionTitle: sectionTitle, readsStates: isSummary)
      }
    }
    var firstParagraph = true
    for block in blocks {
      switch block.kind {
      case .paragraph:
        // The summary may open with the incident's window: "Between 15:45 and 16:30 UTC, …".
        if isSummary, firstParagraph, let window = openingWindow(of: block, sectionTitle: sectionTitle) {
          found.append((window, false))
        }
        firstParagraph = false
        read(block)
      case .list:
        for item in block.children {
          if let first = item.children.first, case .paragraph = first.kind { read(first) }
        }
      default:
        continue
      }
    }
    // The summary's window may also follow a phrase ("The outage lasted between …"): read once.
    return keepingFirstState(firstAtEachPlace(found), isSummary: isSummary)
  }

  /// `found` without the durations read again where one was already read (same place, same length).
  private static func firstAtEachPlace(_ found: [(duration: StatedDuration, isState: Bool)]) -> [(
    duration: StatedDuration, isState: Bool
  )] {
    // Nearly every run of text states one length or none: nothing to compare.
    guard found.count > 1 else { return found }
    var seen: Set<[Int]> = []
    return found.filter { seen.insert([$0.duration.line, $0.duration.column, $0.duration.minutes ?? -1]).inserted }
  }

  /// The durations found, with at most the first service state in the summary, none elsewhere.
  private static func keepingFirstState(
    _ found: [(duration: StatedDuration, isState: Bool)], isSummary: Bool
  ) -> [StatedDuration] {
    var stateTaken = !isSummary
    return found.compactMap { candidate in
      guard candidate.isState else { return candidate.duration }
      defer { stateTaken = true }
      return stateTaken ? nil : candidate.duration
    }
  }

  /// The durations a one-line summary or impact label states ("**Summary:** Search down for 66
  /// minutes …"); `start` is where its value starts.
  static func durations(
    inLabelValue value: String, startingAt start: SourceLocation, sectionTitle: String, isSummary: Bool
  ) -> [StatedDuration] {
    let window = isSummary ? openingWindow(value, startingAt: start, sectionTitle: sectionTitle) : nil
    return (window.map { [$0] } ?? [])
      + keepingFirstState(
        durations(
          in: value, startingAt: start, opensParagraph: true, sectionTitle: sectionTitle, readsStates: isSummary),
        isSummary: isSummary)
  }

  /// The window a summary's first paragraph opens with, read from its first line; a line with
  /// emphasis ("On **2024-02-27** between **03:10** and **04:25 UTC**, …") is read as its plain
  /// text and the window placed back where its first time is written.
  private static func openingWindow(of paragraph: MarkdownNode, sectionTitle: String) -> StatedDuration? {
    let children = paragraph.children
    guard let first = children.first else { return nil }
    // Most summaries open with plain text up to the first line's end: read that in place.
    if case .text(let text) = first.kind, let start = first.range?.start,
      children.count == 1 || children[1].kind == .softBreak || children[1].kind == .lineBreak
    {
      return openingWindow(text, startingAt: start, sectionTitle: sectionTitle)
    }
    guard let line = paragraph.inlineLines().first, line.nodes.count > 1 else { return nil }
    let start = SourceLocation(line: line.line, column: line.column)
    guard var window = openingWindow(line.plainText, startingAt: start, sectionTitle: sectionTitle) else { return nil }
    var offset = window.column - start.column
    if let placed = location(ofScalar: &offset, in: line.nodes) {
      window.line = placed.line
      window.column = placed.column
    }
    return window
  }

  /// Where the scalar at `offset` of the nodes' plain text is written, found by walking their
  /// text leaves; `offset` is counted down as they are passed.
  private static func location(ofScalar offset: inout Int, in nodes: [MarkdownNode]) -> SourceLocation? {
    for node in nodes {
      switch node.kind {
      case .text(let text), .code(let text):
        let count = text.unicodeScalars.count
        // (cmark-gfm starts inline code's range after its backticks, where its text starts.)
        if offset < count, let start = node.range?.start {
          return SourceLocation(line: start.line, column: start.column + offset)
        }
        offset -= count
      default:
        if let found = location(ofScalar: &offset, in: node.children) { return found }
      }
    }
    return nil
  }

  /// The window a summary's first sentence opens with, start and end: "Between 15:45 UTC on 29
  /// October and 00:05 UTC on 30 October 2025, …" (Azure's reviews), "From 09:12 to 10:03 UTC, …",
  /// "On 3 September 2024, between 10:14 and 10:58 UTC, …" (Atlassian's template).
  private static func openingWindow(_ text: String, startingAt start: SourceLocation, sectionTitle: String)
    -> StatedDuration?
  {
    // The window is in the first sentence; the times are read from there only.
    // (An Array of the whole view is one copy; of its prefix, a byte at a time.)
    var bytes = Array(text.utf8)
    if bytes.count > 240 { bytes.removeSubrange(240...) }
    if let stop = firstSentenceEnd(in: bytes) { bytes.removeSubrange(stop...) }
    // No digit, no time: most summaries' first sentences end here.
    guard bytes.contains(where: ASCIIText.isDigit) else { return nil }
    let lowered = bytes.map(ASCIIText.lower)
    // Where a window may start: the sentence's opening "Between" or "From", else after its first
    // " between " or " from " that a span of times follows ("On 3 September 2024, between …",
    // "Checkout failed between 14:05 and 15:10 UTC on March 2").
    var starts: [(offset: Int, within: Bool)] = []
    for opener in windowOpeners where lowered.starts(with: opener) { starts.append((opener.count, false)) }
    // Japanese and Chinese open with the day and the span, no word before them: "2024年4月8日
    // 14:05〜15:10（JST）の約65分間、…".
    if bytes.withUnsafeBufferPointer(CJKLengthReader.mayHoldCJK) { starts.append((0, false)) }
    for opener in windowOpenersWithin {
      var searchFrom = 0
      while let found = UTF8Scan.firstOffset(of: opener, in: lowered, from: searchFrom) {
        searchFrom = found + opener.count
        starts.append((found + opener.count, true))
      }
    }
    var window: (offset: Int, reading: DurationParser.Reading)?
    for start in starts.sorted(by: { $0.offset < $1.offset }) {
      guard start.offset < bytes.count, mayStartWithTime(lowered, at: start.offset) else { continue }
      // "A deploy that ran from 13:00 to 13:05 broke checkout": a step's window, not the incident's.
      if start.within,
        ASCIIText.words(Array(lowered[..<start.offset])).suffix(7).contains(where: { stepWords[$0] != nil })
      {
        continue
      }
      if let reading = DurationParser.parseRange(Substring(String(decoding: bytes[start.offset...], as: UTF8.self))),
        (reading.minutes ?? 0) > 0
      {
        window = (start.offset, reading)
        break
      }
    }
    guard let (offset, reading) = window else { return nil }
    let body = Array(bytes[offset...])
    guard let first = reading.start, let last = reading.end, let minutes = reading.minutes, minutes > 0,
      let firstOffset = UTF8Scan.firstOffset(of: Array(first.raw.utf8), in: body),
      let lastOffset = UTF8Scan.firstOffset(
        of: Array(last.raw.utf8), in: body, from: firstOffset + first.raw.utf8.count)
    else { return nil }
    let column = start.column + String(decoding: bytes[..<(offset + firstOffset)], as: UTF8.self).unicodeScalars.count
    return StatedDuration(
      raw: String(decoding: body[firstOffset..<(lastOffset + last.raw.utf8.count)], as: UTF8.self),
      minutes: minutes, start: first.raw, end: last.raw, source: .prose, sectionTitle: sectionTitle,
      location: SourceLocation(line: start.line, column: column))
  }

  /// Where the first sentence of `bytes` ends: the first ". " that does not follow a day's number
  /// written as German writes it ("Am 5. März 2024 zwischen 14:05 und 15:10 Uhr …"), nor close a
  /// time's "a.m." or "p.m." that the sentence goes on after ("between 9:05 a.m. and 10:20 a.m.
  /// PT, users …").
  static func firstSentenceEnd(in bytes: [UInt8]) -> Int? {
    var from = 0
    while let stop = UTF8Scan.firstOffset(of: sentenceEnd, in: bytes, from: from) {
      from = stop + sentenceEnd.count
      var digits = 0
      while digits < 3, stop - digits - 1 >= 0, ASCIIText.isDigit(bytes[stop - digits - 1]) { digits += 1 }
      let isDay = (1...2).contains(digits) && (stop - digits == 0 || bytes[stop - digits - 1] == 32)
      if isDay || continuesAfterMeridiem(bytes, stop: stop) { continue }
      return stop
    }
    return nil
  }

  /// Whether the full stop at `stop` closes "a.m." or "p.m." and the sentence goes on after it:
  /// with a word in lower case, a number, or a zone's abbreviation ("a.m. PT, …").
  private static func continuesAfterMeridiem(_ bytes: [UInt8], stop: Int) -> Bool {
    guard stop >= 3, bytes[stop - 2] == UInt8(ascii: "."), ASCIIText.lower(bytes[stop - 1]) == UInt8(ascii: "m"),
      [UInt8(ascii: "a"), UInt8(ascii: "p")].contains(ASCIIText.lower(bytes[stop - 3])),
      stop + 2 < bytes.count
    else { return false }
    let next = bytes[stop + 2]
    if ASCIIText.isDigit(next) || (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) { return true }
    let word = bytes[(stop + 2)...].prefix { ASCIIText.isUpper($0) }
    return TimeZoneTable.abbreviations[String(decoding: word, as: UTF8.self)] != nil
  }

  /// How a summary opens with its window, lower case.
  private static let windowOpeners = ["between ", "from "].map { Array($0.utf8) } + otherWindowOpeners
  /// The same openers in the other languages' summaries: "entre las 14:05 y las 15:10", "entre
  /// 14h05 et 15h10", "zwischen 14:05 und 15:10 Uhr", "tra le 14:05 e le 15:10", "tussen 14:05 en 15:10".
  private static let otherWindowOpeners = [
    "entre las ", "entre ", "zwischen ", "tra le ", "tussen ", "von ", "dalle ", "desde las ", "de las ", "das ",
    "van ",
  ].map {
    Array($0.utf8)
  }
  /// Whether the text at `offset` may open with a time: a digit, or a hedge and then one
  /// ("approximately 14:05"); "from the API" is passed over without reading it.
  private static func mayStartWithTime(_ lowered: [UInt8], at offset: Int) -> Bool {
    if ASCIIText.isDigit(lowered[offset]) || lowered[offset] == UInt8(ascii: "~") { return true }
    guard let space = lowered[offset...].firstIndex(of: 32), space + 1 < lowered.count,
      ASCIIText.isDigit(lowered[space + 1])
    else { return false }
    var hedge = lowered[offset..<space]
    if hedge.last == UInt8(ascii: ".") { hedge = hedge.dropLast() }
    return TimeParser.approximateWords.contains(String(decoding: hedge, as: UTF8.self))
  }

  /// Words that make a window in the middle of a sentence a step's or a change's, not the incident's.
  private static let stepWords = ByteWordTable(
    [
      "deploy", "deployed", "deployment", "rollout", "migration", "maintenance", "job", "ran", "run", "running",
      "push", "pushed", "change", "update", "upgrade", "backup", "window", "batch", "release",
    ].map { (Array($0.utf8), true) })

  /// The same words within the first sentence, lower case.
  private static let windowOpenersWithin =
    [" between ", " from "].map { Array($0.utf8) }
    + otherWindowOpeners.map { [32] + $0 }
  /// Where a sentence ends: a full stop and a space.
  private static let sentenceEnd = Array(". ".utf8)

  /// The durations stated by the phrases in one run of text that starts at `start` in the
  /// source (at the start of its paragraph when `opensParagraph`); `next`, the text on the
  /// following line, may hold the amount of a phrase this one ends with. Service states are
  /// looked for only when `readsStates` (in a summary: elsewhere none would be kept).
  private static func durations(
    in text: String, startingAt start: SourceLocation, continuedBy next: (text: String, start: SourceLocation)? = nil,
    precededBy previous: String? = nil, opensParagraph: Bool, sectionTitle: String, readsStates: Bool
  ) -> [(duration: StatedDuration, isState: Bool)] {
    // Nearly every paragraph has none of the phrases: one pass over its bytes, in place, tells.
    let mayOpenWithLength = mayOpenSentenceWithLength(text, opensParagraph: opensParagraph)
    // Japanese, Chinese and Korean write the length against its unit, beside the state.
    var utf8 = text
    let mayHoldCJK = readsStates && utf8.withUTF8(CJKLengthReader.mayHoldCJK)
    guard mayOpenWithLength || mayHoldCJK || mayHoldPhrase(text, states: readsStates) else { return [] }
    let ownCount = text.utf8.count
    let bytes = Array(text.utf8) + (next.map { [32] + Array($0.text.utf8) } ?? [])
    let lowered = bytes.map(ASCIIText.lower)
    var found: [(duration: StatedDuration, isState: Bool)] = []
    /// Where the byte at `offset` stands in the source: on this line, or on the next (after the
    /// space that joined them).
    func location(of offset: Int) -> SourceLocation {
      if let next, offset > ownCount {
        let prefix = String(decoding: bytes[(ownCount + 1)..<offset], as: UTF8.self)
        return SourceLocation(line: next.start.line, column: next.start.column + prefix.unicodeScalars.count)
      }
      let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
      return SourceLocation(line: start.line, column: start.column + prefix.unicodeScalars.count)
    }
    // Lengths written next to a state rather than after a phrase are service states (the first
    // one in the summary counts).
    let lengthsBesideStates =
      !readsStates
      ? []
      : hyphenatedLengths(in: bytes, lowered: lowered, before: ownCount)
        + lengthsBeforeAState(in: bytes, lowered: lowered, before: ownCount)
        + lengthsOfAState(in: bytes, lowered: lowered, before: ownCount)
    for length in lengthsBesideStates
      + (mayHoldCJK
        ? CJKLengthReader.lengths(in: Array(bytes[..<ownCount]), before: ownCount).map {
          ($0.raw, $0.minutes, $0.offset)
        }
        : [])
    {
      let duration = StatedDuration(
        raw: length.raw, minutes: length.minutes, start: nil, end: nil, source: .prose, sectionTitle: sectionTitle,
        location: location(of: length.offset))
      found.append((duration, true))
    }
    let opening = mayOpenWithLength ? openingPhrases : []
    let negated = readsStates && UTF8Scan.firstOffset(of: notWord, in: lowered) != nil ? negatedStates : []
    for (index, phrase) in (opening + phrases + negated).enumerated() where readsStates || !phrase.isState {
      let opensSentence = index < opening.count
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
        if phrase.needsSubject, !namesIncident(lowered[..<offset]) {
          // "The outage" / "lasted 45 minutes": the subject on the line before.
          guard let previous, !lowered[..<offset].contains(UInt8(ascii: ".")),
            namesIncident(openingOfSentence(endingLine: previous) + [32] + lowered[..<offset])
          else { continue }
        }
        if phrase.isState,
          ASCIIText.words(Array(lowered[..<offset])).suffix(4).contains(where: {
            deliberateVerbs[$0] != nil
          })
        {
          continue
        }
        var amountStart = offset + phrase.bytes.count
        // "lasted for 45 minutes"
        if !opensSentence, lowered[amountStart...].starts(with: "for ".utf8) { amountStart += 4 }
        let rest = Substring(String(decoding: bytes[amountStart...], as: UTF8.self))
        // Where the amount starts: on this line, or on the next (after the space that joined them).
        let amount = amountStart + rest.prefix { $0 == " " }.utf8.count
        guard let (minutes, end) = DurationParser.leadingAmount(rest) else {
          // "The impact lasted from 14:05 to 15:10 UTC": the incident's window after the phrase.
          if phrase.needsSubject, let reading = DurationParser.parseRange(rest), let first = reading.start,
            let last = reading.end, let minutes = reading.minutes, minutes > 0,
            let firstRange = rest.range(of: first.raw),
            let lastRange = rest[firstRange.upperBound...].range(of: last.raw)
          {
            let windowStart = amountStart + rest.utf8.distance(from: rest.startIndex, to: firstRange.lowerBound)
            found.append(
              (
                StatedDuration(
                  raw: String(rest[firstRange.lowerBound..<lastRange.upperBound]), minutes: minutes, start: first.raw,
                  end: last.raw, source: .prose, sectionTitle: sectionTitle, location: location(of: windowStart)),
                false
              ))
          }
          continue
        }
        if opensSentence {
          let after = Array(rest[end...].utf8.prefix(9)).map(ASCIIText.lower)
          // German and Dutch put the verb straight after the length ("Für 38 Minuten schlugen
          // Zahlungen fehl"), with no comma.
          let verbFollows = verbSecondOpenings.contains(phrase.bytes) && after.first == UInt8(ascii: " ")
          guard after.first == UInt8(ascii: ",") || verbFollows || openingLengthFollowers.contains(where: after.starts)
          else {
            continue
          }
        }
        let raw = String(rest[..<end]).trimmingWhitespace()
        let duration = StatedDuration(
          raw: raw, minutes: minutes, start: nil, end: nil, source: .prose, sectionTitle: sectionTitle,
          location: location(of: amount))
        found.append((duration, phrase.isState))
      }
    }
    for length in readsStates ? usersExperience(in: bytes, lowered: lowered, before: ownCount, after: previous) : [] {
      found.append(
        (
          StatedDuration(
            raw: length.raw, minutes: length.minutes, start: nil, end: nil, source: .prose, sectionTitle: sectionTitle,
            location: location(of: length.offset)), true
        ))
    }
    // A phrase and the users' sentence may both lead to one length ("Customers were impacted for …").
    return firstAtEachPlace(found).sorted {
      $0.duration.line < $1.duration.line
        || $0.duration.line == $1.duration.line && $0.duration.column < $1.duration.column
    }
  }

  /// Whether `text` holds "or a " (of "for a duration of", "for a total of", "for a period of"),
  /// "asted" or "asting" (of "lasted", "lasting"), "uration: " (of "(duration: "), or, with
  /// `states`, " for " (of "down for" and the other states), the other languages' states, or a
  /// hyphenated length:
  /// libc's vectorised `strstr` looks, in place (cmark-gfm has replaced any NUL in the text, so the
  /// C string is all of it). One pass of Swift over the bytes for every pattern at once cost twice
  /// as much as these passes.
  private static func mayHoldPhrase(_ text: String, states: Bool) -> Bool {
    text.withCString { haystack in
      strstr(haystack, "or a ") != nil || strstr(haystack, "asted") != nil || strstr(haystack, "asting") != nil
        || strstr(haystack, "uration: ") != nil || strstr(haystack, "owntime ") != nil
        || strstr(haystack, "ption of ") != nil || strstr(haystack, "utage of ") != nil
        // The rest name service states, kept only in a summary.
        || states && mayHoldState(haystack)
    }
  }

  /// Whether the C string `haystack` may hold a service state with its length.
  private static func mayHoldState(_ haystack: UnsafePointer<CChar>) -> Bool {
    strstr(haystack, " for ") != nil || holdsHyphenatedUnit(haystack)
      // A length before what went wrong: "23 minutes of write errors", "2 hours of downtime".
      || strstr(haystack, "utes of ") != nil || strstr(haystack, "ours of ") != nil
      // The other languages' states: "disponible" and "indisponível" (French, Spanish,
      // Portuguese), "hors service", "fora do ar"; German and Dutch after the length:
      // "erreichbar", "verfügbar", "beschikbaar", "ausgefallen", "gestört".
      || strstr(haystack, "dispon") != nil || strstr(haystack, "rs service") != nil
      || strstr(haystack, "fora do ar") != nil || strstr(haystack, "bar") != nil || strstr(haystack, "baar") != nil
      || strstr(haystack, "gefallen") != nil || strstr(haystack, "gestört") != nil
      // "fallaron durante", "ont échoué pendant", "45 Minuten lang aus".
      || strstr(haystack, "durante ") != nil || strstr(haystack, "pendant ") != nil
      || strstr(haystack, " lang ") != nil
  }

  /// Whether a hyphen in the C string `text` joins a number to a unit ("45-minute", "3-hour",
  /// "2-day"): one pass from hyphen to hyphen, in place.
  private static func holdsHyphenatedUnit(_ text: UnsafePointer<CChar>) -> Bool {
    var cursor = text
    while let hyphen = strchr(cursor, 45) {
      let next = UInt8(bitPattern: hyphen[1])
      if next == UInt8(ascii: "m") || next == UInt8(ascii: "h") || next == UInt8(ascii: "d"),
        hyphen > text, ASCIIText.isDigit(UInt8(bitPattern: hyphen[-1]))
      {
        return true
      }
      cursor = UnsafePointer(hyphen + 1)
    }
    return false
  }

  /// Whether a sentence of `text` may open with "For ": the text itself, when it opens its
  /// paragraph, or one after a full stop.
  private static func mayOpenSentenceWithLength(_ text: String, opensParagraph: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      func opensWithWord(_ offset: Int) -> Bool {
        let rest = bytes[offset...]
        return openingWords.contains { rest.starts(with: $0) }
      }
      if opensParagraph, opensWithWord(0) { return true }
      // Each sentence's end: sentences are few, and each is judged in place.
      var from = 0
      while let stop = UTF8Scan.nextSentenceStop(in: bytes, from: from) {
        from = stop + 1
        if stop + 2 < bytes.count, openingInitials.contains(bytes[stop + 2]), opensWithWord(stop + 2) { return true }
      }
      return false
    }
  }

  /// Whether one of the last six words before a phrase names the incident ("The outage lasted").
  private static func namesIncident(_ before: ArraySlice<UInt8>) -> Bool {
    let words = ASCIIText.words(Array(before))
    if words.suffix(6).contains(where: { subjects[$0] != nil }) { return true }
    // "We had a server outage on June 28, 2023 (11:25 AM), which lasted …": the clause's subject
    // stands further back in the sentence.
    guard let last = words.last, last.elementsEqual("which".utf8) || last.elementsEqual("that".utf8) else {
      return false
    }
    return words.dropLast().suffix(24).contains { subjects[$0] != nil }
  }
}
