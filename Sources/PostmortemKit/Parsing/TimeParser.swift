/// Reads the time that starts a timeline line: 12- and 24-hour clocks, optional date, weekday
/// and zone, ISO-8601 timestamps, and the broken forms real timelines contain.
public enum TimeParser {
  /// Words that hedge a time ("approx. 14:20", "around 14:05").
  static let approximateWords: Set<String> = [
    "approx", "approximately", "around", "about", "ca", "circa", "roughly", "est", "estimated",
  ]
  private static let placeholderWords: Set<String> = ["tbd", "tba", "unknown", "xx", "xxxx", "hh", "time"]
  private static let separators: Set<Unicode.Scalar> = [
    ":", "-", "–", "—", "|", "→", "⇒", "➜", "➡", "▶", ",", ">", "=", ";", "·", "•", "‣", "∙",
    // The variation selector an emoji arrow carries ("➡️").
    "\u{FE0F}",
  ]
  /// Words that may stand before a time without changing it: "At 14:10, rollback".
  private static let leadWords: Set<String> = ["at", "by"]
  private static let rangeSymbols: Set<Unicode.Scalar> = ["-", "–", "—", "→"]

  /// Whether `scalar` is (part of) an emoji that marks a line: 🔴, ✅, ⚠️ (with its variation
  /// selector), or a joiner between two. ASCII keycap bases such as `#` and `*` are not.
  private static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x80 && (scalar.properties.isEmoji || scalar.value == 0xFE0F || scalar.value == 0x200D)
  }
  private static let rangeWords: Set<String> = ["to", "until", "till", "a", "hasta", "à", "bis", "até", "tot"]
  /// The words of other languages before a time, as "at" and "around" stand in English: the
  /// Spanish "a las 18:40" and "antes de las 18:40", the French "vers 14h", the German "gegen
  /// 14:05"; whether each makes the time an estimate.
  private static let leadPhrases: [(words: [String], approximate: Bool)] = [
    (["a", "las"], false), (["hacia", "las"], true), (["sobre", "las"], true), (["antes", "de", "las"], true),
    (["alrededor", "de", "las"], true), (["después", "de", "las"], true), (["vers"], true), (["à"], false),
    (["um"], false), (["gegen"], true), (["às"], false), (["por", "volta", "das"], true), (["alle"], false),
    (["verso", "le"], true), (["om"], false), (["rond"], true),
    // The words that open a stretch or bound it ("since 14:30 the queue grew", "ab 19:27",
    // "after 15:10"): the time is the entry's, an estimate when only bounded by it, and the word
    // is kept with it ("until 15:00" is no "15:00").
    (["since"], false), (["until"], false), (["till"], false), (["after"], true), (["before"], true),
    (["ab"], false), (["seit"], false), (["bis"], false), (["nach"], true), (["vor"], true), (["depuis"], false),
    (["dès"], false), (["après"], true), (["avant"], true), (["desde", "las"], false), (["hasta", "las"], false),
    (["até", "às"], false), (["depois", "das"], true), (["antes", "das"], true), (["dalle"], false),
    (["fino", "alle"], false), (["dopo", "le"], true), (["prima", "delle"], true), (["vanaf"], false),
    (["sinds"], false), (["tot"], false),
  ]
  private static let leadPhrasesByFirstWord = Dictionary(grouping: leadPhrases) { $0.words[0] }

  /// The first words of the lead phrases that bound a stretch of time rather than place a moment.
  private static let boundingLeads: Set<String> = [
    "since", "until", "till", "ab", "seit", "bis", "depuis", "dès", "desde", "hasta", "até", "dalle", "fino", "vanaf",
    "sinds", "tot",
  ]
  /// Where the lead phrase at `index` ends, when one stands there before a number, and whether
  /// it hedges the time.
  private static func leadPhraseEnd(_ tokens: [TextToken], at index: Int) -> (end: Int, approximate: Bool)? {
    guard tokens[index].isWord, tokens[index].count <= 9,
      let phrases = leadPhrasesByFirstWord[tokens[index].text.lowercased()]
    else { return nil }
    for phrase in phrases {
      let end = index + phrase.words.count
      guard end < tokens.count, tokens[end].isNumber,
        phrase.words.indices.dropFirst().allSatisfy({
          tokens[index + $0].isWord && tokens[index + $0].text.lowercased() == phrase.words[$0]
        })
      else { continue }
      return (end, phrase.approximate)
    }
    return nil
  }
  /// Where an offset in brackets at `index` ends ("(+5m)", "[T+1h10m]", "(T-0)"), after its
  /// closing bracket; nil when there is none.
  static func bracketedOffsetEnd(_ tokens: [TextToken], at index: Int) -> Int? {
    guard index + 3 < tokens.count, tokens[index].isSymbol("(") || tokens[index].isSymbol("[") else { return nil }
    var probe = index + 1
    if tokens[probe].isWord, tokens[probe].text == "T" || tokens[probe].text == "t" { probe += 1 }
    guard probe < tokens.count,
      tokens[probe].isSymbol("+") || tokens[probe].isSymbol("-") || tokens[probe].isSymbol("−")
    else { return nil }
    probe += 1
    var sawNumber = false
    // Numbers, units and colons, with no space between them: "5m", "1h10m", "0:09".
    while probe < tokens.count, !tokens[probe].spaceBefore {
      let token = tokens[probe]
      if token.isNumber {
        sawNumber = true
      } else if !(token.isSymbol(":") || token.isWord && offsetUnits.contains(token.text.lowercased())) {
        break
      }
      probe += 1
    }
    let closing: Unicode.Scalar = tokens[index].isSymbol("(") ? ")" : "]"
    guard sawNumber, probe < tokens.count, tokens[probe].isSymbol(closing) else { return nil }
    return probe + 1
  }

  /// Where a note in brackets at `index` that says "the next day" or "the day before" ends, after
  /// its closing bracket, and the days it moves the time by; nil when there is none.
  static func dayMarkEnd(_ tokens: [TextToken], at index: Int) -> (end: Int, days: Int)? {
    guard index + 2 < tokens.count, tokens[index].isSymbol("(") || tokens[index].isSymbol("[") else { return nil }
    let closing: Unicode.Scalar = tokens[index].isSymbol("(") ? ")" : "]"
    var words = ""
    var probe = index + 1
    while probe < min(tokens.count, index + 6), !tokens[probe].isSymbol(closing) {
      if probe > index + 1, tokens[probe].spaceBefore { words += " " }
      words += tokens[probe].text.lowercased()
      probe += 1
    }
    guard probe < tokens.count, tokens[probe].isSymbol(closing) else { return nil }
    if nextDayMarks.contains(words) { return (probe + 1, 1) }
    if previousDayMarks.contains(words) { return (probe + 1, -1) }
    return nil
  }

  private static let nextDayMarks: Set<String> = [
    "next day", "the next day", "following day", "the following day", "+1d", "+1 day", "d+1", "day+1",
    "+1 d",
  ]

  /// "21:01 (prev. night)": a time of the evening before the day the timeline is on.
  private static let previousDayMarks: Set<String> = [
    "prev. night", "prev night", "previous night", "the night before", "night before", "previous day",
    "prev. day", "prev day", "the day before", "day before", "previous evening", "the evening before",
    "yesterday", "-1d", "-1 day", "d-1", "day-1",
  ]

  private static let offsetUnits: Set<String> = ["s", "m", "h", "d", "min", "mins", "hr", "hrs", "sec", "secs"]

  /// Where the text after the "~~" that closes a struck-out passage begins, looking from
  /// `start` within the next few tokens; nil when none closes it there.
  /// Where an emoji shortcode opened by the colon at `colon` ends (":clock2:", ":rotating_light:"),
  /// when a space follows it, or nil.
  private static func shortcodeEnd(_ tokens: [TextToken], after colon: Int) -> Int? {
    var index = colon + 1
    guard index < tokens.count, tokens[index].isWord, !tokens[index].spaceBefore else { return nil }
    while index < tokens.count, !tokens[index].spaceBefore,
      tokens[index].isWord || tokens[index].isNumber || tokens[index].isSymbol("_") || tokens[index].isSymbol("-")
        || tokens[index].isSymbol("+")
    {
      index += 1
    }
    guard index + 1 < tokens.count, tokens[index].isSymbol(":"), !tokens[index].spaceBefore,
      tokens[index + 1].spaceBefore
    else { return nil }
    return index + 1
  }

  private static func closingTildes(_ tokens: [TextToken], after start: Int) -> Int? {
    var index = start
    while index + 1 < min(tokens.count, start + 12) {
      if tokens[index].isSymbol("~"), tokens[index + 1].isSymbol("~"), !tokens[index + 1].spaceBefore {
        return index + 2
      }
      index += 1
    }
    return nil
  }

  /// Words that open a span at the start of a line: "Between 14:40 and 14:45", "From 14:05 to 14:20".
  private static let spanOpeners: Set<String> = ["between", "from", "entre", "zwischen", "tussen", "desde"]
  /// The words that close such a span: "entre 18:40 y 18:45", "zwischen 14:05 und 14:20".
  private static let spanClosers: Set<String> = ["and", "y", "et", "e", "und", "en"]
  private static let openingMarks: Set<Unicode.Scalar> = ["*", "_", "[", "(", "`", "<", "\""]
  private static let closingMarks: Set<Unicode.Scalar> = ["*", "_", "]", ")", "`", ">", "\""]

  /// Reads a time (or a date, or an unreadable time) at the start of `text`; nil when the text
  /// does not start with anything time-like.
  public static func scan(_ text: String, allowingRange: Bool = false, closingCell: Bool = false) -> TimeExpression? {
    scan(Substring(text), allowingRange: allowingRange, closingCell: closingCell)
  }

  /// Reads a time at the start of `text`; with `allowingRange`, a span such as `23:40 – 23:45`
  /// is read whole (`raw` holds both ends, `time` is the start). With `closingCell`, `text` is a
  /// time column's cell, where an hour the French way with nothing after it ("22h") is a time.
  public static func scan(_ text: Substring, allowingRange: Bool = false, closingCell: Bool = false)
    -> TimeExpression?
  {
    // "10시 31분", "午後3時40分": hour and minute marks instead of a colon.
    if CJKClockReader.mayOpenWithClock(text), let clock = CJKClockReader.read(text) { return clock }
    let tokens = TextToken.tokenize(text)
    var index = 0
    var approximate = false
    // Where a lead phrase that bounds the time ("until 15:00") starts: kept in the written form.
    var boundingLead: Int?
    // "Between 14:40 and 14:45 – alert storm": a span opened by a word, whose "and" ends it.
    var spanOpened = false
    // Leading markup, emoji and hedges: "~14:20", "[14:05]", "🔴 14:06", "approx. 14:20", "At 14:10".
    while index < tokens.count {
      let token = tokens[index]
      // "~~14:11~~ 14:12 rollback": a struck-out time, corrected after it (postmortem reads
      // Markdown without the strikethrough extension, so the tildes are text).
      if token.isSymbol("~"), index + 1 < tokens.count, tokens[index + 1].isSymbol("~"),
        !tokens[index + 1].spaceBefore, let close = closingTildes(tokens, after: index + 2)
      {
        index = close
        continue
      }
      if isHedgeMark(token) {
        approximate = true
        index += 1
      } else if token.kind == .symbol, openingMarks.contains(token.scalar) || isEmojiPart(token.scalar) {
        index += 1
      } else if token.isSymbol(":"), let end = shortcodeEnd(tokens, after: index) {
        // An emoji as Slack writes it, pasted with the chat: ":clock2: 10:02 deploy".
        index = end
      } else if token.isSymbol("@"), index + 1 < tokens.count, tokens[index + 1].isNumber {
        // "@ 09:25 traffic back to normal": "at", written as chat writes it.
        index += 1
      } else if isLeadWord(token), index + 1 < tokens.count,
        tokens[index + 1].isNumber
          || (index + 2 < tokens.count && tokens[index + 2].isNumber && tokens[index + 1].isWord
            && approximateWords.contains(tokens[index + 1].text.lowercased()))
      {
        // "At 14:10", and a hedge after it: "At approximately 3:15 AM" (read below).
        index += 1
      } else if index + 1 < tokens.count, tokens[index + 1].isWord || tokens[index + 1].isNumber,
        let (end, hedged) = leadPhraseEnd(tokens, at: index)
      {
        approximate = approximate || hedged
        if boundingLead == nil, boundingLeads.contains(token.text.lowercased()) { boundingLead = index }
        index = end
      } else if allowingRange, !spanOpened, token.isWord, token.count >= 4, token.count <= 8,
        index + 1 < tokens.count, tokens[index + 1].isNumber, spanOpeners.contains(token.text.lowercased())
      {
        spanOpened = true
        index += 1
      } else if token.isWord, token.count == 1, token.text == "T" || token.text == "t", index + 3 < tokens.count,
        tokens[index + 1].isNumber, !tokens[index + 1].spaceBefore, tokens[index + 2].isSymbol(":"),
        !tokens[index + 2].spaceBefore, tokens[index + 3].isNumber, !tokens[index + 3].spaceBefore
      {
        // ("T0: alert fires" is the relative moment, read below.)
        // ISO 8601's time without its date: "T14:35Z escalation".
        index += 1
      } else if index == 0, token.isWord, token.count == 6, token.text == "Posted", index + 1 < tokens.count,
        tokens[index + 1].isNumber || tokens[index + 1].isWord
      {
        // A status page's "Posted Mar 02, 2024 - 15:40 UTC" under each update.
        index += 1
      } else if token.isWord, approximateWords.contains(token.text.lowercased()),
        index + 1 < tokens.count, tokens[index + 1].isNumber || tokens[index + 1].isSymbol(".")
      {
        approximate = true
        index += 1
        if index < tokens.count, tokens[index].isSymbol(".") { index += 1 }
      } else {
        break
      }
    }
    guard index < tokens.count else { return nil }
    // "Day 2 - T+25:00": a chaos test's day before its offset, which counts the hours already.
    if let afterDay = dayBeforeOffset(tokens, at: index), relativeTime(tokens, at: afterDay) != nil {
      index = afterDay
    }
    if let (seconds, relativeEnd) = relativeTime(tokens, at: index) {
      var expression = TimeExpression(raw: "", rest: text[text.endIndex...])
      expression.relativeSeconds = seconds
      expression.isApproximate = approximate
      var end = relativeEnd
      if let (clock, zone, clockEnd) = clockBeside(tokens, at: end) {
        expression.time = clock
        expression.zone = zone
        end = clockEnd
      }
      expression.raw = String(text[tokens[index].text.startIndex..<tokens[end - 1].text.endIndex])
      expression.rest = restOfLine(text, tokens: tokens, from: end)
      return expression
    }
    // The written form keeps a hedge ("~14:20", "approx. 14:20") or a bound ("until 15:00") but
    // not other markup.
    let hedgeIndex =
      approximate
      ? tokens[..<index].firstIndex {
        !($0.kind == .symbol && openingMarks.contains($0.scalar))
          && !isLeadWord($0)
      } : boundingLead
    let firstIndex = index
    var expression = TimeExpression(raw: "", rest: text[text.endIndex...])
    expression.isApproximate = approximate

    // A weekday: "Mon 23:50", "Tuesday".
    if tokens[index].isWord, let weekday = DateParser.weekdayNames[tokens[index].text.lowercased()] {
      var j = index + 1
      if j < tokens.count, tokens[j].isSymbol(",") { j += 1 }
      var probe = j
      if j < tokens.count, tokens[j].isNumber, scanClock(tokens, at: &probe) != nil {
        expression.weekday = weekday
        index = j
      }
    }

    // A date: "2025-04-29 14:00", "2024-03-02T14:05:00Z", "March 2, 2024 2:05 PM".
    var dateIndex = index
    switch DateParser.scan(tokens, at: &dateIndex) {
    case .valid(let date):
      expression.date = date
      index = dateIndex
    case .invalid:
      expression.dateIsInvalid = true
      index = dateIndex
    case .none:
      // "Day 2, 00:35": the incident's second day, before a time or alone.
      // "Day 3 — Wednesday, October 16", "Day 2: 2024-03-05": the date beside the day's number
      // says which day it is, whatever the document's date.
      if let end = dateAfterDayNumber(tokens, at: index, into: &expression) {
        index = end
        break
      }
      if let (number, end) = dayNumber(tokens, at: index) {
        expression.dayNumber = number
        index = end
        break
      }
      // A date without its year counts only before a time, or alone: "May 5 servers failed" is prose.
      var yearlessEnd = index
      if let monthDay = DateParser.scanYearless(tokens, at: &yearlessEnd) {
        var probe = yearlessEnd
        if probe < tokens.count,
          tokens[probe].isSymbol(",") || tokens[probe].isSymbol("@")
            // A dash after a month's name ("March 12 — 14:05"); after digits ("19.11 – 19:20") it
            // makes a span of a broken time.
            || (tokens[probe].kind == .symbol && rangeSymbols.contains(tokens[probe].scalar)
              && tokens[index..<yearlessEnd].contains { $0.isWord })
            || (tokens[probe].isWord && tokens[probe].count == 2 && tokens[probe].text.lowercased() == "at")
        {
          probe += 1
        }
        // A hedge before the time: "07-22 ~13:00" (read with the date's below).
        if probe + 1 < tokens.count, isHedgeMark(tokens[probe]), tokens[probe + 1].isNumber {
          probe += 1
        }
        // A month's name and its day, then a colon or dash and the event, is a day of its own:
        // "May 5 - servers failed", "March 12: deploy"; so is a month and day in numbers with a
        // slash or dash, "07/09: merged the fix", "07-09: …" (with a dot, "12.03", a broken time).
        let namedDayAlone = {
          yearlessEnd + 1 < tokens.count
            && tokens[index..<yearlessEnd].contains { $0.isWord || $0.isSymbol("/") || $0.isSymbol("-") }
            && (tokens[yearlessEnd].isSymbol(":")
              || tokens[yearlessEnd].kind == .symbol
                && rangeSymbols.contains(tokens[yearlessEnd].scalar) && tokens[yearlessEnd].spaceBefore)
            && tokens[yearlessEnd + 1].isWord
        }
        if yearlessEnd == tokens.count || scanClock(tokens, at: &probe) != nil
          || scanUnreadable(tokens, at: probe) != nil || namedDayAlone()
        {
          expression.monthDay = monthDay
          index = yearlessEnd
        }
      }
    }
    if expression.date != nil || expression.dateIsInvalid || expression.monthDay != nil || expression.dayNumber != nil {
      if index < tokens.count, tokens[index].isWord, tokens[index].text == "T" || tokens[index].text == "t",
        !tokens[index].spaceBefore
      {
        index += 1
      } else if index < tokens.count,
        tokens[index].isSymbol(",") || tokens[index].isSymbol("@") || tokens[index].isSymbol("/")
          || (tokens[index].isWord && tokens[index].text.lowercased() == "at")
          || (expression.dayNumber != nil && tokens[index].kind == .symbol
            && rangeSymbols.contains(tokens[index].scalar))
      {
        index += 1
        // "May 12, 2024, at 10:00 AM": a comma, then "at".
        if index + 1 < tokens.count, tokens[index - 1].isSymbol(","), tokens[index].isWord,
          tokens[index].count == 2, tokens[index].text.lowercased() == "at", tokens[index + 1].isNumber
        {
          index += 1
        }
      } else if index + 1 < tokens.count, tokens[index].kind == .symbol, rangeSymbols.contains(tokens[index].scalar),
        case var probe = index + 1, scanClock(tokens, at: &probe) != nil
      {
        // A status page's "Mar 2, 2024 - 15:40 UTC", "March 12 — 14:05": the dash joins the date
        // to its time.
        index += 1
      }
      // A hedge between the date and its time: "2017/01/31 ± 23:00", "2024-03-02 ~14:20".
      if index + 1 < tokens.count, isHedgeMark(tokens[index]), tokens[index + 1].isNumber {
        expression.isApproximate = true
        index += 1
      }
    }

    var lastConsumed = index - 1
    var probe = index
    // A date, then a clock written with hour and minute marks: "2024년 8월 23일 오전 10시 31분";
    // with no space, the day's mark and the clock's words are one token ("25日午後3時").
    if expression.date != nil || expression.monthDay != nil, index < tokens.count,
      case let after = TimeParser.droppingDayMark(text[tokens[index].text.startIndex...]),
      CJKClockReader.mayOpenWithClock(after), let clock = CJKClockReader.read(after)
    {
      expression.time = clock.time
      expression.clockStyle = clock.clockStyle
      let start = tokens[hedgeIndex ?? firstIndex].text.startIndex
      let clockEnd = after.index(after.startIndex, offsetBy: clock.raw.count)
      expression.raw = String(text[start..<clockEnd])
      expression.rest = clock.rest
      return expression
    }
    // The French clock may close a time column's cell, or a cell after its date: "22h", "10 h",
    // "9 h 05", "2026-05-18 ~22h" (in running text "2h" is as often a length).
    if closingCell || expression.date != nil || expression.monthDay != nil,
      let (time, last) = frenchClockClosing(tokens, at: probe)
    {
      expression.time = time
      expression.clockStyle = .twentyFourHour
      let start = tokens[hedgeIndex ?? firstIndex].text.startIndex
      expression.raw = String(text[start..<tokens[last].text.endIndex])
      expression.rest = text[text.endIndex...]
      return expression
    }
    if let clock = scanClock(tokens, at: &probe) {
      switch clock {
      case .time(let time, let style):
        expression.time = time
        expression.clockStyle = style
      case .unreadable:
        expression.isUnrecognized = true
      }
      index = probe
      lastConsumed = index - 1
      // The end of a span: "23:40 – 23:45", "2:05 PM to 2:20 PM". Its zone, if any, is the
      // zone of both ends.
      var spansRange = false
      if allowingRange, let start = expression.time,
        let end = rangeEnd(tokens, at: index, andEndsIt: spanOpened) ?? shortRangeEnd(tokens, at: index, after: start)
      {
        // "1:21–1:29 PM": a start written without its half of the day is in the end's (or the
        // one before it, when that puts it first: "11:50–12:10 PM").
        var endProbe = index + 1
        if expression.clockStyle == .eitherHalf, let start = expression.time,
          case .time(let endTime, .twelveHour) = scanClock(tokens, at: &endProbe)
        {
          expression.time = TimeParser.inHalfOfDay(of: endTime, start)
          expression.clockStyle = .twelveHour
        }
        index = end
        lastConsumed = end - 1
        spansRange = true
      }
      // The moments one event happened at: "05:12, 06:17, 07:22 AM — the alert re-fires". The
      // first is the entry's, in the half of the day written after the last.
      if allowingRange, !spansRange, let start = expression.time, let (end, last) = listedClocksEnd(tokens, at: index) {
        if expression.clockStyle == .eitherHalf, case .time(let lastTime, .twelveHour) = last {
          expression.time = TimeParser.inHalfOfDay(of: lastTime, start)
          expression.clockStyle = .twelveHour
        }
        index = end
        lastConsumed = end - 1
      }
      // A zone right after the time: "14:05 UTC", "2:05 PM PDT", "14:05Z", "14:05 (UTC)".
      var zoneIndex = index
      var parenthesised = false
      if zoneIndex + 1 < tokens.count, tokens[zoneIndex].isSymbol("(") {
        zoneIndex += 1
        parenthesised = true
      }
      // An offset stands against the time ("14:05+02:00"), or after a space in a full timestamp
      // as logs and git write it ("2019-05-04 00:15 +0000"), or a time written to the second
      // ("14:01:58 +0200"); after a bare "14:05" a signed number may be anything.
      let loggedToTheSecond = index >= 4 && tokens[index - 2].isSymbol(":") && tokens[index - 4].isSymbol(":")
      let signedOffsetAllowed =
        zoneIndex < tokens.count
        && (!tokens[zoneIndex].spaceBefore
          || ((expression.date != nil || loggedToTheSecond) && isSpacedOffset(tokens, at: zoneIndex)))
      if zoneIndex < tokens.count, tokens[zoneIndex].isWord || signedOffsetAllowed,
        let zone = TimeZoneTable.match(tokens, at: &zoneIndex, singleWordNames: false)
          ?? regionZone(tokens, at: &zoneIndex, closedByBracket: parenthesised)
      {
        // "9:21 PM( GMT 0)": the offset from UTC written apart, nothing.
        if parenthesised, zone.identifier == "UTC", zoneIndex + 1 < tokens.count, tokens[zoneIndex].intValue == 0,
          tokens[zoneIndex].isNumber, tokens[zoneIndex + 1].isSymbol(")")
        {
          zoneIndex += 1
        }
        if !parenthesised || (zoneIndex < tokens.count && tokens[zoneIndex].isSymbol(")")) {
          expression.zone = zone
          index = parenthesised ? zoneIndex + 1 : zoneIndex
          lastConsumed = parenthesised ? zoneIndex : zoneIndex - 1
          // "23:40 UTC – 23:45 UTC": the end repeats the zone.
          if allowingRange, !spansRange, expression.time != nil, var end = rangeEnd(tokens, at: index) {
            var repeated = end
            if repeated < tokens.count, tokens[repeated].isWord,
              TimeZoneTable.match(tokens, at: &repeated, singleWordNames: false)?.text == zone.text
            {
              end = repeated
            }
            index = end
            lastConsumed = end - 1
          }
        }
      }
      // The year after the time and its zone, as date(1) writes it: "Sat Mar 2 14:25:01 PST 2024".
      if let monthDay = expression.monthDay, expression.zone != nil, index < tokens.count, tokens[index].isNumber,
        tokens[index].count == 4, let year = tokens[index].intValue, (1970...2100).contains(year),
        // "… UTC 2024 requests failed" counts requests: the year ends the line or a separator follows it.
        index + 1 == tokens.count || tokens[index + 1].kind == .symbol,
        let date = CalendarDate(year: year, month: monthDay.month, day: monthDay.day)
      {
        expression.date = date
        expression.monthDay = nil
        index += 1
        lastConsumed = index - 1
      }
      // The same moment in a second zone: "14:05 UTC / 06:05 PST", "14:05 UTC (7:05 AM PDT)".
      if expression.zone != nil, expression.time != nil, let (alternate, end) = alternateTime(tokens, text, at: index) {
        expression.alternate = alternate
        index = end
        lastConsumed = end - 1
      }
      // A hedge after the time: "23:00-ish", "23:00ish".
      if expression.time != nil, index < tokens.count, !tokens[index].spaceBefore {
        var hedge = index
        if tokens[hedge].isSymbol("-"), hedge + 1 < tokens.count, !tokens[hedge + 1].spaceBefore { hedge += 1 }
        if tokens[hedge].isWord, tokens[hedge].count == 3, tokens[hedge].text.lowercased() == "ish" {
          expression.isApproximate = true
          index = hedge + 1
          lastConsumed = hedge
        }
      }
      // A hedge in brackets after the time: "09:40 (approx.)", "14:05 (est)".
      if expression.time != nil, index + 2 < tokens.count, tokens[index].isSymbol("("), tokens[index + 1].isWord,
        approximateWords.contains(tokens[index + 1].text.lowercased())
      {
        var close = index + 2
        if close < tokens.count, tokens[close].isSymbol(".") { close += 1 }
        if close < tokens.count, tokens[close].isSymbol(")") {
          expression.isApproximate = true
          index = close + 1
          lastConsumed = close
        }
      }
      // A note that the time is on the day after ("00:35 (next day)", "01:10 (+1d)") or before
      // ("21:01 (prev. night)") places it there; it is not the event.
      if expression.time != nil, let mark = dayMarkEnd(tokens, at: index) {
        expression.dayShift = Int8(mark.days)
        index = mark.end
      }
      // The offset from the start written beside the time ("14:10 (+5m) alert", "14:05 (T+0)") is
      // neither the time as written nor the event.
      // An offset counted from T ("(T+0)", "[T+15m]") says when T+0 was, as "T+0 (14:05)" does.
      if expression.time != nil, let end = bracketedOffsetEnd(tokens, at: index) {
        if expression.relativeSeconds == nil, tokens[index + 1].isWord,
          let (seconds, offsetEnd) = relativeTime(tokens, at: index + 1), offsetEnd == end - 1
        {
          expression.relativeSeconds = seconds
        }
        index = end
      }
      // The date after the time: "23:59 Nov 13", "14:05 UTC on 2024-03-02".
      if expression.time != nil, expression.date == nil, expression.monthDay == nil, expression.dayNumber == nil,
        !expression.dateIsInvalid, let end = trailingDate(tokens, at: index, into: &expression)
      {
        index = end
        lastConsumed = end - 1
      }
    } else if expression.date == nil && !expression.dateIsInvalid && expression.monthDay == nil
      && expression.dayNumber == nil
    {
      // Nothing readable: is it a broken time ("14.43", "??:??", "--:--", "TBD")?
      guard var end = scanUnreadable(tokens, at: firstIndex) else { return nil }
      expression.isUnrecognized = true
      // A span of dotted clocks is one broken time with its end: "14.20–14.35 rollback".
      if allowingRange, end == firstIndex + 3, tokens[firstIndex + 1].isSymbol("."), end + 3 < tokens.count,
        tokens[end].kind == .symbol, rangeSymbols.contains(tokens[end].scalar), tokens[end + 2].isSymbol("."),
        let spanEnd = scanUnreadable(tokens, at: end + 1), spanEnd == end + 4
      {
        end = spanEnd
      }
      // The half of the day and the date written after it are the entry's too, not its event:
      // "xx:xx PM January 21, 2026: the user was told".
      if end < tokens.count, tokens[end].isWord, tokens[end].count == 2,
        ["am", "pm"].contains(tokens[end].text.lowercased())
      {
        end += 1
      }
      if let dateEnd = trailingDate(tokens, at: end, into: &expression) { end = dateEnd }
      index = end
      lastConsumed = end - 1
    } else if index < tokens.count, expression.date != nil || expression.monthDay != nil,
      let end = scanUnreadable(tokens, at: index)
    {
      // A date, then its time written wrongly: "2024-09-03 ??:??", "Mar 2 14.43".
      expression.isUnrecognized = true
      index = end
      lastConsumed = end - 1
    }

    guard lastConsumed >= firstIndex else { return nil }
    var start = tokens[hedgeIndex ?? firstIndex].text.startIndex
    var end = tokens[lastConsumed].text.endIndex
    // Brackets around the time belong to it: "[14:05]", "[???]".
    let openingIndex = (hedgeIndex ?? firstIndex) - 1
    if openingIndex >= 0, lastConsumed + 1 < tokens.count,
      case let opening = tokens[openingIndex].scalar, case let closing = tokens[lastConsumed + 1].scalar,
      (opening == "[" && closing == "]") || (opening == "(" && closing == ")")
    {
      start = tokens[openingIndex].text.startIndex
      end = tokens[lastConsumed + 1].text.endIndex
    }
    expression.raw = String(text[start..<end])
    expression.rest = restOfLine(text, tokens: tokens, from: index)
    return expression
  }

  /// `+0000` or `-07:00` at `index`: a sign and four digits, or two and two, written together.
  private static func isSpacedOffset(_ tokens: [TextToken], at index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index].isSymbol("+") || tokens[index].isSymbol("-"),
      tokens[index + 1].isNumber, !tokens[index + 1].spaceBefore
    else { return false }
    if tokens[index + 1].count == 4 { return true }
    return tokens[index + 1].count == 2 && index + 3 < tokens.count && tokens[index + 2].isSymbol(":")
      && tokens[index + 3].isNumber && tokens[index + 3].count == 2 && !tokens[index + 2].spaceBefore
  }

  /// The first time anywhere in `text` (each number tried as a start) that `accept` takes: the
  /// zone of "Between 14:05 and 14:47 GMT", the moment of "relative to the page at 16:02 (T+0)".
  static func firstTime(in text: String, where accept: (TimeExpression) -> Bool) -> TimeExpression? {
    for token in TextToken.tokenize(Substring(text)) where token.isNumber {
      if let found = scan(text[token.text.startIndex...]), found.time != nil, accept(found) { return found }
    }
    return nil
  }

  /// `T+0:09`, `T+00:09:30`, `T+9m`, `T+1h10m`, `T+1h`, `T+45 min`, `T-12m`, `T0` at `index`: the
  /// offset in seconds and where it ends.
  static func relativeTime(_ tokens: [TextToken], at index: Int) -> (Int, Int)? {
    // Checked on the first byte: this runs for every line a timeline scans.
    guard index + 1 < tokens.count, tokens[index].count == 1, !tokens[index + 1].spaceBefore else { return nil }
    // "+3 min", "+50 min": the offset without its T, as a table of rough times counts from its
    // first row; a unit is then needed ("+01:00" is a zone's offset, "+1" a vote).
    let withoutT = tokens[index].isSymbol("+")
    guard withoutT || tokens[index].text.utf8.first == UInt8(ascii: "T") else { return nil }
    // "T0": the moment itself.
    if !withoutT, tokens[index + 1].isNumber, tokens[index + 1].text == "0",
      index + 2 == tokens.count || tokens[index + 2].spaceBefore || !tokens[index + 2].isNumber
    {
      return (0, index + 2)
    }
    let signIndex = withoutT ? index : index + 1
    let sign: Int
    switch tokens[signIndex].scalar {
    case "+": sign = 1
    case "-", "−", "–": sign = -1
    default: return nil
    }
    var j = signIndex + 1
    // Six digits at most: hostile input writes absurd offsets, which must not overflow.
    guard j < tokens.count, tokens[j].isNumber, !tokens[j].spaceBefore, tokens[j].count <= 6,
      let first = tokens[j].intValue
    else {
      return nil
    }
    j += 1
    // H:MM or H:MM:SS.
    if !withoutT, j + 1 < tokens.count, tokens[j].isSymbol(":"), !tokens[j].spaceBefore, tokens[j + 1].isNumber,
      tokens[j + 1].count == 2, let minutes = tokens[j + 1].intValue, minutes < 60
    {
      var seconds = first * 3600 + minutes * 60
      j += 2
      if j + 1 < tokens.count, tokens[j].isSymbol(":"), !tokens[j].spaceBefore, tokens[j + 1].isNumber,
        tokens[j + 1].count == 2, let extra = tokens[j + 1].intValue, extra < 60
      {
        seconds += extra
        j += 2
      }
      return (sign * seconds, j)
    }
    // Units: 1h10m, 1h, 9m, 45 min, 2 hours, 30s.
    var seconds = 0
    var value: Int? = first
    while let amount = value, j < tokens.count, tokens[j].isWord,
      let unit = relativeUnits[tokens[j].text.lowercased()]
    {
      seconds += amount * unit
      j += 1
      value = nil
      // The next amount: "1h10m", "1h 10m".
      if j + 1 < tokens.count, tokens[j].isNumber, tokens[j].count <= 6, let next = tokens[j].intValue,
        tokens[j + 1].isWord, relativeUnits[tokens[j + 1].text.lowercased()] != nil
      {
        value = next
        j += 1
      }
    }
    // A number with no unit after it (T+5): minutes, as runbooks count.
    if let amount = value {
      guard seconds == 0, !withoutT else { return nil }
      seconds = amount * 60
    }
    guard seconds <= 1000 * 86_400 else { return nil }
    return (sign * seconds, j)
  }

  private static let relativeUnits: [String: Int] = [
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "m": 60, "min": 60, "mins": 60, "minute": 60,
    "minutes": 60, "s": 1, "sec": 1, "secs": 1, "d": 86_400, "day": 86_400, "days": 86_400,
  ]

  /// A date written after the time at `index` (after a comma or "on", or in brackets: "12:10am
  /// (Mar 6)"): a full date, or a month in words and a day (`Nov 13`, `13 Nov`); numbers alone
  /// ("3/4 of the servers") are not read as a date there. Sets the expression's date and returns
  /// where it ends.
  private static func trailingDate(_ tokens: [TextToken], at index: Int, into expression: inout TimeExpression) -> Int?
  {
    var start = index
    let bracketed = start + 2 < tokens.count && tokens[start].isSymbol("(")
    if bracketed {
      start += 1
    } else if start < tokens.count,
      tokens[start].isSymbol(",") || (tokens[start].isWord && tokens[start].count == 2 && tokens[start].text == "on")
    {
      start += 1
    }
    /// Where the date ends, past its closing bracket; nil when a bracket opened and does not close there.
    func closed(_ end: Int) -> Int? {
      guard bracketed else { return end }
      return end < tokens.count && tokens[end].isSymbol(")") ? end + 1 : nil
    }
    // Most entries go on with a word that is no month: judged on its length and first letter
    // before any lookup, as this runs for every timed line.
    let monthWord = { (i: Int) -> Bool in
      guard i < tokens.count, tokens[i].isWord, (3...9).contains(tokens[i].count),
        TimeParser.startsLikeAMonth(tokens[i].text)
      else { return false }
      return DateParser.monthNames[tokens[i].text.lowercased()] != nil
    }
    guard start < tokens.count,
      monthWord(start) || (tokens[start].isNumber && (tokens[start].count == 4 || monthWord(start + 1)))
        || (tokens[start].isNumber && tokens[start].count <= 2 && start + 1 < tokens.count
          && !tokens[start + 1].spaceBefore && !tokens[start + 1].isWord)
    else { return nil }
    var end = start
    if case .valid(let date) = DateParser.scan(tokens, at: &end) {
      guard let after = closed(end) else { return nil }
      expression.date = date
      return after
    }
    guard monthWord(start) || (tokens[start].isNumber && monthWord(start + 1)) else { return nil }
    end = start
    guard let monthDay = DateParser.scanYearless(tokens, at: &end), let after = closed(end) else { return nil }
    expression.monthDay = monthDay
    return after
  }

  /// Whether `word` starts with the first three letters of a month, any case: a test on three
  /// bytes that spares most words the dictionary lookup.
  private static func startsLikeAMonth(_ word: Substring) -> Bool {
    var bytes = word.utf8.makeIterator()
    guard let a = bytes.next(), let b = bytes.next(), let c = bytes.next() else { return false }
    let key = UInt32(a | 0x20) << 16 | UInt32(b | 0x20) << 8 | UInt32(c | 0x20)
    return monthPrefixes.contains(key)
  }

  /// Twelve keys, compared one by one: cheaper than hashing.
  private static let monthPrefixes: [UInt32] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { name in
      name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

  /// The clock a relative time is written with, in brackets or after `=`, `/` or `@`
  /// ("T+0 (14:00 UTC)", "T+0 = 14:00"): the same moment, which tells when T+0 was.
  private static func clockBeside(_ tokens: [TextToken], at index: Int)
    -> (TimeOfDay, TimeZoneTable.Match?, Int)?
  {
    guard index + 1 < tokens.count, tokens[index].kind == .symbol,
      clockBesideOpeners.contains(tokens[index].scalar)
    else { return nil }
    let bracketed = tokens[index].isSymbol("(") || tokens[index].isSymbol("[")
    var probe = index + 1
    guard case .time(let time, _)? = scanClock(tokens, at: &probe) else { return nil }
    let zone = probe < tokens.count ? TimeZoneTable.match(tokens, at: &probe, singleWordNames: false) : nil
    if bracketed {
      guard probe < tokens.count, tokens[probe].isSymbol(")") || tokens[probe].isSymbol("]") else { return nil }
      probe += 1
    }
    return (time, zone, probe)
  }

  private static let clockBesideOpeners: Set<Unicode.Scalar> = ["(", "[", "=", "/", "@"]

  /// A one-word zone name after a time ("2:05 PM Eastern: alert fires", "14:05 (Pacific)"),
  /// read only where the name stands alone: the line ends or a separator or closing bracket
  /// follows. Anywhere else the word is the event's first ("14:05 Eastern region fails").
  private static func regionZone(
    _ tokens: [TextToken], at index: inout Int, closedByBracket: Bool
  ) -> TimeZoneTable.Match? {
    guard index < tokens.count, tokens[index].isWord else { return nil }
    // What follows is looked at first: after most times an event's first word goes on.
    let after = index + 1
    let standsAlone =
      after == tokens.count
      || (tokens[after].kind == .symbol
        && (closedByBracket ? tokens[after].isSymbol(")") : regionZoneEnds.contains(tokens[after].scalar)))
      // In a sentence: "By 3:10 PM Eastern the service had recovered".
      || (!closedByBracket && tokens[after].isWord && tokens[after].count <= 5
        && sentenceGoesOn.contains(tokens[after].text))
    var probe = index
    guard standsAlone, let zone = TimeZoneTable.match(tokens, at: &probe), probe == after else { return nil }
    index = probe
    return zone
  }

  /// What may follow a one-word zone name after a time: the separators between a time and its
  /// event.
  private static let regionZoneEnds: Set<Unicode.Scalar> = [":", "-", "–", "—", "|", ",", ")", "]"]

  /// Words after which a one-word zone name ended its time in a sentence ("… PM Eastern the
  /// service …", "… PM Pacific we rolled back"), lower case as written mid-sentence.
  private static let sentenceGoesOn: Set<Substring> = [
    "the", "a", "an", "we", "our", "it", "its", "this", "that", "all", "and", "when", "while", "after", "as", "they",
    "their",
  ]

  /// A time with its own zone after `/` or in brackets at `index`, and where it ends.
  private static func alternateTime(
    _ tokens: [TextToken], _ text: Substring, at index: Int
  ) -> (TimeExpression.Alternate, Int)? {
    guard index + 1 < tokens.count, tokens[index].isSymbol("/") || tokens[index].isSymbol("(") else { return nil }
    let bracketed = tokens[index].isSymbol("(")
    var probe = index + 1
    guard case .time(let time, _)? = scanClock(tokens, at: &probe), probe < tokens.count,
      let zone = TimeZoneTable.match(tokens, at: &probe, singleWordNames: false)
    else { return nil }
    let raw = String(text[tokens[index + 1].text.startIndex..<tokens[probe - 1].text.endIndex])
    if bracketed {
      guard probe < tokens.count, tokens[probe].isSymbol(")") else { return nil }
      probe += 1
    }
    return (TimeExpression.Alternate(raw: raw, time: time, zone: zone), probe)
  }

  /// `~`, `≈` or `±` before a time: it is an estimate; `≤` or `≥` ("≤11:30"): a bound, at the
  /// latest or at the earliest, the moment itself not known.
  private static func isHedgeMark(_ token: TextToken) -> Bool {
    token.isSymbol("~") || token.isSymbol("≈") || token.isSymbol("±") || token.isSymbol("≤") || token.isSymbol("≥")
  }

  /// `start`, written on a 12-hour clock without its half of the day, in the half that puts it
  /// no later than `end`.
  private static func inHalfOfDay(of end: TimeOfDay, _ start: TimeOfDay) -> TimeOfDay {
    var hour = start.hour % 12 + (end.hour >= 12 ? 12 : 0)
    if hour * 60 + start.minute > end.hour * 60 + end.minute { hour = (hour + 12) % 24 }
    return TimeOfDay(hour: hour, minute: start.minute, second: start.second) ?? start
  }

  /// Where a span's end time finishes, when `tokens[index]` starts one: a dash or "to" and a time.
  private static func rangeEnd(_ tokens: [TextToken], at index: Int, andEndsIt: Bool = false) -> Int? {
    guard index + 1 < tokens.count else { return nil }
    let separator = tokens[index]
    // A word is lower-cased only when short enough to be "until": the word after a time is
    // usually the event's first, and lower-casing it would cost an allocation per entry.
    guard
      (separator.kind == .symbol && rangeSymbols.contains(separator.scalar))
        || (separator.isWord && separator.count <= 5 && rangeWords.contains(separator.text.lowercased()))
        || (andEndsIt && separator.isWord && separator.count <= 3 && spanClosers.contains(separator.text.lowercased()))
    else { return nil }
    var end = index + 1
    guard case .time = scanClock(tokens, at: &end) else { return nil }
    return end
  }

  /// Where a list of clock times after a first ends (", 06:17, 07:22 AM"), and the last of them;
  /// nil unless a comma and a time with a colon follow at `index`.
  private static func listedClocksEnd(_ tokens: [TextToken], at index: Int) -> (end: Int, last: Clock)? {
    var end = index
    var last: Clock?
    while end + 3 < tokens.count, tokens[end].isSymbol(","), tokens[end + 1].isNumber, tokens[end + 2].isSymbol(":") {
      var probe = end + 1
      guard let clock = scanClock(tokens, at: &probe), case .time = clock else { break }
      end = probe
      last = clock
    }
    return last.map { (end, $0) }
  }

  /// Where a span ends that writes only the end's last part, straight after a dash: its minutes
  /// ("10:15–30") or, after a time to the second, its seconds ("22:32:04–08"), later than the start's.
  private static func shortRangeEnd(_ tokens: [TextToken], at index: Int, after start: TimeOfDay) -> Int? {
    // Told by the spacing first: most times are followed by a spaced word or dash.
    guard index + 1 < tokens.count, !tokens[index].spaceBefore, !tokens[index + 1].spaceBefore,
      tokens[index].kind == .symbol, tokens[index + 1].isNumber, tokens[index + 1].count == 2,
      tokens[index].scalar != "→", rangeSymbols.contains(tokens[index].scalar),
      let value = tokens[index + 1].intValue, value < 60, index >= 2, tokens[index - 2].isSymbol(":")
    else { return nil }
    // The start's seconds when it wrote them ("04" of "22:32:04"), else its minutes.
    let secondsWritten = index >= 4 && tokens[index - 4].isSymbol(":")
    guard value > (secondsWritten ? start.second : start.minute) else { return nil }
    let end = index + 2
    // Nothing more of a number after it: "10:15-30" is no "10:15-30.5" or "10:15-3000".
    guard end == tokens.count || tokens[end].spaceBefore || (tokens[end].kind == .symbol && !tokens[end].isSymbol("."))
    else { return nil }
    return end
  }

  /// `Day 2` at `index` followed by a time (after `,`, `-` or `@`) or by nothing but a note in
  /// brackets: the day number and where it ends. "Day 2 of the migration" is prose.
  private static func dayNumber(_ tokens: [TextToken], at index: Int) -> (Int, Int)? {
    guard opensWithDayNumber(tokens, at: index), let number = tokens[index + 1].intValue, number >= 1 else {
      return nil
    }
    let end = index + 2
    if end == tokens.count || tokens[end].isSymbol("(") { return (number, end) }
    var probe = end
    if tokens[probe].isSymbol(",") || tokens[probe].isSymbol("@")
      || (tokens[probe].kind == .symbol && rangeSymbols.contains(tokens[probe].scalar))
    {
      probe += 1
    }
    return scanClock(tokens, at: &probe) != nil ? (number, end) : nil
  }

  /// Whether `Day 2` (the word, then the day's number in one or two digits) stands at `index`.
  private static func opensWithDayNumber(_ tokens: [TextToken], at index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index].isWord && tokens[index].count == 3
      && tokens[index + 1].isNumber && tokens[index + 1].count <= 2
      && tokens[index].text.utf8.elementsEqual("day".utf8, by: { ASCIIText.lower($0) == $1 })
  }

  /// Where the token after `Day 2` and its separator (`-`, `,`, `:`) stands, when `index` opens
  /// such a day; nil otherwise.
  private static func dayBeforeOffset(_ tokens: [TextToken], at index: Int) -> Int? {
    guard index + 3 < tokens.count, opensWithDayNumber(tokens, at: index) else { return nil }
    let separator = tokens[index + 2]
    guard
      separator.isSymbol(",") || separator.isSymbol(":")
        || (separator.kind == .symbol && rangeSymbols.contains(separator.scalar))
    else { return nil }
    return index + 3
  }

  /// Reads the date that follows `Day 2` and a separator at `index` into `expression`; returns
  /// where it ends (after a closing bracket), or nil when no date follows.
  private static func dateAfterDayNumber(_ tokens: [TextToken], at index: Int, into expression: inout TimeExpression)
    -> Int?
  {
    guard index + 3 < tokens.count, opensWithDayNumber(tokens, at: index),
      case let separator = tokens[index + 2], separator.kind == .symbol,
      separator.isSymbol(",") || separator.isSymbol(":") || separator.isSymbol("(")
        || rangeSymbols.contains(separator.scalar)
    else { return nil }
    var end = index + 3
    switch DateParser.scan(tokens, at: &end) {
    case .valid(let date):
      expression.date = date
    case .invalid:
      expression.dateIsInvalid = true
    case .none:
      // Without its year, the date needs its month's name: "Day 2 - 14.05" is a broken time.
      end = index + 3
      guard let monthDay = DateParser.scanYearless(tokens, at: &end),
        tokens[(index + 3)..<end].contains(where: \.isWord)
      else { return nil }
      expression.monthDay = monthDay
    }
    if separator.isSymbol("("), end < tokens.count, tokens[end].isSymbol(")") { end += 1 }
    return end
  }

  /// Times of day written as a word.
  private static let namedTimes: [String: TimeOfDay] = [
    "noon": TimeOfDay(hour: 12, minute: 0, second: 0)!, "midday": TimeOfDay(hour: 12, minute: 0, second: 0)!,
    "midnight": TimeOfDay(hour: 0, minute: 0, second: 0)!,
  ]

  enum Clock {
    case time(TimeOfDay, TimeExpression.ClockStyle)
    case unreadable
  }

  /// Reads `14:05`, `14:05:30`, `14:05:30.123`, `2:05PM`, `2:05 p.m.`, `2 PM`, `1405Z`, `0905 UTC`,
  /// `14h30`, `noon`, `12 midnight`.
  static func scanClock(_ tokens: [TextToken], at index: inout Int) -> Clock? {
    guard index < tokens.count else { return nil }
    // "noon", "midnight", "12 noon": the times that are written as words.
    var named = index
    if tokens[named].isNumber, tokens[named].text == "12", named + 1 < tokens.count { named += 1 }
    if tokens[named].isWord, tokens[named].count >= 4, let time = namedTimes[tokens[named].text.lowercased()] {
      index = named + 1
      return .time(time, .twentyFourHour)
    }
    guard tokens[index].isNumber else { return nil }
    let hourToken = tokens[index]
    var j = index + 1
    var hour: Int
    var minute = 0
    var second = 0
    var hasMinutes = false
    var colonClock = false
    if hourToken.count <= 2, j + 1 < tokens.count, tokens[j].isSymbol(":"), !tokens[j].spaceBefore,
      tokens[j + 1].isNumber, tokens[j + 1].count == 2, !tokens[j + 1].spaceBefore
    {
      hour = hourToken.intValue ?? 0
      minute = tokens[j + 1].intValue ?? 0
      hasMinutes = true
      colonClock = true
      j += 2
      if j + 1 < tokens.count, tokens[j].isSymbol(":"), !tokens[j].spaceBefore, tokens[j + 1].isNumber,
        tokens[j + 1].count == 2, !tokens[j + 1].spaceBefore
      {
        second = tokens[j + 1].intValue ?? 0
        j += 2
        // Fractional seconds of an ISO timestamp.
        if j + 1 < tokens.count, tokens[j].isSymbol("."), tokens[j + 1].isNumber, !tokens[j].spaceBefore {
          j += 2
        }
      } else if j + 1 < tokens.count, tokens[j].isSymbol(":"), !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
        tokens[j + 1].isWord, tokens[j + 1].count == 2,
        tokens[j + 1].text.utf8.allSatisfy({ $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") })
      {
        // Seconds not known: "11:51:xx" is 11:51.
        j += 2
      }
    } else if hourToken.count <= 2, j + 1 < tokens.count, tokens[j + 1].isNumber, tokens[j + 1].count == 2,
      isFrenchHourMark(tokens[j]) && !tokens[j + 1].spaceBefore || isSpacedFrenchClock(tokens, hour: hourToken, at: j)
    {
      // The French and Québécois clock: 14h30, 9h05.
      hour = hourToken.intValue ?? 0
      minute = tokens[j + 1].intValue ?? 0
      hasMinutes = true
      j += 2
    } else if hourToken.count <= 2, (hourToken.intValue ?? 24) < 24, j + 1 < tokens.count,
      isFrenchHourMark(tokens[j]), hourOnlySeparators.contains(where: tokens[j + 1].isSymbol)
    {
      // The same clock on the hour, before what happened then: "14h : déploiement", "9h – alerte".
      // ("2h" alone, or "took 2h to recover", is a length.)
      hour = hourToken.intValue ?? 0
      hasMinutes = true
      j += 1
    } else if hourToken.count == 4, j < tokens.count, tokens[j].isWord,
      (!tokens[j].spaceBefore
        && (tokens[j].text == "Z" || tokens[j].text.lowercased() == "h" || tokens[j].text.lowercased() == "hrs"))
        || ["hrs", "hr"].contains(tokens[j].text.lowercased())
    {
      // Military style: 1405Z, 1405h, 1405hrs, 1405 hrs. The zone letter is read by the caller.
      let value = hourToken.intValue ?? 0
      hour = value / 100
      minute = value % 100
      hasMinutes = true
      if tokens[j].text != "Z" { j += 1 }
    } else if hourToken.count == 4, j < tokens.count, tokens[j].isWord, tokens[j].spaceBefore,
      ["utc", "gmt"].contains(tokens[j].text.lowercased()) || isZoneAbbreviation(tokens[j]),
      case let value = hourToken.intValue ?? 9999, value / 100 < 24, value % 100 < 60
    {
      // Military style with the zone spelt out: "0905 UTC", "1405 PST" (the caller reads the zone).
      hour = value / 100
      minute = value % 100
      hasMinutes = true
    } else if hourToken.count <= 2, j + 2 < tokens.count, tokens[j].isSymbol("."), !tokens[j].spaceBefore,
      tokens[j + 1].isNumber, tokens[j + 1].count == 2, !tokens[j + 1].spaceBefore, isUhr(tokens[j + 2])
    {
      // The German clock: 14.05 Uhr (the word is read below).
      hour = hourToken.intValue ?? 0
      minute = tokens[j + 1].intValue ?? 0
      hasMinutes = true
      j += 2
    } else if hourToken.count <= 2, j + 2 < tokens.count, tokens[j].isSymbol("."), !tokens[j].spaceBefore,
      tokens[j + 1].isNumber, tokens[j + 1].count == 2, !tokens[j + 1].spaceBefore, tokens[j + 2].isWord,
      ["am", "pm", "a", "p"].contains(tokens[j + 2].text.lowercased())
    {
      // The British clock, "2.45pm", "2.12 PM": its am or pm (read below) makes it a time.
      hour = hourToken.intValue ?? 0
      minute = tokens[j + 1].intValue ?? 0
      hasMinutes = true
      j += 2
    } else if hourToken.count <= 2 {
      hour = hourToken.intValue ?? 0
    } else {
      return nil
    }

    // AM / PM, a.m. / p.m., am / pm, "2:05p".
    var meridiem: Character?
    if j < tokens.count, tokens[j].isWord {
      let word = tokens[j].text.lowercased()
      if word == "am" || word == "pm" || ((word == "a" || word == "p") && !tokens[j].spaceBefore) {
        meridiem = word.first
        j += 1
        if word.count == 1, j + 2 < tokens.count, tokens[j].isSymbol("."), tokens[j + 1].isWord,
          tokens[j + 1].text.lowercased() == "m"
        {
          j += 2
          if j < tokens.count, tokens[j].isSymbol("."), !tokens[j].spaceBefore { j += 1 }
        }
      } else if word == "a" || word == "p", j + 2 < tokens.count, tokens[j + 1].isSymbol("."),
        tokens[j + 2].isWord, tokens[j + 2].text.lowercased() == "m"
      {
        meridiem = word.first
        j += 3
        if j < tokens.count, tokens[j].isSymbol("."), !tokens[j].spaceBefore { j += 1 }
      }
    }
    if !hasMinutes && meridiem == nil { return nil }
    // "14:12 Uhr", "14:05 h", "14:40hrs": the word for o'clock belongs to the time.
    // ("14:05 H2 rollout" names something else: the word must end there.)
    if meridiem == nil, j < tokens.count, isUhr(tokens[j]) || isHoursWord(tokens[j]),
      j + 1 == tokens.count || tokens[j + 1].spaceBefore || tokens[j + 1].kind == .symbol
    {
      j += 1
    }
    index = j
    if let meridiem {
      // 13:06 PM says two different things; 0:30 AM is read as 00:30.
      guard hour <= 12 else { return .unreadable }
      if meridiem == "p", hour < 12 { hour += 12 }
      if meridiem == "a", hour == 12 { hour = 0 }
    }
    if hour == 24, minute == 0, second == 0 { hour = 0 }
    guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else { return .unreadable }
    // "1:05" could be either half of the day; "01:05" and "13:05" are a 24-hour clock's.
    let eitherHalf = colonClock && (1...12).contains(hour) && (hourToken.count == 1 || hour >= 10)
    let style: TimeExpression.ClockStyle = meridiem != nil ? .twelveHour : eitherHalf ? .eitherHalf : .twentyFourHour
    return .time(time, style)
  }

  /// "At" or "by" before a time.
  private static func isLeadWord(_ token: TextToken) -> Bool {
    token.isWord && token.count == 2 && leadWords.contains(token.text.lowercased())
  }

  /// The "h" of the French clock, against its hour: "14h30", "14h :".
  /// Whether the tokens from `index` on write the French clock's "h" and minutes spaced as
  /// French typography spaces them, before what happened then: "9 h 12 : début des erreurs" ("2 h
  /// 30 de retard" is a length).
  private static func isSpacedFrenchClock(_ tokens: [TextToken], hour: TextToken, at index: Int) -> Bool {
    (hour.intValue ?? 24) < 24 && index + 2 < tokens.count && tokens[index].isWord && tokens[index].text == "h"
      && tokens[index].spaceBefore && tokens[index + 1].spaceBefore && (tokens[index + 1].intValue ?? 60) < 60
      && tokens[index + 2].kind == .symbol && hourOnlySeparators.contains(tokens[index + 2].scalar)
  }

  /// The French clock ending the tokens from `index`: "22h", "22H", "10 h", "9 h 05"; the time
  /// and the index of its last token.
  private static func frenchClockClosing(_ tokens: [TextToken], at index: Int) -> (TimeOfDay, Int)? {
    guard index + 1 < tokens.count, tokens[index].isNumber, tokens[index].count <= 2,
      let hour = tokens[index].intValue, hour < 24,
      isFrenchHourMark(tokens[index + 1]) || (tokens[index + 1].isWord && tokens[index + 1].text == "h")
    else { return nil }
    if index + 2 == tokens.count { return TimeOfDay(hour: hour, minute: 0).map { ($0, index + 1) } }
    // "9 h 05": spaced as French typography spaces it ("9h05" is read as any clock is).
    guard index + 3 == tokens.count, tokens[index + 1].spaceBefore, tokens[index + 2].spaceBefore,
      tokens[index + 2].isNumber, tokens[index + 2].count == 2, let minute = tokens[index + 2].intValue
    else { return nil }
    return TimeOfDay(hour: hour, minute: minute).map { ($0, index + 2) }
  }

  private static func isFrenchHourMark(_ token: TextToken) -> Bool {
    token.isWord && token.count == 1 && token.text.utf8.first.map { $0 | 0x20 == UInt8(ascii: "h") } == true
      && !token.spaceBefore
  }

  /// What may follow a French hour written without minutes ("14h :") for it to be a time.
  private static let hourOnlySeparators: [Unicode.Scalar] = [":", "-", "–", "—", "|"]

  /// Whether `token` is a zone's abbreviation as written, in capitals ("PST", "CEST").
  private static func isZoneAbbreviation(_ token: TextToken) -> Bool {
    guard token.count >= 2, token.count <= 5, token.text.utf8.allSatisfy(ASCIIText.isUpper) else { return false }
    return TimeZoneTable.abbreviations[String(token.text)] != nil
  }

  private static func isUhr(_ token: TextToken) -> Bool {
    token.isWord && token.count == 3 && token.text.utf8.first.map { $0 | 0x20 == UInt8(ascii: "u") } == true
      && token.text.lowercased() == "uhr"
  }

  /// `h`, `hs`, `hr`, `hrs` after a time, as Spanish, French and military clocks write it.
  private static func isHoursWord(_ token: TextToken) -> Bool {
    // Nearly every word after a time is another ("UTC", "deploy"): its first letter tells.
    guard token.isWord, token.count <= 3, token.text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "h") }) == true
    else { return false }
    return ["h", "hs", "hr", "hrs"].contains(token.text.lowercased())
  }

  /// The end of a broken time at `index` (`14.43`, `??:??`, `--:--`, `XX:XX`, `[???]`, `TBD`).
  private static func scanUnreadable(_ tokens: [TextToken], at index: Int) -> Int? {
    // Asked past the end too: "Mar 25," leaves nothing after its comma.
    guard index < tokens.count, let end = scanUnreadableShape(tokens, at: index) else { return nil }
    // The zone letter written against it ("??:??Z", "14.43Z") goes with it.
    if end < tokens.count, !tokens[end].spaceBefore, tokens[end].isWord, tokens[end].text == "Z" { return end + 1 }
    return end
  }

  private static func scanUnreadableShape(_ tokens: [TextToken], at index: Int) -> Int? {
    let token = tokens[index]
    // 14.43 followed by a break, not "3.5k".
    if token.isNumber, token.count <= 2, index + 2 < tokens.count, tokens[index + 1].isSymbol("."),
      !tokens[index + 1].spaceBefore, tokens[index + 2].isNumber, tokens[index + 2].count == 2,
      !tokens[index + 2].spaceBefore
    {
      let end = index + 3
      if end == tokens.count || tokens[end].spaceBefore || tokens[end].kind == .symbol || tokens[end].text == "Z" {
        return end
      }
      // "2.45pm", the British way: as unreadable here as 14.43, with its am or pm.
      if tokens[end].isWord, ["am", "pm"].contains(tokens[end].text.lowercased()) { return end + 1 }
      return nil
    }
    // Runs of ?, -, x/X with or without a colon: ??:??, --:--, XX:XX, ???.
    var j = index
    var placeholderCharacters = 0
    while j < tokens.count {
      let t = tokens[j]
      if j > index, t.spaceBefore { break }
      if t.isSymbol("?") || t.isSymbol("-") || t.isSymbol("_") {
        placeholderCharacters += 1
      } else if t.isSymbol(":") {
        // part of the shape
      } else if t.isWord, t.count <= 2,
        t.text.utf8.allSatisfy({ "xXhHmM".utf8.contains($0) })
          // The seconds of "HH:MM:SS", after a colon only ("SS" alone names no time).
          || (j > index && tokens[j - 1].isSymbol(":") && t.text.utf8.allSatisfy({ "sS".utf8.contains($0) }))
      {
        placeholderCharacters += t.count
      } else {
        break
      }
      j += 1
    }
    // The colon after the shape parts it from the event ("HH:MM:SS: {Description}").
    while j > index + 1, tokens[j - 1].isSymbol(":") { j -= 1 }
    if placeholderCharacters >= 2 { return j }
    // Written in capitals ("TBD", "UNKNOWN"): the first letter tells most words apart.
    if token.isWord, token.count <= 7, let first = token.text.utf8.first, ASCIIText.isUpper(first),
      placeholderWords.contains(token.text.lowercased()), token.text.uppercased() == token.text
    {
      return index + 1
    }
    return nil
  }

  /// A time that ends `text` instead of starting it, after a separator or "at": "Deploy starts
  /// (14:05)", "Alert fires — 14:12 UTC", "Rollback complete at 2:40 PM". Returns the time and
  /// the event before it; nil unless the time is all that follows.
  public static func scanTrailing(_ text: String) -> (expression: TimeExpression, event: String)? {
    let tokens = TextToken.tokenize(Substring(text))
    guard tokens.count >= 2, tokens.contains(where: { $0.isNumber }) else { return nil }
    // A time with its date, meridiem and zone spans at most a few tokens ("2:05 PM PDT)",
    // "(2024-03-02 14:05 UTC)").
    for start in stride(from: tokens.count - 1, through: max(1, tokens.count - 12), by: -1) where tokens[start].isNumber
    {
      guard var expression = scan(text[tokens[start].text.startIndex...]), expression.time != nil,
        expression.rest.allSatisfy({ $0 == ")" || $0 == "]" || $0 == "." || $0 == " " })
      else { continue }
      // What stands before the time must set it apart: a bracket, a dash, a colon, "at" or "@".
      var before = start - 1
      let opener = tokens[before]
      let apart =
        (opener.kind == .symbol && ["(", "[", "—", "–", "-", ":", "@", ","].contains(opener.scalar))
        || (opener.isWord && ["at", "by", "around"].contains(opener.text.lowercased()))
      guard apart, before > 0 else { continue }
      // Inside a longer date: "(2024-03-03 09:05 UTC)" is read from its year, not its month.
      if opener.isSymbol("-"), !opener.spaceBefore, !tokens[start].spaceBefore, tokens[before - 1].isNumber {
        continue
      }
      while before > 0, tokens[before - 1].kind == .symbol,
        ["—", "–", "-", ":", ","].contains(tokens[before - 1].scalar)
      {
        before -= 1
      }
      let event = text[..<tokens[before].text.startIndex].trimmingWhitespace()
      guard !event.isEmpty else { continue }
      expression.rest = text[text.endIndex...]
      return (expression, event)
    }
    return nil
  }

  /// The most words that may stand before "at" in `scanAfterLead`: a short lead ("Issue
  /// escalated to the DB team at 10:20") still names the moment; a longer one is a sentence
  /// that mentions a time.
  static let longestLead = 6

  /// A time after a short lead that ends in "at", the event going on after it or not: "Detected
  /// at 10:05 when the login alert fired", "Issue escalated at 10:20 to the database team",
  /// "Detected at Nov 1, 2022 6:00 AM". Returns the time and the event told around it ("Detected
  /// when the login alert fired"); nil unless the lead is words only and a clock follows "at".
  public static func scanAfterLead(_ text: String) -> (expression: TimeExpression, event: String)? {
    // Most untimed lines hold no " at " at all: told in place before anything is tokenised.
    var bytes = text
    let holdsAt = bytes.withUTF8 { bytes -> Bool in
      guard bytes.count > 6, ASCIIText.isLetter(bytes[0]) else { return false }
      for index in 1..<min(bytes.count - 3, 160) where bytes[index] == 32 && bytes[index + 3] == 32 {
        if ASCIIText.lower(bytes[index + 1]) == UInt8(ascii: "a"),
          ASCIIText.lower(bytes[index + 2]) == UInt8(ascii: "t")
        {
          return true
        }
      }
      return false
    }
    guard holdsAt else { return nil }
    let tokens = TextToken.tokenize(Substring(text))
    var words = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.isWord {
        if words > 0, token.count == 2, token.text.lowercased() == "at" { break }
        words += 1
        guard words <= longestLead else { return nil }
      } else if !(token.isSymbol("-") || token.isSymbol("'") || token.isSymbol("’")) || token.spaceBefore {
        // Words only, joined by hyphens or apostrophes ("follow-up", "team's"): a bracket,
        // a number or a colon makes the line something else.
        return nil
      }
      index += 1
    }
    guard index + 1 < tokens.count,
      var expression = scan(text[tokens[index + 1].text.startIndex...]), expression.time != nil
    else { return nil }
    let lead = text[..<tokens[index].text.startIndex].trimmingWhitespace()
    let after = expression.rest.trimmingWhitespace()
    expression.rest = text[text.endIndex...]
    return (expression, after.isEmpty ? lead : lead + " " + after)
  }

  /// Whether the quotation mark at `index` opens what someone said ('21:32 "Can I hire a
  /// carer?"'): a space before it, a word or number against it.
  private static func opensQuotation(_ tokens: [TextToken], at index: Int) -> Bool {
    tokens[index].scalar == "\"" && tokens[index].spaceBefore && index + 1 < tokens.count
      && !tokens[index + 1].spaceBefore && tokens[index + 1].kind != .symbol
  }

  /// The text after the time: closing marks and one separator are skipped.
  private static func restOfLine(_ text: Substring, tokens: [TextToken], from index: Int) -> Substring {
    var i = index
    while i < tokens.count, tokens[i].kind == .symbol, closingMarks.contains(tokens[i].scalar),
      !opensQuotation(tokens, at: i)
    {
      i += 1
    }
    if i < tokens.count, tokens[i].kind == .symbol, separators.contains(tokens[i].scalar) {
      i += 1
      // "--", "- -", "::" and similar doubled separators.
      while i < tokens.count, tokens[i].kind == .symbol, separators.contains(tokens[i].scalar) {
        i += 1
      }
    }
    guard i < tokens.count else { return text[text.endIndex...] }
    return text[tokens[i].text.startIndex...]
  }

  /// `text` without the day's mark a Japanese or Korean date ends with ("日", "일") when a word
  /// follows it in the same token.
  static func droppingDayMark(_ text: Substring) -> Substring {
    guard let first = text.unicodeScalars.first, first == "日" || first == "일" else { return text }
    return text.dropFirst()
  }
}
