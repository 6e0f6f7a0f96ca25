#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the timeline section in all the shapes real postmortems use: bullet lists, tables with a
/// time column, Google SRE date lines or date sub-headings with `HH:MM` lines under them, one
/// heading per time, bold timestamp paragraphs, and nested date bullets.
///
/// Entries are collected in document order first, then resolved: each time gets a date (its own,
/// the nearest date heading or line, or the document date, moved past midnight where the clock
/// went backwards by half a day or more) and a zone (its own, the section's, or the metadata's).
struct TimelineParser {
  /// An entry as collected, before dates and zones are resolved.
  private struct Candidate {
    var expression: TimeExpression?
    var time: String
    var text: String
    var location: SourceLocation
    /// A date from the surrounding structure (heading, date line, date bullet, table column).
    var contextDate: CalendarDate?
    /// Increases whenever the surrounding date context changes, so rollover restarts.
    var contextID: Int
    var contextZone: TimeZoneTable.Match?
    /// Whether the entry's time is a span of whole days (`TimelineEntry.Status.days`).
    var spansDays = false
  }

  let documentDate: CalendarDate?
  let metadataZone: TextField?
  let milestones: MilestoneDetector

  private var candidates: [Candidate] = []
  /// How many candidates hold a time that could not be read: most timelines have none, and the
  /// search for dotted clocks is only made when two could be.
  private var unrecognizedTimes = 0
  private var declaration: TimeZoneDeclaration?
  private var contextDate: CalendarDate?
  private var contextZone: TimeZoneTable.Match?
  private var contextID = 0
  /// A `### 14:05` heading waiting for the paragraph that describes it.
  private var pendingHeadingEntry: Int?
  /// Whether the pending entry's text is a step's name from its heading, which what the step
  /// did follows after a dash ("Root cause analysis — Decoded the token").
  private var pendingIsNamedStep = false
  /// The table just read, whose rows a paragraph straight after it may go on with.
  private var tableBefore: MarkdownNode?
  /// When T+0 was, for timelines written in relative times ("Times are relative to the page at
  /// 2024-07-18 16:02 UTC (T+0)").
  private var relativeAnchor: TimeExpression?
  /// Short notes that may give the incident's start ("Incident start 15:00."), with the day they
  /// were written under: T+0 for entries written in relative times when nothing says otherwise.
  /// Read only then, as most timelines have no relative times.
  private var startNoteCandidates: [(text: String, day: CalendarDate?)] = []

  /// Whether the document writes its numeric dates day first (asked only when a date such as
  /// `12/03/2023` could be read either way).
  var writesDayFirst: () -> Bool = { false }

  /// Where `metadataZone` was found: a metadata field, or the summary's opening.
  var metadataZoneSource = TimeZoneDeclaration.Source.metadata
  /// Whether the zone only the first entry names holds for the bare times after it; asked for
  /// when nothing else in the document names a zone.
  var firstEntryZoneHolds = false
  /// Whether the section was found by its story (`PostmortemParser.proseTimelineSection`): its
  /// paragraphs are read as prose even beside lists.
  var readsStory = false
  /// Whether the section holds no list or table: a timeline told in paragraphs.
  private var isProse = false
  /// Whether the list being read writes its times as four digits with no zone letter ("0905: deploy").
  private var writesMilitaryClock = false

  init(documentDate: CalendarDate?, metadataZone: TextField?, milestones: MilestoneDetector = MilestoneDetector()) {
    self.documentDate = documentDate
    self.metadataZone = metadataZone
    self.milestones = milestones
  }

  /// `date` as read from `raw`, or its day-first reading in a document that writes dates so.
  private func ordered(_ date: CalendarDate?, writtenAs raw: String) -> CalendarDate? {
    guard date != nil, let reading = DateParser.dayFirstReading(of: raw), writesDayFirst() else { return date }
    return reading
  }

  /// Reads the timeline of the section `entry` in `outline`, and of `continuations`: the sections
  /// that carry it on, a day each ("## Timeline — March 4 (UTC)" after "## Timeline — March 3
  /// (UTC)"), whose headings date the entries under them.
  mutating func parse(
    _ entry: DocumentOutline.Entry, continuations: [DocumentOutline.Entry] = [], in outline: DocumentOutline
  ) -> Timeline {
    let heading = outline.blocks[entry.headingIndex]
    let headingLocation = heading.range?.start ?? SourceLocation(line: entry.section.line, column: 1)
    let entries = [entry] + continuations
    isProse = !entries.contains { entry in
      entry.body.contains { index in
        switch outline.blocks[index].kind {
        case .list, .table: true
        default: false
        }
      }
    }
    for (position, entry) in entries.enumerated() {
      let location =
        outline.blocks[entry.headingIndex].range?.start ?? SourceLocation(line: entry.section.line, column: 1)
      if !continuations.isEmpty, let day = dayNamed(inHeading: entry.section.title) {
        startDateContext(day)
      } else if position > 0 {
        startDateContext(nil)
      }
      noteZone(in: entry.section.title, source: .heading, location: location, requireTimeWord: false)
      if position == 0 { noteRelativeAnchor(in: entry.section.title) }
      for index in entry.body {
        let block = outline.blocks[index]
        // A list of the incident's facts over its entries ("- **Start:** …", "- **Duration:** …")
        // states the document's details (read there), not entries.
        if TimelineFactLabel.isFactList(block, before: outline.blocks[(index + 1)..<entry.body.upperBound]) {
          continue
        }
        read(block: block)
      }
    }
    if candidates.isEmpty {
      // A timeline written only as a code block ("14:05  deploy starts" lines in a fence) is read
      // line by line; beside entries of its own, a code block is a pasted log and stays out.
      for entry in entries {
        for index in entry.body {
          if case .codeBlock(_, let literal, let fenced) = outline.blocks[index].kind {
            readCodeLines(literal, of: outline.blocks[index], fenced: fenced)
          }
        }
      }
    }
    return finish(title: entry.section.title, location: headingLocation)
  }

  /// Whether the heading `title` names a day somewhere in it ("Timeline — March 4 (UTC)", "Day 2
  /// timeline", "Chronologie du 2026-05-19"): a section that carries a timeline on to that day.
  static func headingNamesDay(_ title: String) -> Bool {
    dayExpression(inHeading: title) != nil
  }

  /// The first day `title` names, tried from each of its words on.
  private static func dayExpression(inHeading title: String) -> TimeExpression? {
    // Every way of naming a day has a digit in it.
    guard title.utf8.count <= 80, title.utf8.contains(where: ASCIIText.isDigit) else { return nil }
    // A day without its year is read only where nothing follows it ("March 4", not "March 4
    // (UTC)"): the words from each one on are tried, the longest run first.
    let words = title.split(whereSeparator: \.isWhitespace)
    let marks: Set<Character> = ["(", ")", "[", "]", ",", ":", ";", "—", "–", "-", "*", "_"]
    for start in words.indices {
      for end in stride(from: min(start + 4, words.count), to: start, by: -1) {
        let run = title[words[start].startIndex..<words[end - 1].endIndex]
        let trimmed = run.drop { marks.contains($0) }.reversed().drop { marks.contains($0) }.reversed()
        guard !trimmed.isEmpty, let expression = TimeParser.scan(String(trimmed)), !expression.isTimed,
          expression.date != nil || expression.monthDay != nil || expression.dayNumber != nil
        else { continue }
        return expression
      }
    }
    return nil
  }

  /// The day the heading `title` names, placed as a date line's is (a day without its year in the
  /// year of the date in force, "Day 2" from the document's date).
  private func dayNamed(inHeading title: String) -> CalendarDate? {
    guard var expression = TimelineParser.dayExpression(inHeading: title) else { return nil }
    if let day = expression.dayNumber { return documentDate?.adding(days: day - 1) }
    expression.date = expression.date ?? expression.date(near: contextDate ?? documentDate)
    return expression.date
  }

  /// Reads a timeline kept as lines outside the Markdown (front matter's `timeline:` list), each
  /// a time and its event ("2024-02-29T08:07:00Z Alerts fire") placed where it is written.
  mutating func parse(lines: [(text: String, location: SourceLocation)], title: String, location: SourceLocation)
    -> Timeline
  {
    for line in lines {
      guard let expression = scanTime(line.text), expression.isTimed || expression.isUnrecognized else { continue }
      add(expression, fullText: line.text, location: line.location)
    }
    return finish(title: title, location: location)
  }

  /// The timeline of the entries read so far: relative times placed, zones resolved, and kept
  /// oldest first.
  private mutating func finish(title: String, location: SourceLocation) -> Timeline {
    placeRelativeTimes()
    var timeline = Timeline(title: title, location: location, timezone: nil, entries: [])
    timeline.timezone = effectiveDeclaration()
    timeline.entries = resolve(zone: timeline.timezone)
    if TimelineParser.runsNewestFirst(timeline.entries) {
      timeline.entries.reverse()
      timeline.newestFirst = true
    }
    return timeline
  }

  /// Whether the timed entries go back in time from first to last: at least three, each at or
  /// before the one above it, and most steps (at least two) going back. One entry out of place,
  /// or a run of entries at the same time, is not that.
  static func runsNewestFirst(_ entries: [TimelineEntry]) -> Bool {
    // Indices, not a filtered copy of every entry.
    let timed = entries.indices.filter { entries[$0].timeOfDay != nil }
    guard timed.count >= 3 else { return false }
    let exact = timed.allSatisfy { entries[$0].epochSeconds != nil }
    let dated = timed.allSatisfy { entries[$0].date != nil }
    func key(_ index: Int) -> Int {
      if exact { return entries[index].epochSeconds! }
      let seconds = entries[index].timeOfDay!.secondsSinceMidnight
      return dated ? entries[index].date!.daysSinceEpoch * 86_400 + seconds : seconds
    }
    var back = 0
    var previous = key(timed[0])
    for index in timed.dropFirst() {
      let current = key(index)
      if current > previous { return false }
      if current < previous { back += 1 }
      previous = current
    }
    return back >= 2 && back * 2 >= timed.count - 1
  }

  // MARK: - Collecting

  /// Reads the time at the start of `text`; a date written without its year takes the year that
  /// puts it nearest the date in force (the date line or heading above, else the document's).
  private func scanTime(_ text: String, closingCell: Bool = false) -> TimeExpression? {
    guard var expression = TimeParser.scan(text, allowingRange: true, closingCell: closingCell) else { return nil }
    if let day = expression.dayNumber {
      // "Day 2" counts from the document's date, whatever day the lines above were on.
      expression.date = documentDate?.adding(days: day - 1)
    } else {
      expression.date =
        ordered(expression.date, writtenAs: expression.raw) ?? expression.date(near: contextDate ?? documentDate)
    }
    return expression
  }

  /// Whether `expression` names a day (a date, a broken date, or "Day 2") that later times fall on.
  private func namesDay(_ expression: TimeExpression) -> Bool {
    expression.date != nil || expression.dateIsInvalid || expression.dayNumber != nil
  }

  private mutating func read(block: MarkdownNode) {
    // Moved out, not copied: this runs for every block of every timeline.
    let table = tableBefore.take()
    switch block.kind {
    case .heading:
      readHeading(block)
    case .paragraph:
      // The rest of a table that a wrapped row broke off; a table Markdown did not read as one
      // (its delimiter row forgotten, or pandoc's grid table).
      if let table, let rest = UnreadTable.continuation(of: table, in: block) {
        readTable(rest)
      } else if let table = UnreadTable.table(from: block) {
        readTable(table)
      } else if readsStory || isProse, pendingHeadingEntry == nil, TimelineParser.tellsStory(block) {
        // (A paragraph under a time heading says what happened then: read as such below.)
        readStory(block)
      } else {
        readParagraph(block)
      }
    case .list:
      // A time alone (a heading, a bold line: "**14:05Z**") with bullets under it that carry no
      // times of their own: the bullets say what happened then.
      if let pending = pendingHeadingEntry, !block.children.contains(where: childStartsWithTime) {
        let written = candidates[pending].text
        let listed = TimelineParser.itemTexts(of: [block])
        candidates[pending].text = written.isEmpty ? listed : written + takeStepSeparator() + listed
        pendingHeadingEntry = nil
        return
      }
      writesMilitaryClock = TimelineParser.writesMilitaryClock(block)
      for item in block.children { readItem(item, depth: 0) }
      writesMilitaryClock = false
    case .table:
      readTable(block)
      tableBefore = block
    case .blockQuote:
      for child in block.children { read(block: child) }
    case .htmlBlock(let html):
      // A collapsed timeline's caption names its zone as a heading would: "<details>" /
      // "<summary>Full timeline (CEST)</summary>".
      guard let start = block.range?.start else { break }
      // Where a text found at `line` (from the block's first) and `column` (from 0) stands.
      func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(line: start.line + line, column: line == 0 ? start.column + column : column + 1)
      }
      if let caption = TimelineParser.summaryCaption(in: html) {
        noteZone(
          in: caption.text, source: .note, location: location(caption.line, caption.column), requireTimeWord: false)
      } else {
        // A callout a wiki export wraps in a tag ("<aside>" / "📆 All timestamps in UTC" /
        // "</aside>") notes the zone as a paragraph would.
        for note in TimelineParser.noteLines(in: html) {
          if noteZone(in: note.text, source: .note, location: location(note.line, note.column), requireTimeWord: true) {
            break
          }
        }
      }
    case .codeBlock(_, let literal, false) where TimelineParser.isIndentedEntries(literal):
      // Entries indented with a tab or four spaces under a date line ("01-10-2024" over
      // "\t7:32 PM - The chain stalled"): Markdown makes them code, the author meant a list.
      readCodeLines(literal, of: block, fenced: false)
    default:
      // Fenced code blocks hold pasted chat logs whose times are not timeline entries.
      break
    }
  }

  /// Whether a dash or a colon parts the date `raw` that opens `text` from the words after it.
  private static func separatesEvent(_ text: String, after raw: String) -> Bool {
    guard text.hasPrefix(raw) else { return false }
    let between = text.dropFirst(raw.count).prefix { !$0.isLetter && !$0.isNumber }
    return between.contains { "-–—:".contains($0) } && between.count < text.count - raw.count
  }

  /// Whether every line of an indented code block's `literal` opens with a time.
  private static func isIndentedEntries(_ literal: String) -> Bool {
    let lines = literal.split(separator: "\n")
    return !lines.isEmpty
      && lines.allSatisfy { line in
        let text = line.trimmingWhitespace()
        return text.isEmpty || TimeParser.scan(text)?.isTimed == true
      }
  }

  private mutating func readHeading(_ heading: MarkdownNode) {
    pendingHeadingEntry = nil
    pendingIsNamedStep = false
    let text = heading.plainText().trimmingWhitespace()
    let location = heading.children.first?.range?.start ?? heading.range?.start ?? SourceLocation(line: 1, column: 1)
    guard let expression = scanTime(text) else {
      // "### 1. Initial issues reported (2025-11-12 12:00)": a step of the timeline, its time
      // (or span) in brackets closing it.
      if let (time, event) = timeClosing(heading: text) {
        add(time, fullText: text, location: location, text: event)
        // What the step did follows, in bullets or sentences with no time of their own.
        pendingHeadingEntry = candidates.count - 1
        pendingIsNamedStep = true
        return
      }
      noteZone(in: text, source: .heading, location: location, requireTimeWord: false)
      return
    }
    if expression.isTimed {
      // One heading per time: the description follows as a paragraph.
      add(expression, fullText: text, location: location)
      pendingHeadingEntry = candidates.count - 1
    } else if namesDay(expression) {
      startDateContext(expression.date)
      noteZone(in: String(expression.rest), source: .heading, location: location, requireTimeWord: false)
    } else {
      add(expression, fullText: text, location: location)
    }
  }

  /// What joins the pending entry's text to the next words told under it: a dash after a step's
  /// name, the first time; a space between the lines of one telling.
  private mutating func takeStepSeparator() -> String {
    defer { pendingIsNamedStep = false }
    return pendingIsNamedStep ? " — " : " "
  }

  /// The time or span in the brackets that close `heading` and the step it names, its numbering
  /// dropped: "2. Root cause analysis (12:00-12:30)".
  private func timeClosing(heading: String) -> (TimeExpression, String)? {
    guard let step = TimelineParser.stepClosedByTime(heading), var expression = scanTime(step.time) else {
      return nil
    }
    expression.rest = ""
    return (expression, step.name)
  }

  /// A heading that names a step of the timeline and closes with its time or span in brackets
  /// ("2. Root cause analysis (12:00-12:30)"): the time as written and the step, its numbering
  /// dropped; nil for any other heading. The outline asks it too, so that such a heading is an
  /// entry rather than the section its words name.
  static func stepClosedByTime(_ heading: String) -> (time: String, name: String)? {
    guard heading.utf8.last == UInt8(ascii: ")"), heading.utf8.count <= 200,
      let open = heading.lastIndex(of: "("), open > heading.startIndex
    else { return nil }
    let inner = String(heading[heading.index(after: open)..<heading.index(before: heading.endIndex)])
    guard inner.first.map({ $0.isNumber }) == true, let expression = TimeParser.scan(inner, allowingRange: true),
      expression.isTimed, expression.rest.trimmingWhitespace().isEmpty
    else { return nil }
    var name = heading[..<open]
    let digits = name.prefix(while: { $0.isASCII && $0.isNumber })
    if !digits.isEmpty, let mark = name.dropFirst(digits.count).first, mark == "." || mark == ")" {
      name = name.dropFirst(digits.count + 1)
    }
    let step = name.trimmingWhitespace()
    return step.isEmpty ? nil : (inner, step)
  }

  private mutating func readParagraph(_ paragraph: MarkdownNode) {
    // Lines of this paragraph no time has claimed: a status page's update writes its text first
    // and its time alone on the line under it ("**Resolved** - …" / "Mar 2, 2024 - 15:40 UTC").
    var unclaimed: [String] = []
    // The entry the line above ended in, whose sentence a wrapped line may go on with ("At 11:05
    // the on-call engineer" / "was paged. By 12:30 …").
    var lastEntry: Int?
    for line in paragraph.inlineLines() {
      var lineText = line.plainText.trimmingWhitespace()
      var column = line.column
      // A bullet Markdown did not read as one: Google Docs' export escapes it ("\- 09:10 \- …").
      if let marker = TextBullet.length(in: lineText, numbered: false),
        lineText.utf8.dropFirst(marker).first.map(ASCIIText.isDigit) == true
      {
        let bullet = lineText.utf8.prefix(marker)
        // An ASCII bullet here was escaped, or Markdown would have read a list: its backslash
        // stands before it in the source.
        column += bullet.count(where: { $0 & 0xC0 != 0x80 }) + (bullet.first.map { $0 < 0x80 } == true ? 1 : 0)
        lineText = String(lineText.utf8.dropFirst(marker)) ?? lineText
      }
      guard !lineText.isEmpty else { continue }
      for (index, (text, column)) in TimelineParser.sentencesOpeningWithTimes(lineText, column: column)
        .enumerated()
      {
        let entriesBefore = candidates.count
        readParagraphLine(text, at: SourceLocation(line: line.line, column: column), unclaimed: &unclaimed)
        if candidates.count > entriesBefore {
          lastEntry = candidates.count - 1
        } else if index == 0, let last = lastEntry, unclaimed.last == text,
          let end = candidates[last].text.last, !".!?".contains(end)
        {
          unclaimed.removeLast()
          candidates[last].text += " " + text
        }
      }
    }
  }

  /// A time written as four digits with no zone letter at the start of `text`, then a colon or a
  /// dash ("0905: deploy begins", "1412 - alert fires"); read only in a list that writes its times
  /// so (`writesMilitaryClock`), since a year opens lines the same way.
  static func militaryTime(_ text: String) -> TimeExpression? {
    // Most lines do not open with four digits: told before anything is copied.
    var digits = 0
    for byte in text.utf8 {
      guard digits < 5, ASCIIText.isDigit(byte) else { break }
      digits += 1
    }
    guard digits == 4 else { return nil }
    let bytes = Array(text.utf8.prefix(12))
    guard bytes.count >= 5 else { return nil }
    let value = bytes[..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
    guard let time = TimeOfDay(hour: value / 100, minute: value % 100) else { return nil }
    var index = 4
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    // ":" "-" "|", or the first byte of "–" and "—".
    guard index < bytes.count,
      bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "|")
        || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94))
    else { return nil }
    // "0905:30" is no time of this kind, nor "2024-05-14" a date of it.
    if index + 1 < bytes.count, ASCIIText.isDigit(bytes[index + 1]) { return nil }
    let separatorEnd = index + (bytes[index] == 0xE2 ? 3 : 1)
    let rest = text.utf8.dropFirst(separatorEnd)
    var expression = TimeExpression(
      raw: String(decoding: bytes[..<4], as: UTF8.self), rest: Substring(rest).drop { $0 == " " })
    expression.time = time
    return expression
  }

  /// Whether at least two of the list's items, and half of them, open with `militaryTime`, one of
  /// those outside 1900–2099 (a list of years reads as times of day otherwise).
  private static func writesMilitaryClock(_ list: MarkdownNode) -> Bool {
    var found = 0
    var notAYear = false
    for item in list.children {
      guard let paragraph = item.children.first, case .paragraph = paragraph.kind,
        case .text(let text) = paragraph.children.first?.kind, let first = text.utf8.first, ASCIIText.isDigit(first),
        let expression = militaryTime(text), let time = expression.time
      else { continue }
      found += 1
      let value = time.hour * 100 + time.minute
      if !(1900...2099).contains(value) { notAYear = true }
    }
    return found >= 2 && found * 2 >= list.children.count && notAYear
  }

  /// Whether a paragraph tells events as prose: it leads a time with "at", "by", "around" or
  /// "about", opening a sentence or inside one ("At 14:02 UTC a change was deployed.", "We were
  /// paged at 14:09.").
  private static func tellsStory(_ paragraph: MarkdownNode) -> Bool {
    storyMomentCount(in: paragraph, upTo: 1) >= 1
  }

  /// How many sentences of a paragraph lead their time with "At", "By", "Around" or "About" ("At
  /// 10:47 PM …", "By 12:30 …"), counted no further than `limit`; lines that start with a bare time
  /// are notes, or a status page's updates, not a story's.
  static func storySentenceCount(in paragraph: MarkdownNode, upTo limit: Int) -> Int {
    var count = 0
    for line in paragraph.inlineLines() {
      let text = line.plainText
      // Most paragraphs hold no time at all: no digit, no sentence to scan.
      guard text.utf8.contains(where: ASCIIText.isDigit) else { continue }
      for (sentence, _) in sentencesOpeningWithTimes(text.trimmingWhitespace(), column: line.column)
      where opensWithTimeWord(sentence) && TimeParser.scan(sentence)?.time != nil {
        count += 1
        if count >= limit { return count }
      }
    }
    return count
  }

  /// How many moments a paragraph's story tells, counted no further than `limit`: the times led
  /// by "at", "by", "around" or "about", opening a sentence or inside one ("The on-call engineer
  /// was paged at 3:22 AM and restarted the fleet at 3:58 AM.": two), as `readStory` reads them.
  static func storyMomentCount(in paragraph: MarkdownNode, upTo limit: Int) -> Int {
    // The lines joined as `readStory` joins them (a sentence wraps), after a space: the first
    // sentence's "At" is found as a later sentence's is.
    var bytes: [UInt8] = [UInt8(ascii: " ")]
    for line in paragraph.inlineLines() {
      bytes += line.plainText.trimmingWhitespace().utf8
      bytes.append(UInt8(ascii: " "))
    }
    guard bytes.contains(where: ASCIIText.isDigit) else { return 0 }
    return clauseTimes(in: bytes, limit: limit).count
  }

  /// A paragraph of a timeline told as prose, read as one text since its sentences wrap across
  /// lines: a sentence opening with its time is an entry ("At 14:35 we found the cause."), and so
  /// is each clause holding one after "at", "by", "around" or "about" ("The rollback completed at
  /// 15:20 and error rates were normal by 15:47."); a sentence with no time goes on with the entry
  /// before it.
  private mutating func readStory(_ paragraph: MarkdownNode) {
    var bytes: [UInt8] = []
    var lineStarts: [(offset: Int, line: Int, column: Int)] = []
    // A line that opens with a time starts an entry, whatever the line before ended with, unless
    // that line ended with the word leading the time ("The rollback completed at" / "14:47 and…").
    var timedLineStarts: [Int] = []
    for line in paragraph.inlineLines() {
      let text = line.plainText.trimmingWhitespace()
      guard !text.isEmpty else { continue }
      let goesOn = TimelineParser.endsWithClauseTimeWord(bytes)
      if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
      lineStarts.append((bytes.count, line.line, line.column))
      // So does a line that opens with what happened and then says when ("Detected at Nov 1, 2022
      // 6:00 AM" / "Resolved at 7:10 AM by …"): a capital, where a wrapped sentence goes on in
      // lower case.
      if !bytes.isEmpty, !goesOn,
        scanTime(text)?.isTimed == true
          || (text.utf8.first.map(ASCIIText.isUpper) == true && TimeParser.scanAfterLead(text) != nil)
      {
        timedLineStarts.append(bytes.count)
      }
      bytes += text.utf8
    }
    func location(_ offset: Int) -> SourceLocation {
      let start = lineStarts.last { $0.offset <= offset } ?? lineStarts[0]
      let scalars = bytes[start.offset..<offset].count { $0 & 0xC0 != 0x80 }
      return SourceLocation(line: start.line, column: start.column + scalars)
    }
    var lastEntry: Int?
    for sentence in TimelineParser.sentences(in: bytes, cuttingAt: timedLineStarts) {
      let text = String(decoding: bytes[sentence], as: UTF8.self)
      for (piece, column) in TimelineParser.sentencesOpeningWithTimes(text, column: 0) {
        // (`column` counts scalars into the sentence; the piece starts at that many scalars in.)
        var offset = sentence.lowerBound
        var skipped = 0
        while skipped < column, offset < sentence.upperBound {
          offset += 1
          if offset == sentence.upperBound || bytes[offset] & 0xC0 != 0x80 { skipped += 1 }
        }
        if let expression = scanTime(piece), expression.isTimed {
          add(expression, fullText: piece, location: location(offset))
          lastEntry = candidates.count - 1
          continue
        }
        let clauses = TimelineParser.timedClauses(in: Array(piece.utf8))
        if clauses.isEmpty {
          if noteZone(in: piece, source: .note, location: location(offset), requireTimeWord: true) {
            continue
          }
          // "Detected at Nov 1, 2022 6:00 AM": a time after "at" that a clause does not read (it
          // opens with the month's name).
          if let (led, event) = TimeParser.scanAfterLead(piece) {
            add(led, fullText: piece, location: location(offset), text: event)
            lastEntry = candidates.count - 1
            continue
          }
          if let last = lastEntry { candidates[last].text += " " + piece }
          continue
        }
        let pieceBytes = Array(piece.utf8)
        // Where the clause before ended in this piece: a clause joined back to it keeps the words between.
        var previousEnd: Int?
        for clause in clauses {
          defer { previousEnd = clause.range.upperBound }
          guard let expression = scanTime(String(decoding: pieceBytes[clause.time...], as: UTF8.self)) else { continue }
          let clauseText = String(decoding: pieceBytes[clause.range], as: UTF8.self)
          // A time inside a sentence that goes back from the entry before ("…, but the deploy had
          // started at 13:58") recalls an earlier moment: it goes on with that entry.
          if let last = lastEntry, let before = candidates[last].expression?.time, let time = expression.time,
            case let back = before.secondsSinceMidnight - time.secondsSinceMidnight, back > 0, back < 12 * 3600
          {
            let joiner = previousEnd.map { String(decoding: pieceBytes[$0..<clause.range.lowerBound], as: UTF8.self) }
            candidates[last].text += (joiner ?? " ") + clauseText
            continue
          }
          add(expression, fullText: clauseText, location: location(offset + clause.range.lowerBound), text: clauseText)
          lastEntry = candidates.count - 1
        }
      }
    }
  }

  /// The sentences of `bytes`: cut after ". ", "! " or "? " where a capital opens the next, and
  /// at each offset of `cuts` (where a line opening with a time starts).
  private static func sentences(in bytes: [UInt8], cuttingAt cuts: [Int]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    var nextCut = 0
    while index + 2 < bytes.count {
      while nextCut < cuts.count, cuts[nextCut] <= index {
        let cut = cuts[nextCut]
        nextCut += 1
        guard cut > start else { continue }
        // The space that joined the lines stays out of both.
        if start < cut - 1 { ranges.append(start..<(cut - 1)) }
        start = cut
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
        bytes[index + 1] == UInt8(ascii: " "), ASCIIText.isUpper(bytes[index + 2])
      {
        ranges.append(start..<(index + 1))
        start = index + 2
        index = start
        continue
      }
      index += 1
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
    return ranges
  }

  /// Words that lead a time inside a sentence ("completed at 15:20", "normal by 15:47").
  private static let clauseTimeWords = ["at", "by", "around", "about"].map { Array($0.utf8) }

  /// Whether `bytes` end with one of `clauseTimeWords`, the time it leads wrapped onto the next line.
  private static func endsWithClauseTimeWord(_ bytes: [UInt8]) -> Bool {
    clauseTimeWords.contains { word in
      bytes.count > word.count && bytes[bytes.count - word.count - 1] == UInt8(ascii: " ")
        && bytes.suffix(word.count).lazy.map(ASCIIText.lower).elementsEqual(word)
    }
  }

  /// Where the times after one of `clauseTimeWords` start in `bytes`, in order; a hedge between
  /// the word and the time starts it ("at approximately 3:15", "at approx. 3:15"); no more than `limit`.
  private static func clauseTimes(in bytes: [UInt8], limit: Int = .max) -> [Int] {
    // From each number that follows a space back to the words before it: a paragraph holds few
    // numbers, and most of its words lead none.
    var times: [Int] = []
    var index = 1
    while index < bytes.count {
      guard ASCIIText.isDigit(bytes[index]), bytes[index - 1] == UInt8(ascii: " ") else {
        index += 1
        continue
      }
      var start = index
      var word = wordBefore(bytes, space: index - 1)
      if let hedge = word, !isClauseTimeWord(bytes[hedge]), hedge.lowerBound >= 2,
        bytes[hedge.lowerBound - 1] == UInt8(ascii: " "),
        TimeParser.approximateWords.contains(
          String(decoding: bytes[hedge].lazy.filter { $0 != UInt8(ascii: ".") }.map(ASCIIText.lower), as: UTF8.self))
      {
        start = hedge.lowerBound
        word = wordBefore(bytes, space: hedge.lowerBound - 1)
      }
      if let word, word.lowerBound >= 1, bytes[word.lowerBound - 1] == UInt8(ascii: " "), isClauseTimeWord(bytes[word]),
        let expression = TimeParser.scan(String(decoding: bytes[start...], as: UTF8.self)), expression.isTimed
      {
        times.append(start)
        if times.count >= limit { break }
      }
      while index < bytes.count, ASCIIText.isDigit(bytes[index]) { index += 1 }
    }
    return times
  }

  /// The word (letters, and a full stop after them) that ends just before the space at `space`.
  private static func wordBefore(_ bytes: [UInt8], space: Int) -> Range<Int>? {
    var start = space
    if start > 0, bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
    let end = start
    while start > 0, ASCIIText.isLetter(bytes[start - 1]) { start -= 1 }
    return start < end ? start..<(space) : nil
  }

  /// Whether `word` is one of `clauseTimeWords`, in any case.
  private static func isClauseTimeWord(_ word: ArraySlice<UInt8>) -> Bool {
    clauseTimeWords.contains { $0.elementsEqual(word.lazy.map(ASCIIText.lower)) }
  }

  /// The clauses of a sentence that hold a time after one of `clauseTimeWords`, each with where
  /// its time starts; a sentence with two such times is cut at the last " and " or ", " between
  /// them.
  private static func timedClauses(in bytes: [UInt8]) -> [(range: Range<Int>, time: Int)] {
    let times = clauseTimes(in: bytes)
    var clauses: [(range: Range<Int>, time: Int)] = []
    var start = 0
    for (index, time) in times.enumerated() {
      var end = bytes.count
      if index + 1 < times.count {
        let between = Array(bytes[time..<times[index + 1]])
        let cut =
          [Array(" and ".utf8), Array(", ".utf8)].compactMap { joiner -> (at: Int, length: Int)? in
            var last: Int?
            var from = 0
            while let found = UTF8Scan.firstOffset(of: joiner, in: between, from: from) {
              last = found
              from = found + 1
            }
            return last.map { (time + $0, joiner.count) }
          }.max { $0.at < $1.at }
        guard let cut else { continue }
        end = cut.at
        // ", and" leaves its comma behind too.
        while end > start, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ";") { end -= 1 }
        clauses.append((start..<end, time))
        start = cut.at + cut.length
        // ", and " leaves its "and " behind.
        if bytes[start...].starts(with: Array("and ".utf8)) { start += 4 }
        continue
      }
      clauses.append((start..<end, time))
    }
    return clauses
  }

  /// A line of a timeline's paragraph, or one of its sentences that opens with a time.
  private mutating func readParagraphLine(_ text: String, at location: SourceLocation, unclaimed: inout [String]) {
    let expression = scanTime(text)
    if expression == nil, startNoteCandidates.count < 8, TimelineParser.mayGiveStart(text) {
      startNoteCandidates.append((text, contextDate ?? documentDate))
    }
    if let pending = pendingHeadingEntry, candidates[pending].text.isEmpty, let expression,
      let time = expression.time, time == candidates[pending].expression?.time, expression.date == nil,
      expression.zone == nil || expression.zone?.text == candidates[pending].expression?.zone?.text
    {
      // The heading's time said again ("### 14:05 UTC" / "At 14:05 the deploy started."): the
      // heading's entry, told here.
      candidates[pending].text = expression.rest.trimmingWhitespace()
      return
    }
    // A line that starts with a broken time ("14.43 - rollback") is an entry, as a bullet would
    // be, so that it is reported rather than lost.
    if let expression, expression.isTimed || expression.isUnrecognized {
      add(expression, fullText: text, location: location)
      pendingHeadingEntry = nil
      if candidates[candidates.count - 1].text.isEmpty {
        if unclaimed.isEmpty {
          // A time alone on its line: its text follows.
          pendingHeadingEntry = candidates.count - 1
        } else {
          candidates[candidates.count - 1].text = unclaimed.joined(separator: " ")
        }
      }
      unclaimed = []
    } else if let expression, namesDay(expression), isDateLine(expression) {
      startDateContext(expression.date)
      noteZone(in: String(expression.rest), source: .heading, location: location, requireTimeWord: false)
      pendingHeadingEntry = nil
    } else if let expression, expression.date != nil, expression.time == nil,
      TimelineParser.separatesEvent(text, after: expression.raw)
    {
      // "01-31-2024 - The fix was merged": a day's event with no time, an entry as its bullet is.
      add(expression, fullText: text, location: location)
      pendingHeadingEntry = nil
      unclaimed = []
    } else if noteRelativeAnchor(in: text) {
      noteZone(in: text, source: .note, location: location, requireTimeWord: true)
    } else if noteZone(in: text, source: .note, location: location, requireTimeWord: true) {
      return
    } else if expression == nil, let (led, event) = TimeParser.scanAfterLead(text) {
      // "Detected at Nov 1, 2022 6:00 AM", "Resolved at 7:10 AM by fixing the typo" (a note
      // such as "Times are relative to the page at 23:52 UTC" was read above).
      add(led, fullText: text, location: location, text: event)
      pendingHeadingEntry = nil
      unclaimed = []
    } else if let pending = pendingHeadingEntry {
      // A definition list (kramdown, Pandoc) writes the event under its time after ": ".
      let text = candidates[pending].text.isEmpty && text.hasPrefix(": ") ? String(text.dropFirst(2)) : text
      let joined = candidates[pending].text.isEmpty ? text : candidates[pending].text + takeStepSeparator() + text
      candidates[pending].text = joined
    } else {
      unclaimed.append(text)
    }
  }

  /// Words that open a sentence with its time in a timeline told as prose ("At 14:12, alerts fired.").
  private static let sentenceTimeOpeners = ["at ", "by ", "around ", "about "].map { Array($0.utf8) }

  /// Whether `sentence` opens with a word that leads a time in prose ("At 14:05, …", "By 12:30 AM").
  private static func opensWithTimeWord(_ sentence: String) -> Bool {
    let head = sentence.utf8.prefix(7).map(ASCIIText.lower)
    return sentenceTimeOpeners.contains { head.starts(with: $0) }
  }

  /// `text` cut before each later sentence that opens with a time ("At 14:05 UTC, a deploy
  /// started. At 14:12, alerts fired."), each with its column; the line whole when none does.
  static func sentencesOpeningWithTimes(_ text: String, column: Int) -> [(text: String, column: Int)] {
    // Every line of every timeline paragraph comes here; libc's strstr tells, in place, that most
    // hold no later sentence at all.
    let mayHoldStop = text.withCString { line in
      strstr(line, ". ") != nil || strstr(line, ", and ") != nil || strstr(line, "; ") != nil
    }
    guard mayHoldStop else { return [(text, column)] }
    let bytes = Array(text.utf8)
    var cuts: [Int] = []
    // A sentence's end, or a clause's (", and at 14:52 …", "; at 14:52 …").
    for stop in sentenceStops {
      var index = 0
      while let found = UTF8Scan.firstOffset(of: stop, in: bytes, from: index) {
        index = found + stop.count
        guard index < bytes.count else { break }
        var timeAt = index
        if !ASCIIText.isDigit(bytes[index]) {
          // A new sentence opens with a capital; a clause need not.
          guard stop != sentenceStops[0] || ASCIIText.isUpper(bytes[index]),
            let opener = sentenceTimeOpeners.first(where: { opener in
              bytes[index...].lazy.map(ASCIIText.lower).starts(with: opener)
            })
          else { continue }
          timeAt = index + opener.count
        }
        guard timeAt < bytes.count, ASCIIText.isDigit(bytes[timeAt]),
          let expression = TimeParser.scan(String(decoding: bytes[index...], as: UTF8.self)), expression.time != nil
        else { continue }
        cuts.append(index)
      }
    }
    guard !cuts.isEmpty else { return [(text, column)] }
    var sentences: [(text: String, column: Int)] = []
    var start = 0
    for cut in cuts.sorted() + [bytes.count] {
      var sentence = String(decoding: bytes[start..<cut], as: UTF8.self).trimmingWhitespace()
      // The clause's joining words stay behind: "…completed, and" / "at 14:52 …".
      if sentence.hasSuffix(", and") { sentence.removeLast(5) }
      if sentence.hasSuffix(";") || sentence.hasSuffix(",") { sentence.removeLast() }
      let offset = String(decoding: bytes[..<start], as: UTF8.self).unicodeScalars.count
      if !sentence.isEmpty { sentences.append((sentence, column + offset)) }
      start = cut
    }
    return sentences
  }

  /// Where a sentence or a clause ends, before the time that may open the next.
  private static let sentenceStops = [". ", ", and ", "; "].map { Array($0.utf8) }

  /// Records the moment a note says T+0 was ("relative to … 16:02 UTC (T+0)", "T0 = 16:02");
  /// returns whether `text` was such a note.
  @discardableResult
  private mutating func noteRelativeAnchor(in text: String) -> Bool {
    guard relativeAnchor == nil, TimelineParser.mentionsRelativeTime(text),
      var expression = TimeParser.firstTime(in: text, where: { _ in true })
    else { return false }
    expression.date = expression.date(near: contextDate ?? documentDate)
    relativeAnchor = expression
    return true
  }

  /// Whether `text` is short and has a digit, as a note giving a start has: looked at on its bytes,
  /// as every prose line of a timeline comes here.
  private static func mayGiveStart(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.count <= 120 && $0.contains(where: ASCIIText.isDigit) }
  }

  /// The start the first short note of `startNoteCandidates` that speaks of one gives
  /// ("Incident start 15:00.", "Impact began at 09:12 UTC").
  private func startNote() -> TimeExpression? {
    for (text, day) in startNoteCandidates {
      let lowered = ASCIIText.lowercasedBytes(text)
      guard TimelineParser.startWords.contains(where: { ASCIIText.contains(lowered, $0) }),
        var expression = TimeParser.firstTime(in: text, where: { $0.relativeSeconds == nil })
      else { continue }
      expression.date = expression.date(near: day)
      return expression
    }
    return nil
  }

  private static let startWords = ["start", "began", "begin"].map { Array($0.utf8) }

  /// Whether `text` speaks of a T+0 ("T+0", "T0", "T=", "T = ", "relative to"): one pass over
  /// its bytes, without copying them, as every line of prose in a timeline comes here.
  private static func mentionsRelativeTime(_ text: String) -> Bool {
    var text = text
    let relative = TimelineParser.relativeTo
    return text.withUTF8 { bytes in
      for index in bytes.indices {
        let byte = bytes[index]
        if byte == UInt8(ascii: "T"), index == 0 || !ASCIIText.isLetter(bytes[index - 1]) {
          var next = index + 1
          while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
          guard next < bytes.count else { continue }
          if bytes[next] == UInt8(ascii: "=") { return true }
          if next == index + 1, bytes[next] == UInt8(ascii: "0") { return true }
          if next == index + 1, bytes[next] == UInt8(ascii: "+"), next + 1 < bytes.count,
            bytes[next + 1] == UInt8(ascii: "0")
          {
            return true
          }
        } else if byte | 0x20 == UInt8(ascii: "r"), index + relative.count < bytes.count {
          var matches = true
          for offset in relative.indices where bytes[index + 1 + offset] | 0x20 != relative[offset] | 0x20 {
            matches = false
            break
          }
          if matches { return true }
        }
      }
      return false
    }
  }

  /// "relative to" after its first letter, which is compared apart for its case.
  private static let relativeTo = Array("elative to".utf8)

  /// Gives the entries written in relative times (`T+0:09`) their date and time from the anchor;
  /// without one they stay unplaced, for timeline-time to report.
  private mutating func placeRelativeTimes() {
    // Without a note, an entry that gives its clock beside its relative time ("T+0 (14:00
    // UTC)") tells when T+0 was.
    if relativeAnchor == nil,
      let index = candidates.firstIndex(where: { $0.expression?.relativeSeconds != nil && $0.expression?.time != nil }),
      let written = candidates[index].expression, let offset = written.relativeSeconds, let time = written.time
    {
      var anchor = written
      anchor.time = TimeOfDay(wrapping: time.secondsSinceMidnight - offset)
      anchor.relativeSeconds = nil
      relativeAnchor = anchor
    }
    // Else T+0 is the start a note gives.
    guard candidates.contains(where: { $0.expression?.relativeSeconds != nil }),
      let anchor = relativeAnchor ?? startNote(), let anchorTime = anchor.time
    else { return }
    for index in candidates.indices where candidates[index].expression?.relativeSeconds != nil {
      guard var expression = candidates[index].expression, let offset = expression.relativeSeconds else { continue }
      let day = anchor.date ?? candidates[index].contextDate ?? documentDate
      let local = (day?.daysSinceEpoch ?? 0) * 86_400 + anchorTime.secondsSinceMidnight + offset
      let time = TimeOfDay(wrapping: local)
      let seconds = time.secondsSinceMidnight
      expression.time = time
      if let day {
        expression.date = day.adding(days: (local - seconds) / 86_400 - day.daysSinceEpoch)
      }
      if expression.zone == nil { expression.zone = anchor.zone }
      candidates[index].expression = expression
    }
  }

  /// The lines of a code block that start with a time, as entries; other lines (continuations,
  /// blank lines) are skipped.
  private mutating func readCodeLines(_ literal: String, of block: MarkdownNode, fenced: Bool) {
    let start = block.range?.start ?? SourceLocation(line: block.line, column: 1)
    let lines = literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
      literal.hasSuffix("\n") ? 1 : 0)
    // A fenced block's content starts under its fence; an indented block starts with its content.
    let firstLine = start.line + (fenced ? 1 : 0)
    // Where the last entry's event starts on its line: a line indented to it goes on with that
    // event ("13:48:35  retry: "a",", then "          "b"; done"), as a log wraps.
    var eventColumn: Int?
    for (offset, line) in lines.enumerated() {
      let text = line.trimmingWhitespace()
      let leading = line.prefix { $0 == " " || $0 == "\t" }.count
      guard !text.isEmpty else {
        eventColumn = nil
        continue
      }
      guard let expression = scanTime(text), expression.isTimed else {
        if let column = eventColumn, leading >= column { candidates[candidates.count - 1].text += " " + text }
        continue
      }
      add(
        expression, fullText: text, location: SourceLocation(line: firstLine + offset, column: start.column + leading))
      let rest = expression.rest.trimmingWhitespace()
      // The event is the line's end: its column is the characters before it.
      eventColumn = rest.isEmpty ? nil : leading + text.count - rest.count
    }
  }

  private mutating func readItem(_ item: MarkdownNode, depth: Int) {
    let paragraph = item.children.first { if case .paragraph = $0.kind { return true } else { return false } }
    let nestedLists = item.nestedLists
    let text = paragraph?.plainText().trimmingWhitespace() ?? ""
    // An entry struck out whole ("~~14:25 wrong alert~~") was withdrawn.
    if text.utf8.first == UInt8(ascii: "~"), nestedLists.isEmpty,
      ActionItemParser.struckThrough(text)?.rest.trimmingWhitespace().isEmpty == true
    {
      return
    }
    let location =
      paragraph?.children.first?.range?.start ?? paragraph?.range?.start ?? item.range?.start
      ?? SourceLocation(line: item.line, column: 1)
    var expression = scanTime(text)
    if writesMilitaryClock, expression?.isTimed != true, let military = TimelineParser.militaryTime(text) {
      expression = military
    }
    if let expression, expression.isTimed || expression.isUnrecognized {
      // A time alone on its bullet, with bullets under it that carry no times of their own
      // ("- 09:10" then "  - Queue depth climbing"): they say what happened then.
      if !nestedLists.isEmpty, !expression.rest.contains(where: { $0.isLetter || $0.isNumber }),
        !nestedLists.contains(where: { $0.children.contains(where: childStartsWithTime) })
      {
        add(expression, fullText: text, location: location, text: TimelineParser.itemTexts(of: nestedLists))
        return
      }
      add(expression, fullText: text, location: location)
      // Nested bullets under an entry are its details, unless they carry times of their own.
      for list in nestedLists {
        for child in list.children where childStartsWithTime(child) { readItem(child, depth: depth + 1) }
      }
      return
    }
    if let expression, namesDay(expression), isDateLine(expression) || !nestedLists.isEmpty {
      // A date bullet grouping time bullets under it.
      startDateContext(expression.date)
      noteZone(in: String(expression.rest), source: .heading, location: location, requireTimeWord: false)
      if nestedLists.isEmpty { return }
      for list in nestedLists { readGroup(list, label: text, depth: depth + 1) }
      return
    }
    // "Deploy starts (14:05)": the time at the end of the bullet.
    if expression == nil, let (trailing, event) = TimeParser.scanTrailing(text) {
      add(trailing, fullText: text, location: location, text: event)
      return
    }
    // "Detected at 10:05 when the alert fired": the time after a short lead.
    if expression == nil, let (led, event) = TimeParser.scanAfterLead(text) {
      add(led, fullText: text, location: location, text: event)
      return
    }
    // "**Deploy started** 14:05": the bold event sets the time after it apart.
    if expression == nil, let paragraph, let (time, event) = TimelineParser.timeAfterBoldEvent(paragraph) {
      add(time, fullText: text, location: location, text: event)
      return
    }
    if expression == nil, let paragraph {
      if let (label, rest) = TimelineFactLabel.split(paragraph), var time = scanTime(rest), time.isTimed {
        // "**Detected:** 14:05 — PagerDuty alert fired": the label names the moment.
        let event = time.rest.trimmingWhitespace()
        time.rest = ""
        add(time, fullText: text, location: location, text: event.isEmpty ? label : label + ": " + event)
        return
      }
      // "**Duration (MTTR):** ~14h", "MTTD (alert → ack): 3 minutes": a length of the incident,
      // read as the document's details.
      if TimelineFactLabel.kind(of: paragraph) == .length { return }
    }
    if noteZone(in: text, source: .note, location: location, requireTimeWord: true) { return }
    if !nestedLists.isEmpty, depth == 0, text.count <= 40 {
      // A group label such as "Day 1" or "Monday" with the entries under it.
      for list in nestedLists { readGroup(list, label: text, depth: depth + 1) }
      return
    }
    guard depth == 0, !text.isEmpty else { return }
    // A bullet of the timeline with no readable time: recorded so a rule can point at it. One led
    // by a date ("2024-03-11: Deploy of the fix") keeps its day and its text after the date.
    let dated = expression.flatMap { $0.date != nil && $0.time == nil ? $0 : nil }
    var candidate = Candidate(
      expression: dated, time: "", text: dated.map { $0.rest.trimmingWhitespace() } ?? text, location: location,
      contextDate: contextDate, contextID: contextID, contextZone: contextZone)
    // "Between 2023-07-10 to 2023-07-16: exports fell behind": days, written as days.
    if let dated, let event = TimelineParser.eventAfterDaySpan(dated.rest) {
      candidate.time = String(text.prefix(text.count - event.count)).trimmingCharacters(in: ": —–-")
      candidate.text = event.trimmingCharacters(in: ": —–-")
      candidate.spansDays = true
    }
    candidates.append(candidate)
  }

  /// The event after the second date of a span of days (`to 2023-07-16: exports fell behind`,
  /// `– Jul 16, exports …`), given the text after the first date; nil when no date follows.
  private static func eventAfterDaySpan(_ rest: Substring) -> Substring? {
    var body = rest.drop { $0.isWhitespace }
    if let word = body.split(separator: " ", maxSplits: 1).first, daySpanWords.contains(word.lowercased()) {
      body = body.dropFirst(word.count)
    } else if isDash(body.first) {
      body = body.dropFirst()
    } else if !isDash(rest.base[..<rest.startIndex].last { !$0.isWhitespace }) {
      // The time reader skips a dash after the first date ("2023-07-11 – 2023-07-12"): one must
      // stand there.
      return nil
    }
    guard let end = TimeParser.scan(body), end.date != nil, end.time == nil, !end.isUnrecognized else { return nil }
    return end.rest
  }

  private static let daySpanWords: Set<String> = ["to", "until", "till", "through", "thru", "and"]

  /// The items of `list` under a group label. A time alone on its bullet takes the text of the
  /// bullets after it that carry none, and else the label: "**Issue Detection:**" over "January
  /// 22, 2018, 17:23 PST" and "Detected after a deploy…" is one entry, "Issue Detection: Detected
  /// after a deploy…".
  private mutating func readGroup(_ list: MarkdownNode, label: String, depth: Int) {
    let name = label.trimmingCharacters(in: ":").trimmingWhitespace()
    // A day names the entries' date ("Day 1", "March 3"): no part of their text.
    let namesEvent = !name.isEmpty && TimeParser.scan(name) == nil
    var open: Int?
    func close() {
      guard let entry = open else { return }
      open = nil
      guard namesEvent else { return }
      let told = candidates[entry].text
      candidates[entry].text = told.isEmpty ? name : name + ": " + told
    }
    for child in list.children {
      let before = candidates.count
      readItem(child, depth: depth)
      if candidates.count > before {
        close()
        if candidates[candidates.count - 1].text.isEmpty { open = candidates.count - 1 }
      } else if let entry = open, let paragraph = child.children.first, case .paragraph = paragraph.kind {
        let told = paragraph.plainText().trimmingWhitespace()
        if !told.isEmpty { candidates[entry].text += candidates[entry].text.isEmpty ? told : "; " + told }
      }
    }
    close()
  }

  /// The time that is all that follows a bold lead ("**Deploy started** 14:05"), and the lead.
  private static func timeAfterBoldEvent(_ paragraph: MarkdownNode) -> (TimeExpression, String)? {
    paragraph.children.withUnsafeBufferPointer { children -> (TimeExpression, String)? in
      guard children.count >= 2, case .strong = children[0].kind else { return nil }
      let rest = children[1...].map { $0.plainText() }.joined().trimmingWhitespace()
      guard let time = TimeParser.scan(rest), time.time != nil, time.rest.trimmingWhitespace().isEmpty else {
        return nil
      }
      return (time, children[0].plainText().trimmingWhitespace())
    }
  }

  /// The text of each item of `lists` that has any, joined by semicolons.
  private static func itemTexts(of lists: [MarkdownNode]) -> String {
    lists.flatMap(\.children).compactMap { item -> String? in
      guard let paragraph = item.children.first, case .paragraph = paragraph.kind else { return nil }
      let text = paragraph.plainText().trimmingWhitespace()
      return text.isEmpty ? nil : text
    }.joined(separator: "; ")
  }

  private func childStartsWithTime(_ item: MarkdownNode) -> Bool {
    guard let paragraph = item.children.first, case .paragraph = paragraph.kind else { return false }
    return TimeParser.scan(paragraph.plainText())?.isTimed == true
  }

  private mutating func readTable(_ table: MarkdownNode) {
    let rows = table.children
    guard let header = rows.first else { return }
    let headers = header.children.map { $0.plainText().trimmingWhitespace() }
    let columns = TimelineTableColumns(
      headers: headers, rows: rows.dropFirst().map { $0.children.map { $0.plainText() } })
    guard columns.time != nil || columns.date != nil else { return }
    let enclosingZone = contextZone
    defer { contextZone = enclosingZone }
    // The time column names the zone, or else the date column does ("| Date (UTC) | Time |").
    let named = [columns.time, columns.date].lazy.compactMap { $0 }
      .compactMap { column in TimeZoneTable.find(in: headers[column]).map { (column, $0) } }.first
    if let timeColumn = named?.0 ?? columns.time ?? columns.date {
      let cell = header.children[timeColumn]
      let location =
        cell.children.first?.range?.start ?? cell.range?.start ?? SourceLocation(line: header.line, column: 1)
      noteZone(in: headers[timeColumn], source: .tableHeader, location: location, requireTimeWord: false)
      // The zone the column names is its rows' zone, whatever the section declared before.
      if let zone = named?.1 { contextZone = zone }
    }
    let alternateZone = columns.alternateTime.flatMap { TimeZoneTable.find(in: headers[$0]) }
    let firstCandidate = candidates.count
    var previousWeekday: Int?
    var rowDate: CalendarDate? = contextDate
    for row in rows.dropFirst() {
      let cells = row.children
      func cellText(_ index: Int?) -> String {
        guard let index, index < cells.count else { return "" }
        return cells[index].plainText().trimmingWhitespace()
      }
      let timeText = cellText(columns.time)
      let dateText = columns.date == columns.time ? "" : cellText(columns.date)
      let dayText = cellText(columns.day)
      // A day column ("Mon", "Tue") moves the date forward as the weekday changes.
      if let weekday = DateParser.weekdayNames[dayText.lowercased()] {
        if let previous = previousWeekday {
          if weekday != previous { rowDate = rowDate?.adding(days: (weekday - previous + 7) % 7) }
        } else if let base = rowDate ?? documentDate {
          rowDate = base.adding(days: (weekday - base.weekday + 7) % 7)
        }
        if previousWeekday != weekday { startDateContext(rowDate) }
        previousWeekday = weekday
      }
      if !dateText.isEmpty, case .valid(let read) = DateParser.parse(dateText),
        let date = ordered(read, writtenAs: dateText), date != contextDate
      {
        startDateContext(date)
      }
      let eventColumns =
        columns.events.isEmpty
        ? cells.indices.filter { $0 != columns.time && $0 != columns.date && $0 != columns.day } : columns.events
      let eventText = eventColumns.map { cellText($0) }.filter { !$0.isEmpty }.joined(separator: " — ")
      let anchorCell = columns.time ?? columns.date ?? 0
      let location =
        (anchorCell < cells.count
          ? cells[anchorCell].children.first?.range?.start ?? cells[anchorCell].range?.start : nil)
        ?? row.range?.start ?? SourceLocation(line: row.line, column: 1)
      let written = timeText.isEmpty ? dateText : timeText
      // A screenshot between the rows ("![errors](500.png)" on a line of its own): Markdown makes
      // it a row, the author meant a picture of the moment above.
      if eventText.isEmpty, anchorCell < cells.count, TimelineParser.holdsOnlyImages(cells[anchorCell]) { continue }
      // A row of ellipses ("| … | … |") marks rows left out: it tells nothing that happened.
      if written.isElision, eventColumns.allSatisfy({ cellText($0).isEmpty || cellText($0).isElision }) { continue }
      // A dash for the time ("| — | logs show nothing unusual |") says the row has none of its
      // own: what it tells goes with the entry above.
      if !eventText.isEmpty, candidates.count > firstCandidate, TimelineParser.isDashAlone(written) {
        candidates[candidates.count - 1].text += " " + eventText
        continue
      }
      if var expression = scanTime(written, closingCell: true) {
        // A row that holds a day and nothing else divides the table by day ("| 1/28 | |"): the
        // rows under it fall on that day.
        if eventText.isEmpty, !expression.isTimed, namesDay(expression) {
          startDateContext(expression.date)
          continue
        }
        expression.rest = ""
        if let alternate = alternateZone, expression.time != nil, expression.alternate == nil,
          let other = TimeParser.scan(cellText(columns.alternateTime)), let time = other.time
        {
          expression.alternate = TimeExpression.Alternate(raw: other.raw, time: time, zone: other.zone ?? alternate)
        }
        add(expression, fullText: written, location: location, text: eventText)
      } else if TimelineParser.statesLength(event: eventText, written: written)
        || TimelineParser.statesFact(event: eventText, written: written)
      {
        // A row of the incident's figures ("| Duration | 29 minutes |", "| Records deleted |
        // 1,059 total |", "| Status | ✅ Success |"): the document reads the length as its
        // details; none is an entry with no time.
        continue
      } else if !written.isEmpty || !eventText.isEmpty {
        candidates.append(
          Candidate(
            expression: nil, time: written, text: eventText, location: location, contextDate: contextDate,
            contextID: contextID, contextZone: contextZone))
      }
    }
  }

  /// Whether a row names a length and gives one where its time would be ("| Duration | 29
  /// minutes |", "| MTTR | 1h 10m |").
  private static func statesLength(event: String, written: String) -> Bool {
    guard !written.isEmpty, event.utf8.count <= 40, TimelineFactLabel.namesLength(event) else { return false }
    return DurationParser.parseAmount(written) != nil
  }

  /// Whether a row names a fact and gives a count or an outcome where its time would be ("|
  /// Records deleted | 1,059 total |", "| Status | ✅ Success |"): a short name of words, and no
  /// clock, no length, in the time's cell.
  private static func statesFact(event: String, written: String) -> Bool {
    let bytes = Array(written.utf8)
    guard !bytes.isEmpty, bytes.count <= 40, !bytes.contains(UInt8(ascii: ":")), event.utf8.count <= 40,
      event.utf8.allSatisfy({ ASCIIText.isLetter($0) || $0 == UInt8(ascii: " ") || $0 >= 0x80 }),
      DurationParser.parseAmount(written) == nil
    else { return false }
    let words = ASCIIText.words(ASCIIText.lowercasedBytes(written))
    // A count and what it counts: "1,059 total", "12 records" (not a day, "25 Mar").
    if let first = bytes.first, ASCIIText.isDigit(first), let last = words.last, words.count <= 3, last.count >= 4,
      bytes.drop(while: { ASCIIText.isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }).first
        == UInt8(ascii: " ")
    {
      return outcomeWords[last] == nil
        && !words.contains { DateParser.monthNames[String(decoding: $0, as: UTF8.self)] != nil }
    }
    // An outcome, after its emoji: "✅ Success", "Failed".
    let named = words.filter { $0.contains(where: ASCIIText.isLetter) }
    return named.count == 1 && named.count + 1 >= words.count && outcomeWords[named[0]] != nil
  }

  private static let outcomeWords = ByteWordTable(
    ["success", "successful", "succeeded", "failed", "failure", "done", "ok", "passed", "complete", "completed"].map {
      (Array($0.utf8), true)
    })

  /// Whether `text` is a dash and nothing else.
  private static func isDashAlone(_ text: String) -> Bool {
    text.count == 1 && isDash(text.first)
  }

  /// Whether `character` is a dash: "-", "–", "—", "−".
  private static func isDash(_ character: Character?) -> Bool {
    character == "-" || character == "–" || character == "—" || character == "−"
  }

  /// Whether `cell` holds images and nothing else but spaces.
  private static func holdsOnlyImages(_ cell: MarkdownNode) -> Bool {
    var found = false
    for child in cell.children {
      switch child.kind {
      case .image: found = true
      case .text(let text) where text.allSatisfy(\.isWhitespace): continue
      case .softBreak, .lineBreak: continue
      default: return false
      }
    }
    return found
  }

  /// A line that is only a date, possibly with a zone note: "2024-06-11 (all times UTC)"; a
  /// note in brackets with an event after it ("2026-07-07 (next day) — we published the
  /// advisory") is an entry.
  private func isDateLine(_ expression: TimeExpression) -> Bool {
    var rest = expression.rest.trimmingWhitespace()
    if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
      rest = rest[rest.index(after: close)...].trimmingWhitespace()
    }
    return rest.isEmpty || TimeZoneTable.find(in: rest) != nil || rest.count <= 3
  }

  private mutating func startDateContext(_ date: CalendarDate?) {
    contextDate = date
    contextID += 1
  }

  private mutating func add(
    _ expression: TimeExpression, fullText: String, location: SourceLocation, text: String? = nil
  ) {
    let eventText = text ?? expression.rest.trimmingWhitespace()
    if expression.isUnrecognized { unrecognizedTimes += 1 }
    candidates.append(
      Candidate(
        expression: expression, time: expression.raw, text: eventText, location: location,
        contextDate: contextDate, contextID: contextID, contextZone: contextZone))
  }

  /// Records a zone named in `text` as the declaration (the first one wins) or, for a date
  /// heading, as the zone of the entries under it. Returns whether `text` was a zone note.
  @discardableResult
  private mutating func noteZone(
    in text: String, source: TimeZoneDeclaration.Source, location: SourceLocation, requireTimeWord: Bool
  ) -> Bool {
    // Searched on bytes: String.contains goes through Foundation, slow on Linux.
    let lower = ASCIIText.lowercasedBytes(text)
    let has = { (word: [UInt8]) in ASCIIText.contains(lower, word) }
    let isLocal = has(TimelineParser.localTimeWords)
    if requireTimeWord {
      // The words first: counting the characters of a long line costs more than searching it.
      guard
        has(TimelineParser.timeWord) || has(TimelineParser.zoneWord) || has(TimelineParser.utcWord)
          || TimelineParser.otherTimeWords.contains(where: has),
        text.utf8.count <= 160 || text.count <= 160
      else {
        return false
      }
    }
    let match = TimelineParser.zoneOfTimes(in: text, lowercased: lower)
    guard match != nil || isLocal else { return false }
    if source == .heading, candidates.isEmpty == false || contextID > 0 {
      contextZone = match
    }
    if declaration == nil {
      declaration = TimeZoneDeclaration(
        raw: TimelineParser.unwrapped(text),
        identifier: match?.identifier ?? match.map { offsetName($0.fixedOffset ?? 0) },
        abbreviation: match?.text, isAmbiguous: match?.isAmbiguous ?? false, isLocalTime: isLocal && match == nil,
        source: source, location: location)
      if source == .heading { contextZone = match }
    }
    return true
  }

  /// The zone a note gives the times, the first it names; when it names another before the word
  /// "times" ("Our team is in EST but all times below are UTC"), the first after that word.
  static func zoneOfTimes(in text: String, lowercased lower: [UInt8]) -> TimeZoneTable.Match? {
    let first = TimeZoneTable.find(in: text)
    guard first != nil, let times = UTF8Scan.firstOffset(of: timesWord, in: lower, from: 0), times > 0 else {
      return first
    }
    let bytes = Array(text.utf8)
    guard TimeZoneTable.find(in: String(decoding: bytes[..<times], as: UTF8.self)) != nil,
      let named = TimeZoneTable.find(in: String(decoding: bytes[(times + timesWord.count)...], as: UTF8.self))
    else { return first }
    return named
  }

  private static let timesWord = Array("times".utf8)

  /// The text of the first `<summary>` element in an HTML block, with the line it is on (from the
  /// block's first, 0) and its column there (0-based, in Unicode scalars).
  static func summaryCaption(in html: String) -> (text: String, line: Int, column: Int)? {
    let bytes = Array(html.utf8)
    let lower = bytes.map(ASCIIText.lower)
    guard let open = UTF8Scan.firstOffset(of: summaryTag, in: lower, from: 0),
      let tagEnd = lower[open...].firstIndex(of: UInt8(ascii: ">")),
      let close = UTF8Scan.firstOffset(of: summaryCloseTag, in: lower, from: tagEnd + 1)
    else { return nil }
    let lineStart = bytes[..<(tagEnd + 1)].lastIndex(of: 10).map { $0 + 1 } ?? 0
    let line = bytes[..<lineStart].count { $0 == 10 }
    let column = String(decoding: bytes[lineStart...tagEnd], as: UTF8.self).unicodeScalars.count
    return (String(decoding: bytes[(tagEnd + 1)..<close], as: UTF8.self), line, column)
  }

  /// The lines of a short HTML block that hold text outside its tags, with the line (from the
  /// block's first) and the column (in characters, from 0) where the text starts. A comment holds
  /// none: a template's hint is no note.
  static func noteLines(in html: String) -> [(text: String, line: Int, column: Int)] {
    guard html.utf8.count <= 600, !html.utf8.starts(with: "<!--".utf8) else { return [] }
    var notes: [(text: String, line: Int, column: Int)] = []
    for (number, line) in html.utf8.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
      var text: [UInt8] = []
      var column: Int?
      var inTag = false
      var scalars = 0
      for byte in line {
        if byte == UInt8(ascii: "<") {
          inTag = true
        } else if byte == UInt8(ascii: ">") && inTag {
          inTag = false
        } else if !inTag {
          if column == nil, byte != UInt8(ascii: " "), byte != 9 { column = scalars }
          if column != nil { text.append(byte) }
        }
        // Continuation bytes of a character are not columns.
        if byte & 0xC0 != 0x80 { scalars += 1 }
      }
      guard let column else { continue }
      notes.append((String(decoding: text, as: UTF8.self).trimmingWhitespace(), number, column))
    }
    return notes
  }

  private static let summaryTag = Array("<summary".utf8)
  private static let summaryCloseTag = Array("</summary".utf8)

  private static let localTimeWords = Array("local time".utf8)
  /// Words a zone note speaks of time with, lower case (also what the parser looks for when a
  /// zone may tell the order of a date's numbers).
  static let timeWord = Array("time".utf8)
  static let zoneWord = Array("zone".utf8)
  private static let utcWord = Array("utc".utf8)
  /// "Alle Zeiten in MEZ", "Heures en CET", "Horas en UTC-3", "Horários em BRT", "Orari in CET",
  /// "Alle tijden in CET", "時間はJST", "時刻はJSTで統一する".
  private static let otherTimeWords = [
    "zeit", "uhr", "heure", "hora", "horário", "horario", "orari", "tijd", "時間", "时间", "시간", "時刻", "时刻", "시각",
  ].map { Array($0.utf8) }

  /// The note without surrounding white space or one pair of wrapping parentheses.
  static func unwrapped(_ text: String) -> String {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasPrefix("("), trimmed.hasSuffix(")") {
      return String(trimmed.dropFirst().dropLast()).trimmingWhitespace()
    }
    return trimmed
  }

  // MARK: - Resolving

  /// The section's declaration, else the metadata's zone, else the zone every entry agrees on.
  private func effectiveDeclaration() -> TimeZoneDeclaration? {
    if let declaration { return declaration }
    if let metadataZone, let match = TimeZoneTable.find(in: metadataZone.text) {
      return TimeZoneDeclaration(
        raw: metadataZone.text, identifier: match.identifier ?? offsetName(match.fixedOffset ?? 0),
        abbreviation: match.text, isAmbiguous: match.isAmbiguous, isLocalTime: false, source: metadataZoneSource,
        location: metadataZone.location)
    }
    let zones = candidates.compactMap { $0.expression?.zone }
    let timed = candidates.filter { $0.expression?.time != nil }
    // Every entry names the same zone, or (when nothing else in the document names one) the first
    // does ("14:05 PST deploy starts", then bare times) and no other names another.
    if let first = zones.first,
      zones.count == timed.count || (firstEntryZoneHolds && timed.first?.expression?.zone != nil),
      zones.allSatisfy({ $0.identifier == first.identifier && $0.fixedOffset == first.fixedOffset })
    {
      let anchor = candidates.first { $0.expression?.zone != nil }!
      return TimeZoneDeclaration(
        raw: first.text, identifier: first.identifier ?? offsetName(first.fixedOffset ?? 0), abbreviation: first.text,
        isAmbiguous: first.isAmbiguous, isLocalTime: false, source: .entries, location: anchor.location)
    }
    return nil
  }

  /// The times of a timeline that writes its clock with a dot ("14.05 on-call paged", as Danish,
  /// Finnish and Norwegian teams do), by candidate index: read only when most of its times are
  /// written so, two or more, and a minute past 12 shows they are no day and month ("14.20"); dotted
  /// times among a timeline of "14:05" are slips, left unread for timeline-time to report.
  private static func dottedClocks(of candidates: [Candidate]) -> [Int: TimeOfDay] {
    var clocks: [Int: TimeOfDay] = [:]
    var showsClock = false
    var colonClocks = 0
    for index in candidates.indices {
      guard let expression = candidates[index].expression else { continue }
      if expression.time != nil { colonClocks += 1 }
      guard expression.isUnrecognized else { continue }
      var bytes = Array(candidates[index].time.utf8)
      // A span's start: "14.20" of "14.20–14.35" or "14.20 - 14.35" (not "2.45 pm", a 12-hour time).
      if let dot = bytes.firstIndex(of: UInt8(ascii: ".")), bytes.count > dot + 3,
        let mark = bytes[(dot + 3)...].first(where: { $0 != UInt8(ascii: " ") }),
        mark == UInt8(ascii: "-") || mark == 0xE2
      {
        bytes.removeSubrange((dot + 3)...)
      }
      guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), (1...2).contains(dot), bytes.count == dot + 3,
        bytes.allSatisfy({ $0 == UInt8(ascii: ".") || ASCIIText.isDigit($0) })
      else { continue }
      let hour = Int(String(decoding: bytes[..<dot], as: UTF8.self)) ?? 99
      let minute = Int(String(decoding: bytes[(dot + 1)...], as: UTF8.self)) ?? 99
      guard let clock = TimeOfDay(hour: hour, minute: minute) else { return [:] }
      if minute > 12 { showsClock = true }
      clocks[index] = clock
    }
    return clocks.count >= 2 && showsClock && clocks.count > colonClocks ? clocks : [:]
  }

  /// Of the two times `time` may be on a 12-hour clock, the one nearer to `previous` seconds
  /// since midnight, round the clock past midnight: "1:05" after 12:25 PM is 13:05, "12:10" after
  /// 11:50 PM is 00:10, and "2:10" after 2:20 PM stays 14:10, an entry out of order.
  static func nearerHalf(to previous: Int, _ time: TimeOfDay) -> TimeOfDay {
    let other = TimeOfDay(wrapping: time.secondsSinceMidnight + 12 * 3600)
    return TimeOfDay.secondsApart(other.secondsSinceMidnight, previous)
      < TimeOfDay.secondsApart(time.secondsSinceMidnight, previous) ? other : time
  }

  /// Whether `written` is plainly a date, not a broken time ("13.07"): it holds a year (four
  /// digits in a row), a slash ("1/28"), a dash ("07-09", ISO's order without the year) or a
  /// month's name ("Jan 28").
  private static func writesWholeDate(_ written: String) -> Bool {
    var run = 0
    for byte in written.utf8 {
      if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || ASCIIText.isLetter(byte) { return true }
      run = ASCIIText.isDigit(byte) ? run + 1 : 0
      if run == 4 { return true }
    }
    return false
  }

  private func offsetName(_ offset: Int) -> String {
    let sign = offset < 0 ? "-" : "+"
    return "\(sign)\(pad(abs(offset) / 3600, 2)):\(pad(abs(offset) % 3600 / 60, 2))"
  }

  private func resolve(zone declared: TimeZoneDeclaration?) -> [TimelineEntry] {
    var resolver = TimestampResolver()
    var entries: [TimelineEntry] = []
    var previousSeconds: Int?
    var previousContext = -1
    var dayOffset = 0
    // The date an entry wrote for itself, which the undated entries after it continue from
    // ("2024-03-01 23:50 job starts", then "00:10 job stalls" on the 2nd).
    var carriedDate: CalendarDate?
    let declaredOffset = TimelineParser.fixedOffset(of: declared)
    // A timeline that writes AM/PM on some times means the bare "1:05" after "12:25 PM" in the
    // afternoon.
    var writesTwelveHour = false
    for index in candidates.indices where candidates[index].expression?.clockStyle == .twelveHour {
      writesTwelveHour = true
      break
    }
    let dottedClocks = unrecognizedTimes >= 2 ? TimelineParser.dottedClocks(of: candidates) : [:]
    for (index, candidate) in candidates.enumerated() {
      let expression = candidate.expression
      var clock = expression?.time ?? dottedClocks[index]
      let dayShift = expression?.dayShift ?? 0
      // (Within one day's context: a new day's heading starts afresh.)
      if writesTwelveHour, expression?.clockStyle == .eitherHalf, expression?.date == nil,
        candidate.contextID == previousContext, let time = clock, let previous = previousSeconds
      {
        clock = TimelineParser.nearerHalf(to: previous, time)
      }
      let status: TimelineEntry.Status = candidate.spansDays ? .days : clock == nil ? .unrecognized : .partial
      var entry = TimelineEntry(
        time: candidate.time, text: candidate.text, status: status, timeOfDay: clock, date: nil,
        zone: expression?.zone?.text, isApproximate: expression?.isApproximate ?? false,
        location: candidate.location)
      entry.milestone = milestones.detect(candidate.text)
      entry.writtenDateIsInvalid = expression?.dateIsInvalid ?? false
      guard let time = clock else {
        // "T+0:26" with no T+0 placed: measured from the other entries' offsets only. A bare "+3
        // min" is as often the time since the row before, which no offset sum would measure.
        if let expression, expression.raw.utf8.first != UInt8(ascii: "+") {
          entry.offsetSeconds = expression.relativeSeconds
        }
        // A bullet led by a date alone keeps the date ("13.07", a broken time, may read as one too),
        // as does a row whose time cell is a date with its year ("2019-12-03").
        if candidate.time.isEmpty || candidate.spansDays || TimelineParser.writesWholeDate(candidate.time) {
          entry.date = expression?.date
        }
        // An entry with no time under a day ("### October 1, 2025" over "- Migration enabled RLS")
        // is on that day, though not at a moment of it; a broken time ("13.07") may be a date.
        if entry.date == nil, candidate.time.isEmpty, let day = candidate.contextDate {
          entry.date = day
          entry.dateIsFromContext = true
        }
        entries.append(entry)
        continue
      }
      // The date: the entry's own, else its context's, else the document's, past any midnight.
      var baseDate: CalendarDate?
      if let own = expression?.date {
        baseDate = own
        carriedDate = own
        previousContext = candidate.contextID
        dayOffset = 0
      } else {
        if candidate.contextID != previousContext {
          previousContext = candidate.contextID
          dayOffset = 0
          previousSeconds = nil
          carriedDate = nil
        }
        if let previous = previousSeconds, previous - time.secondsSinceMidnight >= 12 * 3600 {
          dayOffset += 1
          entry.rolledOver = true
        } else if dayShift > 0, dayOffset == 0 {
          // Marked as the next day where the clock did not go back far enough to show it.
          dayOffset = 1
          entry.rolledOver = true
        }
        // "21:01 (prev. night)" before the morning's entries: the evening before their day.
        let before = dayShift < 0 && dayOffset == 0 ? -1 : 0
        baseDate = (carriedDate ?? candidate.contextDate ?? documentDate)?.adding(days: dayOffset + before)
      }
      // The morning after an evening of the day before is no new day.
      previousSeconds = dayShift < 0 ? nil : time.secondsSinceMidnight
      entry.date = baseDate
      let zone = expression?.zone ?? candidate.contextZone
      let identifier = zone?.identifier ?? (zone == nil ? declared?.identifier : nil)
      let fixedOffset = zone?.fixedOffset ?? (zone == nil ? declaredOffset : nil)
      entry.timezone = identifier ?? fixedOffset.map(offsetName)
      if let date = baseDate,
        let resolved = resolver.resolve(
          date: date, time: time, identifier: identifier, fixedOffset: fixedOffset,
          abbreviation: zone?.text ?? (zone == nil ? declared?.abbreviation : nil))
      {
        if resolved.skipsClock {
          entry.status = .nonexistent
        } else {
          entry.timestamp = TimestampResolver.format(
            date: date, time: time, offset: resolved.offset, isUTC: identifier == "UTC")
          entry.epochSeconds = resolved.epoch
          entry.status = .resolved
        }
      }
      if let alternate = expression?.alternate {
        var resolved = TimelineEntry.AlternateTime(time: alternate.raw)
        if let date = baseDate, let instant = entry.epochSeconds {
          resolveAlternate(&resolved, alternate, near: instant, on: date, with: &resolver)
        }
        entry.alternate = resolved
      }
      entries.append(entry)
    }
    return entries
  }

  /// Resolves a time written in a second zone on the day before, of or after `date`, whichever
  /// puts it nearest `instant` ("00:30 UTC / 17:30 PDT" is the evening before).
  private func resolveAlternate(
    _ resolved: inout TimelineEntry.AlternateTime, _ alternate: TimeExpression.Alternate, near instant: Int,
    on date: CalendarDate, with resolver: inout TimestampResolver
  ) {
    var best: (epoch: Int, offset: Int, date: CalendarDate)?
    for day in [date.adding(days: -1), date, date.adding(days: 1)] {
      guard
        let found = resolver.resolve(
          date: day, time: alternate.time, identifier: alternate.zone.identifier,
          fixedOffset: alternate.zone.fixedOffset, abbreviation: alternate.zone.text),
        !found.skipsClock
      else { continue }
      if best == nil || abs(found.epoch - instant) < abs(best!.epoch - instant) {
        best = (found.epoch, found.offset, day)
      }
    }
    guard let best else { return }
    resolved.epochSeconds = best.epoch
    resolved.timestamp = TimestampResolver.format(
      date: best.date, time: alternate.time, offset: best.offset, isUTC: alternate.zone.identifier == "UTC")
  }

  /// The offset a declaration names when it is a fixed offset (`+02:00`), else nil.
  static func fixedOffset(of declaration: TimeZoneDeclaration?) -> Int? {
    guard let identifier = declaration?.identifier, identifier.first == "+" || identifier.first == "-" else {
      return nil
    }
    let sign = identifier.first == "-" ? -1 : 1
    let digits = identifier.dropFirst().split(separator: ":").compactMap { Int($0) }
    guard digits.count == 2 else { return nil }
    return sign * (digits[0] * 3600 + digits[1] * 60)
  }
}
