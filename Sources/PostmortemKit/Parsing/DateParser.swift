/// Reads calendar dates as postmortems write them.
///
/// Accepts ISO `2024-03-02` (also `/` or `.`), `03/10/2021` (month first unless the first number
/// cannot be a month), `10.03.2021` (day first), `2 March 2024`, `March 2, 2024`, `Mar 2nd 2024`,
/// with an optional weekday in front. Anything after the date is ignored.
public enum DateParser {
  /// The outcome of reading a date.
  public enum Result: Sendable, Hashable {
    /// A real calendar day.
    case valid(CalendarDate)
    /// Shaped like a date but naming no real day (`2024-02-30`, `2023-MM-DD`).
    case invalid
    /// Not a date.
    case none
  }

  static let monthNames: [String: Int] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    var table: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      table[name] = index + 1
      table[String(name.prefix(3))] = index + 1
    }
    table["sept"] = 9
    // The other languages' names, written out (their short forms, "ago" among them, are English
    // words too): Spanish, French, German, Portuguese, Italian and Dutch, with and without accents.
    let otherLanguages: [[String]] = [
      ["enero", "janvier", "januar", "janeiro", "gennaio", "januari", "jänner"],
      ["febrero", "février", "fevrier", "februar", "fevereiro", "febbraio", "februari"],
      ["marzo", "mars", "märz", "maerz", "março", "maart"],
      ["abril", "avril", "aprile"],
      ["mayo", "mai", "maio", "maggio", "mei"],
      ["junio", "juin", "juni", "junho", "giugno"],
      ["julio", "juillet", "juli", "julho", "luglio"],
      ["agosto", "août", "aout", "augustus"],
      ["septiembre", "setiembre", "septembre", "setembro", "settembre"],
      ["octubre", "octobre", "oktober", "outubro", "ottobre"],
      ["noviembre", "novembre", "novembro"],
      ["diciembre", "décembre", "decembre", "dezember", "dezembro", "dicembre"],
    ]
    for (index, names) in otherLanguages.enumerated() {
      for name in names where table[name] == nil { table[name] = index + 1 }
    }
    return table
  }()

  /// The words between a day, its month and its year: English "of", Spanish and Portuguese "de".
  private static let dateJoiners: Set<String> = ["of", "de", "del"]
  /// What follows a day's number: "2nd", "1er" (French).
  private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er"]

  static let weekdayNames: [String: Int] = {
    // 0 = Sunday, as in CalendarDate.weekday.
    let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    var table: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      table[name] = index
      table[String(name.prefix(3))] = index
    }
    table["tues"] = 2
    table["thur"] = 4
    table["thurs"] = 4
    return table
  }()

  /// Reads a date at the start of `text` (after markup such as `**` or `[`).
  public static func parse(_ text: String) -> Result {
    read(text).result
  }

  /// Reads a due date at the start of `text` as `parse` does, but a span of days is due on its
  /// last day: "10-12 April 2026" is due on the 12th, as an event in it began on the 10th.
  static func parseDue(_ text: String) -> Result {
    let (result, tokens, range) = read(text)
    guard case .valid(let date) = result else { return result }
    // The first day's number among the date's tokens, then the span `scan` passed over after it
    // (a German first day keeps its full stop: "12.–13.09.2026").
    for index in range where tokens[index].isNumber && tokens[index].intValue == date.day {
      var mark = index + 1
      if mark < range.upperBound, tokens[mark].isSymbol(".") { mark += 1 }
      let end = daySpanEnd(tokens, at: mark, firstDay: date.day)
      guard end > mark, end <= range.upperBound, let last = tokens[mark + 1].intValue else { continue }
      return .valid(date.adding(days: last - date.day))
    }
    return result
  }

  /// The date at the start of `text` (after markup), with the tokens and the range of them it
  /// takes.
  private static func read(_ text: String) -> (result: Result, tokens: [TextToken], range: Range<Int>) {
    let tokens = TextToken.tokenize(Substring(text))
    var index = 0
    while index < tokens.count, tokens[index].kind == .symbol, !tokens[index].isSymbol("?") { index += 1 }
    let start = index
    let result = scan(tokens, at: &index)
    return (result, tokens, start..<max(start, index))
  }

  /// The day-first reading of a date that starts `text` as `a/b/yyyy` (or with dashes) with both
  /// numbers 12 or less and different: the reading `parse` did not choose (`03/12/2023` is read
  /// as March 12; this is 3 December). Nil for every other date.
  static func dayFirstReading(of text: String) -> CalendarDate? {
    // Most dates are ISO (or words): only one or two digits before the first / or - can qualify.
    var digits = 0
    var separated = false
    for byte in text.utf8.prefix(12) {
      if byte == 47 || byte == 45 {
        separated = true
        break
      }
      digits = ASCIIText.isDigit(byte) ? digits + 1 : 0
    }
    guard separated, (1...2).contains(digits) else { return nil }
    let tokens = TextToken.tokenize(Substring(text))
    var i = 0
    while i < tokens.count, tokens[i].kind == .symbol { i += 1 }
    guard i + 4 < tokens.count, tokens[i].isNumber, tokens[i].count <= 2, tokens[i + 2].isNumber,
      tokens[i + 2].count <= 2, tokens[i + 1].isSymbol("/") || tokens[i + 1].isSymbol("-"),
      tokens[i + 3].isSymbol(tokens[i + 1].scalar), tokens[i + 4].isNumber, [2, 4].contains(tokens[i + 4].count),
      let a = tokens[i].intValue, let b = tokens[i + 2].intValue, var year = tokens[i + 4].intValue,
      a <= 12, b <= 12, a != b
    else { return nil }
    if year < 100 { year += 2000 }
    return CalendarDate(year: year, month: b, day: a)
  }

  /// Whether a document writes its numeric dates day first (true) or month first (false), judged
  /// from the ones that cannot be read otherwise: `31/03/2023` and dotted dates (`15.04.2023`) say
  /// day first, `03/31/2023` says month first, and wins over any number of day-first ones; nil when
  /// the document writes none of them.
  static func numericDateOrder(_ bytes: [UInt8]) -> Bool? {
    var dayFirst: Bool?
    var index = 0
    let count = bytes.count
    func number(at start: Int) -> (value: Int, end: Int)? {
      var end = start
      var value = 0
      while end < count, end - start < 4, ASCIIText.isDigit(bytes[end]) {
        value = value * 10 + Int(bytes[end] - 48)
        end += 1
      }
      return end > start ? (value, end) : nil
    }
    while let slash = bytes[index...].firstIndex(where: { $0 == 47 || $0 == 46 }) {
      index = slash + 1
      // Digits before the separator, with nothing numeric before them.
      var start = slash
      while start > 0, slash - start < 2, ASCIIText.isDigit(bytes[start - 1]) { start -= 1 }
      guard start < slash, start == 0 || !ASCIIText.isDigit(bytes[start - 1]), let first = number(at: start),
        first.end == slash, let second = number(at: slash + 1), second.end - slash - 1 <= 2,
        second.end < count, bytes[second.end] == bytes[slash], let year = number(at: second.end + 1),
        [2, 4].contains(year.end - second.end - 1), year.end == count || !ASCIIText.isDigit(bytes[year.end])
      else { continue }
      index = year.end
      let (a, b) = (first.value, second.value)
      guard (1...31).contains(a), (1...31).contains(b) else { continue }
      if bytes[slash] == 46 {
        // Dotted: a date only with a month in the middle and a four-digit year (not 10.20.30.40).
        if b <= 12, year.end - second.end - 1 == 4 { dayFirst = true }
      } else if a > 12, b <= 12 {
        dayFirst = true
      } else if b > 12, a <= 12 {
        return false
      }
    }
    return dayFirst
  }

  /// The zones of the countries that put the month before the day (the United States and
  /// Canada, the Philippines; Japan, China, Korea and Taiwan, year first); a document whose times
  /// are in any other named zone writes days first.
  static let monthFirstZones: Set<String> = [
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
    "America/Anchorage", "Pacific/Honolulu", "America/Toronto", "America/Vancouver", "America/Edmonton",
    "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Detroit", "Asia/Manila", "Asia/Tokyo",
    "Asia/Shanghai", "Asia/Seoul", "Asia/Taipei",
  ]

  /// The first real date anywhere in `text` ("Checkout failures on 2024-05-07"), or nil.
  static func firstDate(in text: String) -> CalendarDate? {
    firstDateWithRange(in: text)?.date
  }

  /// The first real date anywhere in `text` and where it is written.
  static func firstDateWithRange(in text: String) -> (date: CalendarDate, range: Range<String.Index>)? {
    // Every date form has a number in it.
    guard text.utf8.contains(where: ASCIIText.isDigit) else { return nil }
    let tokens = TextToken.tokenize(Substring(text))
    for start in tokens.indices where tokens[start].isNumber || tokens[start].isWord {
      var index = start
      if case .valid(let date) = scan(tokens, at: &index) {
        return (date, tokens[start].text.startIndex..<tokens[index - 1].text.endIndex)
      }
    }
    return nil
  }

  /// Reads a date starting at `tokens[index]`; on success `index` moves past it.
  static func scan(_ tokens: [TextToken], at index: inout Int) -> Result {
    var i = index
    // An optional weekday: "Tuesday, 2 March 2024" / "Tue 2024-03-02".
    if i < tokens.count, tokens[i].isWord, weekdayNames[tokens[i].text.lowercased()] != nil,
      i + 1 < tokens.count, tokens[i + 1].isNumber || isMonthWord(tokens, i + 1) || tokens[i + 1].isSymbol(",")
    {
      i += 1
      if i < tokens.count, tokens[i].isSymbol(",") { i += 1 }
    }
    guard i < tokens.count else { return .none }
    let first = tokens[i]
    if first.isNumber {
      return scanNumeric(tokens, from: i, into: &index)
    }
    if isMonthWord(tokens, i) {
      return scanMonthFirst(tokens, from: i, into: &index)
    }
    return .none
  }

  /// `text` read as a date without its year ("Mar 20", "20 March"), placed on the first such day
  /// on or after `reference`; nil unless that is all `text` says.
  static func yearlessDate(_ text: String, onOrAfter reference: CalendarDate) -> CalendarDate? {
    guard case .yearless(let monthDay)? = whole(Substring(text)) else { return nil }
    return (reference.year...reference.year + 1).lazy.compactMap {
      CalendarDate(year: $0, month: monthDay.month, day: monthDay.day)
    }.first { $0.daysSinceEpoch >= reference.daysSinceEpoch }
  }

  /// What `text` is when it is a date and nothing more (punctuation aside).
  enum WholeDate {
    /// A date with its year (or shaped like one: `2024-02-30`).
    case dated
    /// A month and day without a year: `Mar 20`, `15 Jan`.
    case yearless(TimeExpression.MonthDay)
  }

  /// The date `text` consists of, or nil when it says anything more.
  static func whole(_ text: Substring) -> WholeDate? {
    let tokens = TextToken.tokenize(text)
    var end = 0
    let found: WholeDate
    if scan(tokens, at: &end) != .none {
      found = .dated
    } else {
      end = 0
      guard let monthDay = scanYearless(tokens, at: &end) else { return nil }
      found = .yearless(monthDay)
    }
    return tokens[end...].allSatisfy { $0.kind == .symbol } ? found : nil
  }

  /// The month and year a title names without a day ("March 2024 availability report"), or nil.
  static func monthOfYear(in text: String) -> (year: Int, month: Int)? {
    let tokens = TextToken.tokenize(Substring(text))
    for index in tokens.indices.dropLast() where isMonthWord(tokens, index) {
      let next = tokens[index + 1]
      if next.isNumber, next.count == 4, let year = next.intValue, (1970...2100).contains(year),
        let month = monthNames[tokens[index].text.lowercased()]
      {
        return (year, month)
      }
    }
    return nil
  }

  /// The first day of `month` written without its year in `text` ("On March 3 at 20:53 UTC").
  static func firstYearlessDay(in text: String, month: Int) -> Int? {
    let tokens = TextToken.tokenize(Substring(text))
    for index in tokens.indices where isMonthWord(tokens, index) {
      var end = index
      if let found = scanYearless(tokens, at: &end), found.month == month { return found.day }
    }
    return nil
  }

  /// The first month and day written without a year in `text`, by a month's name ("March 3rd",
  /// "3 March"); numbers alone ("03/02") are left, as they may be a day or a month first.
  static func firstYearlessDate(in text: String) -> TimeExpression.MonthDay? {
    let tokens = TextToken.tokenize(Substring(text))
    for index in tokens.indices
    where isMonthWord(tokens, index) || (tokens[index].isNumber && isMonthWord(tokens, index + 1)) {
      var end = index
      if let found = scanYearless(tokens, at: &end) { return found }
    }
    return nil
  }

  /// The last day with `monthDay`'s month and day on or before `reference`: the yearless date of
  /// a text published on `reference`.
  static func latest(_ monthDay: TimeExpression.MonthDay, onOrBefore reference: CalendarDate) -> CalendarDate? {
    [reference.year, reference.year - 1].lazy.compactMap {
      CalendarDate(year: $0, month: monthDay.month, day: monthDay.day)
    }.first { $0.daysSinceEpoch <= reference.daysSinceEpoch }
  }

  /// "end of March", "end of June 2024", "June 2024", "2024-06": the last day of that month, the first on
  /// or after `reference` when no year is written; nil for anything else.
  static func endOfMonth(_ text: String, onOrAfter reference: CalendarDate?) -> CalendarDate? {
    // "2025-07": a month of a year, ISO's way.
    let utf8 = Array(text.utf8)
    if utf8.count == 7, utf8[4] == UInt8(ascii: "-"), utf8[..<4].allSatisfy(ASCIIText.isDigit),
      utf8[5...].allSatisfy(ASCIIText.isDigit), let year = Int(text.prefix(4)), let month = Int(text.suffix(2)),
      (1...12).contains(month)
    {
      return lastDay(ofMonth: month, year: year)
    }
    var words = text.lowercased().split(separator: " ")
    // "December 2024" as a due date is the end of that month too.
    if words.count == 2, words[1].count == 4, Int(words[1]) != nil { words.insert(contentsOf: ["end", "of"], at: 0) }
    guard words.count == 3 || words.count == 4, words[0] == "end", words[1] == "of",
      let month = monthNames[String(words[2])]
    else { return nil }
    if words.count == 4 {
      guard words[3].count == 4, let year = Int(words[3]) else { return nil }
      return lastDay(ofMonth: month, year: year)
    }
    return reference.flatMap { lastDay(ofMonth: month, onOrAfter: $0) }
  }

  /// "Q2", "Q3 2024", "2024 Q3", "2024-Q3", "H1", "H2 2025", "end of Q1": the last day of that quarter or
  /// half of the calendar year, the first on or after `reference` when no year is written. A fiscal
  /// year's quarter ("FY25 Q1") starts when the company's year does, so it is not read.
  static func endOfPeriod(_ text: String, onOrAfter reference: CalendarDate?) -> CalendarDate? {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
    // "end of Q1" is when Q1 ends.
    if words.count > 2, words[0].lowercased() == "end", words[1] == "of" { words.removeFirst(2) }
    guard (1...2).contains(words.count) else { return nil }
    var month: Int?
    var year: Int?
    for word in words {
      if word.count == 2, let number = Int(word.dropFirst()) {
        if word.first == "Q", (1...4).contains(number) { month = number * 3 }
        if word.first == "H", (1...2).contains(number) { month = number * 6 }
      } else if word.count == 4, let number = Int(word) {
        year = number
      }
    }
    guard let month, words.count == (year == nil ? 1 : 2) else { return nil }
    if let year { return lastDay(ofMonth: month, year: year) }
    return reference.flatMap { lastDay(ofMonth: month, onOrAfter: $0) }
  }

  /// "end of month" (or EOM, "this month"), "end of week" (EOW, "this week": its Sunday), "end of
  /// quarter" (EOQ), "end of year" (EOY), each with or without "the": the last day of the
  /// incident's month, week, quarter or year; and an ISO week, "2024-W22", due on its Sunday.
  static func endOfCurrentPeriod(_ text: String, from reference: CalendarDate?) -> CalendarDate? {
    let lower = text.lowercased().trimmingWhitespace()
    if let week = isoWeekEnd(lower) { return week }
    guard let reference else { return nil }
    switch lower {
    case "end of month", "end of the month", "eom", "this month":
      return lastDay(ofMonth: reference.month, year: reference.year)
    case "end of week", "end of the week", "eow", "this week":
      // The Sunday that ends the incident's week.
      return reference.adding(days: (7 - reference.weekday) % 7)
    case "end of quarter", "end of the quarter", "eoq", "this quarter":
      return lastDay(ofMonth: (reference.month + 2) / 3 * 3, year: reference.year)
    case "end of year", "end of the year", "eoy":
      return CalendarDate(year: reference.year, month: 12, day: 31)
    default:
      return nil
    }
  }

  /// The day a span counted from the incident ends: "within 24 hours" (the next day), "within 2
  /// weeks", "in the next 30 days", "within a month", as a group of follow-ups is often dated;
  /// "next month" (or week, quarter) ends with that period. A due date's own field may give the
  /// span alone ("2 weeks", "48h"): `spanAlone`.
  static func endOfSpan(_ text: String, from reference: CalendarDate?, spanAlone: Bool = false) -> CalendarDate? {
    guard let reference, text.utf8.count <= 40 else { return nil }
    var words = text.lowercased().split(separator: " ").map(String.init)
    if let lead = words.first, ["within", "in", "next"].contains(lead) {
      words.removeFirst()
      if words.first == "the" { words.removeFirst() }
      if words.first == "next" { words.removeFirst() }
    } else if !spanAlone {
      return nil
    }
    if words.count == 1, text.lowercased().hasPrefix("next") {
      switch words[0] {
      case "week":
        return endOfCurrentPeriod("this week", from: reference)?.adding(days: 7)
      case "month":
        return lastDay(ofMonth: reference.month % 12 + 1, year: reference.year + reference.month / 12)
      case "quarter":
        let month = (reference.month + 2) / 3 * 3 + 3
        return lastDay(ofMonth: (month - 1) % 12 + 1, year: reference.year + (month - 1) / 12)
      default: return nil
      }
    }
    // "24h", "2w": the number and its unit written as one word.
    if words.count == 1, let split = words[0].firstIndex(where: { $0.isLetter }), split != words[0].startIndex {
      words = [String(words[0][..<split]), String(words[0][split...])]
    }
    guard words.count == 2, let count = Int(words[0]) ?? spanNumbers[words[0]], count > 0, count <= 1000 else {
      return nil
    }
    switch words[1] {
    case "h", "hr", "hrs", "hour", "hours": return reference.adding(days: (count + 23) / 24)
    case "d", "day", "days": return reference.adding(days: count)
    case "w", "wk", "wks", "week", "weeks": return reference.adding(days: count * 7)
    case "mo", "month", "months":
      let months = reference.year * 12 + reference.month - 1 + count
      let year = months / 12
      let month = months % 12 + 1
      guard let last = lastDay(ofMonth: month, year: year) else { return nil }
      return CalendarDate(year: year, month: month, day: min(reference.day, last.day))
    default: return nil
    }
  }

  private static let spanNumbers = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10,
    "twelve": 12,
  ]

  /// The Sunday that ends ISO week `2024-W22` (weeks start on Monday; week 1 holds 4 January).
  private static func isoWeekEnd(_ text: String) -> CalendarDate? {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].first == "w",
      let week = Int(parts[1].dropFirst()), (1...53).contains(week),
      let january4 = CalendarDate(year: year, month: 1, day: 4)
    else { return nil }
    // Days since 1970-01-01, a Thursday: Monday is 0 when shifted by 3.
    let weekday = ((january4.daysSinceEpoch + 3) % 7 + 7) % 7
    let firstMonday = january4.adding(days: -weekday)
    return firstMonday.adding(days: (week - 1) * 7 + 6)
  }

  /// The last day of `month` in `year`.
  private static func lastDay(ofMonth month: Int, year: Int) -> CalendarDate? {
    let next =
      month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: month + 1, day: 1)
    return next?.adding(days: -1)
  }

  /// The last day of the first `month` that ends on or after `reference`.
  private static func lastDay(ofMonth month: Int, onOrAfter reference: CalendarDate) -> CalendarDate? {
    for year in [reference.year, reference.year + 1] {
      if let last = lastDay(ofMonth: month, year: year), last.daysSinceEpoch >= reference.daysSinceEpoch {
        return last
      }
    }
    return nil
  }

  /// Reads a date written without its year at `tokens[index]`: `Mar 2`, `March 2nd`, `2 Mar`,
  /// `2nd of March`, `03/02` (month first unless impossible; `02.03` day first). The caller
  /// decides whether the context makes it a date (a time after it), as "May 5" may be prose.
  static func scanYearless(_ tokens: [TextToken], at index: inout Int) -> TimeExpression.MonthDay? {
    var i = index
    if i < tokens.count, tokens[i].isWord, weekdayNames[tokens[i].text.lowercased()] != nil {
      i += 1
      if i < tokens.count, tokens[i].isSymbol(",") { i += 1 }
    }
    guard i < tokens.count else { return nil }
    func ordinalSuffix(_ j: Int) -> Bool {
      j < tokens.count && tokens[j].isWord && !tokens[j].spaceBefore
        && ["st", "nd", "rd", "th"].contains(tokens[j].text.lowercased())
    }
    var month: Int?
    var day: Int?
    var end = i
    if isMonthWord(tokens, i) {
      // Mar 2, March 2nd, Mar. 2
      var j = i + 1
      if j < tokens.count, tokens[j].isSymbol(".") { j += 1 }
      guard j < tokens.count, tokens[j].isNumber, tokens[j].count <= 2 else { return nil }
      month = monthNames[tokens[i].text.lowercased()]
      day = tokens[j].intValue
      end = ordinalSuffix(j + 1) ? j + 2 : j + 1
      // A span of days, "Feb 2-5": its first day.
      end = daySpanEnd(tokens, at: end, firstDay: day ?? 0)
    } else if tokens[i].isNumber, tokens[i].count <= 2 {
      var j = i + 1
      if ordinalSuffix(j) { j += 1 }
      // A span of days, "2-5 Feb": its first day.
      if case let spanEnd = daySpanEnd(tokens, at: j, firstDay: tokens[i].intValue ?? 0), spanEnd > j,
        isMonthWord(tokens, spanEnd)
      {
        j = spanEnd
      }
      if j < tokens.count, tokens[j].isWord, tokens[j].text.lowercased() == "of" { j += 1 }
      if isMonthWord(tokens, j) {
        // 2 Mar, 2nd of March
        month = monthNames[tokens[j].text.lowercased()]
        day = tokens[i].intValue
        end = j + 1
      } else if j == i + 1, i + 2 < tokens.count, tokens[i + 1].kind == .symbol,
        tokens[i + 1].isSymbol("/") || tokens[i + 1].isSymbol(".")
          || tokens[i + 1].isSymbol("-") && tokens[i].count == 2 && tokens[i + 2].count == 2,
        !tokens[i + 1].spaceBefore, tokens[i + 2].isNumber, tokens[i + 2].count <= 2, !tokens[i + 2].spaceBefore,
        let a = tokens[i].intValue, let b = tokens[i + 2].intValue
      {
        // 03/02 (month first unless impossible), 02.03 (day first), 07-20 (ISO's order without
        // the year, always month first)
        let dayFirst = tokens[i + 1].isSymbol(".") || a > 12 && !tokens[i + 1].isSymbol("-")
        (month, day) = dayFirst ? (b, a) : (a, b)
        end = i + 3
        // A third part makes it a full date or something else, never this; a full stop alone
        // after it ends the German short date ("26.11. 14:10").
        if end < tokens.count, tokens[end].isSymbol(tokens[i + 1].scalar), !tokens[end].spaceBefore {
          guard tokens[end].isSymbol("."), end + 1 == tokens.count || tokens[end + 1].spaceBefore else { return nil }
          end += 1
        }
      }
    }
    // Checked against a leap year, so that 29 February counts.
    guard let month, let day, CalendarDate(year: 2024, month: month, day: day) != nil else { return nil }
    index = end
    return TimeExpression.MonthDay(month: month, day: day)
  }

  /// Where a span of days ends when its first day's number (`firstDay`) stands just before
  /// `tokens[index]`: past the dash and the last day ("23-24", "25–26th"); `index` itself when no
  /// span follows. The reading keeps the first day, when the events began.
  private static func daySpanEnd(_ tokens: [TextToken], at index: Int, firstDay: Int) -> Int {
    guard index + 1 < tokens.count, isDaySpanMark(tokens[index]),
      !tokens[index].spaceBefore, !tokens[index + 1].spaceBefore, tokens[index + 1].isNumber,
      tokens[index + 1].count <= 2, let last = tokens[index + 1].intValue, last > firstDay, last <= 31
    else { return index }
    let end = index + 2
    guard end < tokens.count, tokens[end].isWord, !tokens[end].spaceBefore,
      ["st", "nd", "rd", "th"].contains(tokens[end].text.lowercased())
    else { return end }
    return end + 1
  }

  /// Whether `token` stands between the first and last day of a span: "23-24", "23–24", "12→13".
  /// Compared, not looked up: asked after nearly every day's number and clock's hour.
  private static func isDaySpanMark(_ token: TextToken) -> Bool {
    guard token.kind == .symbol else { return false }
    let scalar = token.scalar
    return scalar == "-" || scalar == "–" || scalar == "—" || scalar == "→"
  }

  /// Where "12-13/09/2026" (or "12.–13.09.2026", "12→13/09/2026") ends when its first day
  /// stands at `tokens[start]`: a dash or arrow, a later day, then the month and year with one
  /// separator, all written together; nil when the tokens there are no such span.
  private static func numericDaySpanEnd(_ tokens: [TextToken], from start: Int) -> Int? {
    var j = start + 1
    // German writes the first day with its full stop: "12.–13.09.2026".
    if j < tokens.count, tokens[j].isSymbol("."), !tokens[j].spaceBefore { j += 1 }
    guard j + 5 < tokens.count, isDaySpanMark(tokens[j]),
      tokens[j..<(j + 6)].allSatisfy({ !$0.spaceBefore }), tokens[j + 1].isNumber, tokens[j + 1].count <= 2,
      let last = tokens[j + 1].intValue, last > tokens[start].intValue ?? 31, last <= 31,
      case let separator = tokens[j + 2].scalar, tokens[j + 2].kind == .symbol,
      "/.-".unicodeScalars.contains(separator),
      tokens[j + 3].isNumber, tokens[j + 3].count <= 2, (1...12).contains(tokens[j + 3].intValue ?? 0),
      tokens[j + 4].isSymbol(separator), tokens[j + 5].isNumber, [2, 4].contains(tokens[j + 5].count)
    else { return nil }
    return j + 6
  }

  private static func isMonthWord(_ tokens: [TextToken], _ i: Int) -> Bool {
    i < tokens.count && tokens[i].isWord && monthNames[tokens[i].text.lowercased()] != nil
  }

  private static func make(_ year: Int, _ month: Int, _ day: Int) -> Result {
    CalendarDate(year: year, month: month, day: day).map(Result.valid) ?? .invalid
  }

  /// `2024-03-02`, `03/10/2021`, `10.03.2021`, `2 March 2024`, `2nd of March 2024`, `02-Mar-2024`,
  /// `2018 October 21`, `20240302`.
  private static func scanNumeric(_ tokens: [TextToken], from start: Int, into index: inout Int) -> Result {
    let first = tokens[start]
    let i = start
    // A year mistyped by a digit ("20202-01-16", "202-01-16") before a month and day: a broken
    // date, not a number and a time.
    if first.count == 3 || first.count == 5, i + 4 < tokens.count, tokens[i + 1].isSymbol("-"),
      tokens[i + 3].isSymbol("-"), !tokens[i + 1].spaceBefore, !tokens[i + 3].spaceBefore,
      tokens[i + 2].isNumber, tokens[i + 2].count <= 2, (1...12).contains(tokens[i + 2].intValue ?? 0),
      tokens[i + 4].isNumber, tokens[i + 4].count <= 2, (1...31).contains(tokens[i + 4].intValue ?? 0)
    {
      index = i + 5
      return .invalid
    }
    // Y-M-D with one separator kind.
    if first.count == 4, i + 2 < tokens.count, case let separator = tokens[i + 1].scalar,
      "-/.".unicodeScalars.contains(separator), tokens[i + 1].kind == .symbol, !tokens[i + 1].spaceBefore
    {
      let year = first.intValue ?? 0
      let monthToken = tokens[i + 2]
      if monthToken.isWord, monthToken.count <= 2 || monthToken.text.uppercased() == "MM" {
        // A template placeholder such as 2023-MM-DD.
        index = min(i + 5, tokens.count)
        return .invalid
      }
      guard monthToken.isNumber, monthToken.count <= 2, let month = monthToken.intValue else { return .none }
      guard i + 4 < tokens.count, tokens[i + 3].isSymbol(separator), !tokens[i + 3].spaceBefore else {
        return .none
      }
      let dayToken = tokens[i + 4]
      if dayToken.isWord {
        index = i + 5
        return .invalid
      }
      guard dayToken.isNumber, dayToken.count <= 2, let day = dayToken.intValue else { return .none }
      index = i + 5
      return make(year, month, day)
    }
    // 2018 October 21, 2018 Oct 21st: the year first, the month written out.
    if first.count == 4, let year = first.intValue, (1900...2200).contains(year), isMonthWord(tokens, i + 1),
      let month = monthNames[tokens[i + 1].text.lowercased()], i + 2 < tokens.count, tokens[i + 2].isNumber,
      tokens[i + 2].count <= 2, let day = tokens[i + 2].intValue
    {
      index = i + 3
      if index < tokens.count, tokens[index].isWord, !tokens[index].spaceBefore,
        ["st", "nd", "rd", "th"].contains(tokens[index].text.lowercased())
      {
        index += 1
      }
      return make(year, month, day)
    }
    // A span of days before its month and year, day first: "12-13/09/2026", "12→13/09/2026",
    // "12.–13.09.2026": its first day.
    if first.count <= 2, let day = first.intValue, let end = numericDaySpanEnd(tokens, from: i) {
      let month = tokens[end - 3].intValue ?? 0
      let year = tokens[end - 1].intValue ?? 0
      index = end
      return make(year < 100 ? year + 2000 : year, month, day)
    }
    // D/M/Y or M/D/Y with two-digit-or-less parts and a 4- or 2-digit year.
    if first.count <= 2, i + 4 < tokens.count, case let separator = tokens[i + 1].scalar,
      "/.-".unicodeScalars.contains(separator), tokens[i + 1].kind == .symbol, tokens[i + 2].isNumber,
      tokens[i + 3].isSymbol(separator),
      // The year stands against its separator: "26.11. 14:10" is a day and month, then a time.
      tokens[i + 4].isNumber, !tokens[i + 4].spaceBefore, tokens[i + 2].count <= 2,
      [2, 4].contains(tokens[i + 4].count)
    {
      let a = first.intValue ?? 0
      let b = tokens[i + 2].intValue ?? 0
      var year = tokens[i + 4].intValue ?? 0
      if year < 100 { year += 2000 }
      index = i + 5
      // Dots are European (day first); slashes and dashes are month first unless impossible.
      if separator == "." || a > 12 { return make(year, b, a) }
      return make(year, a, b)
    }
    // 2 March 2024, 2nd of March, 2024, 02-Mar-2024, 5 de marzo de 2024, 5. März 2024.
    if first.count <= 2, let day = first.intValue {
      var j = i + 1
      if j < tokens.count, tokens[j].isWord, ordinalSuffixes.contains(tokens[j].text.lowercased()),
        !tokens[j].spaceBefore
      {
        j += 1
      } else if j + 1 < tokens.count, tokens[j].isSymbol("."), !tokens[j].spaceBefore, isMonthWord(tokens, j + 1) {
        j += 1
      }
      // A span of days, "23-24 March 2026": its first day.
      if case let spanEnd = daySpanEnd(tokens, at: j, firstDay: day), spanEnd > j, isMonthWord(tokens, spanEnd) {
        j = spanEnd
      }
      var dash: Unicode.Scalar?
      if j < tokens.count, tokens[j].isSymbol("-") || tokens[j].isSymbol("/"), !tokens[j].spaceBefore {
        dash = tokens[j].scalar
        j += 1
      }
      if dash == nil, j < tokens.count, tokens[j].isWord, dateJoiners.contains(tokens[j].text.lowercased()) { j += 1 }
      guard isMonthWord(tokens, j), let month = monthNames[tokens[j].text.lowercased()] else { return .none }
      j += 1
      if let dash {
        guard j + 1 < tokens.count, tokens[j].isSymbol(dash), !tokens[j].spaceBefore, tokens[j + 1].isNumber,
          [2, 4].contains(tokens[j + 1].count), let year = tokens[j + 1].intValue
        else { return .none }
        index = j + 2
        return make(year < 100 ? year + 2000 : year, month, day)
      }
      if j < tokens.count, tokens[j].isSymbol(",") || tokens[j].isSymbol(".") { j += 1 }
      if j < tokens.count, tokens[j].isWord, dateJoiners.contains(tokens[j].text.lowercased()) { j += 1 }
      guard j < tokens.count, tokens[j].isNumber, tokens[j].count == 4, let year = tokens[j].intValue else {
        return .none
      }
      index = j + 1
      return make(year, month, day)
    }
    // 2024年4月8日 (Japanese, Chinese), 2024년 4월 8일 (Korean).
    if first.count == 4, let year = first.intValue, i + 4 < tokens.count, isMark(tokens[i + 1], "年", "년"),
      tokens[i + 2].isNumber, tokens[i + 2].count <= 2, let month = tokens[i + 2].intValue,
      isMark(tokens[i + 3], "月", "월"), tokens[i + 4].isNumber, tokens[i + 4].count <= 2,
      let day = tokens[i + 4].intValue
    {
      index = i + 5
      if index < tokens.count, isMark(tokens[index], "日", "일") { index += 1 }
      return make(year, month, day)
    }
    // 20240302 (ISO 8601's basic form), only when it is a real date: other eight-digit numbers
    // are counts.
    if first.count == 8, let value = first.intValue,
      case .valid(let date) = make(value / 10000, value / 100 % 100, value % 100), (1900...2200).contains(date.year)
    {
      index = i + 1
      return .valid(date)
    }
    return .none
  }

  /// Whether `token` is the mark after a year, month or day in Japanese, Chinese (`chinese`) or
  /// Korean (`korean`) dates.
  private static func isMark(_ token: TextToken, _ chinese: Unicode.Scalar, _ korean: Unicode.Scalar) -> Bool {
    token.count == 1 && (token.scalar == chinese || token.scalar == korean)
  }

  /// `March 2, 2024`, `Mar 2nd 2024`, `March 2 2024`, `November, 25th 2020`.
  private static func scanMonthFirst(_ tokens: [TextToken], from start: Int, into index: inout Int) -> Result {
    guard let month = monthNames[tokens[start].text.lowercased()] else { return .none }
    var j = start + 1
    if j < tokens.count, tokens[j].isSymbol(".") || tokens[j].isSymbol(",") { j += 1 }
    guard j < tokens.count, tokens[j].isNumber, tokens[j].count <= 2, let day = tokens[j].intValue else {
      return .none
    }
    j += 1
    if j < tokens.count, tokens[j].isWord, ["st", "nd", "rd", "th"].contains(tokens[j].text.lowercased()) { j += 1 }
    // A span of days, "March 25-26, 2026": its first day.
    j = daySpanEnd(tokens, at: j, firstDay: day)
    if j < tokens.count, tokens[j].isSymbol(",") { j += 1 }
    guard j < tokens.count, tokens[j].isNumber, tokens[j].count == 4, let year = tokens[j].intValue else {
      return .none
    }
    index = j + 1
    return make(year, month, day)
  }
}

extension CalendarDate {
  /// Day of the week, 0 = Sunday … 6 = Saturday.
  public var weekday: Int {
    let days = daysSinceEpoch
    // 1970-01-01 was a Thursday (4).
    return ((days % 7) + 7 + 4) % 7
  }
}
