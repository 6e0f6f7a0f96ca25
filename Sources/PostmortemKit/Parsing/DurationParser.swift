/// Reads stated durations: `6 hours`, `1h 30m`, `90 minutes`, `1.5 hours`, `2 days`,
/// `2:00PM to 7:30PM`, `14:00–15:06 UTC`, `2025-04-29 14:00 - 2025-04-30 02:00`.
public enum DurationParser {
  /// What a duration text says.
  public struct Reading: Sendable, Hashable {
    public var minutes: Int?
    public var start: TimeExpression?
    public var end: TimeExpression?
  }

  private static let hedges: Set<String> = [
    "about", "approx", "approximately", "around", "roughly", "over", "nearly", "almost", "ca", "circa", "under",
    "just", "total", "of", "a",
    // German, French, Spanish and Portuguese.
    "etwa", "rund", "ungefähr", "environ", "aproximadamente", "aprox", "cerca", "unos", "unas", "de",
    // Japanese, Chinese and Korean: "約30分", "约2小时", "약 30분".
    "約", "约", "약",
  ]
  private static let rangeWords: Set<String> = [
    "to", "until", "till", "through", "thru", "and",
    // Spanish, French, German, Portuguese, Italian and Dutch: "14:05 y las 15:10", "14h05 et 15h10".
    "y", "et", "und", "e", "en", "bis", "hasta",
    // After "from" in those languages: "dalle 09:10 alle 09:55", "de 14:05 a 15:10", "de 9h12 à 9h59",
    // "van 13:20 tot 14:05", "das 15:00 até 15:35".
    "alle", "a", "à", "tot", "até", "às",
  ]
  /// The article Spanish, French and Italian put before the second time ("y las 15:10", "e le 15:10").
  private static let timeArticles: Set<String> = ["las", "la", "les", "le"]

  /// Reads `text`; fields are nil where nothing could be read.
  public static func parse(_ text: String) -> Reading {
    if let range = parseRange(Substring(text)) { return range }
    if let minutes = parseAmount(text) ?? qualifiedAmount(text) {
      // "45 minutes (08:15 → 09:00 UTC)": the window in brackets after the length, when it
      // measures about that length (one that does not leaves the length to be judged alone).
      var window = bracketed(text).flatMap(parseRange)
      if let measured = window?.minutes, abs(measured - minutes) > max(5, minutes / 10) { window = nil }
      return Reading(minutes: minutes, start: window?.start, end: window?.end)
    }
    return sentenceRange(text) ?? Reading(minutes: nil, start: nil, end: nil)
  }

  /// The text inside the first brackets of `text`, when they close.
  private static func bracketed(_ text: String) -> Substring? {
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
    return text[text.index(after: open)..<close]
  }

  /// The span a sentence gives after "from" or "between" ("The outage occurred from May 12, 2024,
  /// at 10:00 AM to May 12, 2024, at 12:00 PM (UTC+0)."), in its first sentence.
  static func sentenceRange(_ text: String) -> Reading? {
    guard text.utf8.count <= 240 else { return nil }
    let lowered = text.lowercased()
    for lead in [" from ", " between "] {
      guard let found = lowered.range(of: lead) else { continue }
      let offset = lowered.distance(from: lowered.startIndex, to: found.lowerBound) + 1
      let start = text.index(text.startIndex, offsetBy: offset)
      if let range = parseRange(text[start...]) { return range }
    }
    return nil
  }

  /// The amount a duration's value gives after saying what kind of time it was: "Degraded
  /// reliability over ~4 days.", "Intermittent for 2 hours", "Partial outage lasting 45 minutes".
  /// Read in the first sentence only, after the first word that leads a length.
  static func qualifiedAmount(_ text: String) -> Int? {
    var sentence = Substring(text)
    if let stop = sentence.range(of: ". ") { sentence = sentence[..<stop.lowerBound] }
    guard sentence.utf8.count <= 120 else { return nil }
    var rest = sentence[...]
    while let space = rest.firstIndex(of: " ") {
      let word = rest[..<space]
      rest = rest[rest.index(after: space)...]
      if lengthLeads.contains(word.lowercased()) {
        return leadingAmount(rest)?.minutes
      }
    }
    return nil
  }

  /// Words after which a duration's value states its length.
  private static let lengthLeads: Set<String> = [
    "over", "for", "lasting", "across", "spanning", "about", "approximately", "around", "roughly", "nearly",
  ]

  /// A span between two times: "2:00PM to 7:30PM", "14:00–15:06 UTC", "from 22:40 until 01:10",
  /// "between 2:05 PM and 3:10 PM".
  static func parseRange(_ text: Substring) -> Reading? {
    var body = text.drop { $0.isWhitespace }
    if body.lowercased().hasPrefix("from ") {
      body = body.dropFirst(5)
    } else if body.lowercased().hasPrefix("between ") {
      body = body.dropFirst(8)
    } else if body.lowercased().hasPrefix("dalle ") {
      body = body.dropFirst(6)
    }
    guard let start = TimeParser.scan(body), start.time != nil else { return nil }
    // The start's rest has had a dash-like separator skipped already; a word separator is left.
    var rest = start.rest.drop { $0.isWhitespace }
    if let word = rest.split(separator: " ", maxSplits: 1).first, rangeWords.contains(word.lowercased()) {
      rest = rest.dropFirst(word.count).drop { $0.isWhitespace }
      if let article = rest.split(separator: " ", maxSplits: 1).first, timeArticles.contains(article.lowercased()) {
        rest = rest.dropFirst(article.count)
      }
    }
    guard let end = TimeParser.scan(rest), let endTime = end.time, let startTime = start.time else { return nil }
    var minutes = (endTime.secondsSinceMidnight - startTime.secondsSinceMidnight) / 60
    if let startDate = start.date, let endDate = end.date {
      minutes += (endDate.daysSinceEpoch - startDate.daysSinceEpoch) * 1440
    } else if minutes < 0 {
      minutes += 1440
    }
    var startExpression = start
    var endExpression = end
    // "14:00–15:06 UTC": the zone written once applies to both ends.
    if startExpression.zone == nil { startExpression.zone = endExpression.zone }
    if endExpression.zone == nil { endExpression.zone = startExpression.zone }
    return Reading(minutes: minutes >= 0 ? minutes : nil, start: startExpression, end: endExpression)
  }

  /// A sum of amounts with units: "1h 30m", "6 hours", "1.5 hours", "2 days 3 hours"; or an ISO
  /// 8601 duration as incident tools export it, "PT1H20M", "P1DT2H".
  static func parseAmount(_ text: String) -> Int? {
    leadingAmount(Substring(text))?.minutes ?? isoDuration(text)
  }

  /// Minutes of an ISO 8601 duration (`PT1H20M`, `PT45M`, `P1DT2H`, `PT1.5H`);
  /// nil for anything else, weeks, months and years included.
  static func isoDuration(_ text: String) -> Int? {
    var bytes = Substring(text.trimmingWhitespace()).utf8[...]
    guard bytes.count >= 3, bytes.first.map({ $0 | 0x20 }) == UInt8(ascii: "p") else { return nil }
    bytes = bytes.dropFirst()
    var seconds = 0.0
    var inTime = false
    var number: [UInt8] = []
    var sawPart = false
    for byte in bytes {
      if ASCIIText.isDigit(byte) || byte == UInt8(ascii: ".") {
        number.append(byte)
        continue
      }
      let unit = ASCIIText.lower(byte)
      if unit == UInt8(ascii: "t"), number.isEmpty, !inTime {
        inTime = true
      } else {
        // A designator after its number: D before the T, H, M and S after it.
        guard let value = Double(String(decoding: number, as: UTF8.self)) else { return nil }
        switch (unit, inTime) {
        case (UInt8(ascii: "d"), false): seconds += value * 86_400
        case (UInt8(ascii: "h"), true): seconds += value * 3600
        case (UInt8(ascii: "m"), true): seconds += value * 60
        case (UInt8(ascii: "s"), true): seconds += value
        default: return nil
        }
        number.removeAll()
        sawPart = true
      }
    }
    guard sawPart, number.isEmpty else { return nil }
    return wholeMinutes((seconds / 60).rounded())
  }

  /// The sum of amounts `text` starts with (after hedges such as "about"), and where its last
  /// unit ends: "3 hours and 12 minutes. We apologise" is 192 minutes, ending after "minutes".
  /// Halves count ("half an hour", "an hour and a half", "2 and a half hours"), and minutes may
  /// follow hours without their unit ("1h20").
  static func leadingAmount(_ text: Substring) -> (minutes: Int, end: Substring.Index)? {
    let tokens = TextToken.tokenize(text)
    var index = 0
    var totalSeconds = 0.0
    var sawAmount = false
    var end = text.startIndex
    // The unit of the amount read last, which "and a half" halves.
    var lastUnit: Double?
    func isWord(_ offset: Int, _ word: String) -> Bool {
      offset < tokens.count && tokens[offset].isWord && tokens[offset].text.lowercased() == word
    }
    while index < tokens.count {
      let token = tokens[index]
      // "19 hours 12 minutes (1152 minutes)": what the brackets after a length hold restates or
      // qualifies it, and adds nothing to it.
      if sawAmount, token.isSymbol("(") || token.isSymbol("[") { break }
      if token.isSymbol("~") || token.isSymbol("≈") || token.isSymbol("<") || token.isSymbol(">")
        || token.isSymbol("(") || token.isSymbol(")") || token.isSymbol(",") || token.isSymbol("+")
        || token.isSymbol("*") || token.isSymbol("_") || token.isSymbol("[") || token.isSymbol("]")
      {
        index += 1
        continue
      }
      if isWord(index, "half") {
        if isWord(index + 1, "an") || isWord(index + 1, "a"), index + 2 < tokens.count, tokens[index + 2].isWord,
          let unit = unitSeconds(tokens[index + 2].text)
        {
          // "half an hour"
          totalSeconds += unit / 2
          sawAmount = true
          end = tokens[index + 2].text.endIndex
          lastUnit = unit
          index += 3
          continue
        }
        guard let unit = lastUnit else { break }
        // "an hour and a half"
        totalSeconds += unit / 2
        end = token.text.endIndex
        lastUnit = nil
        index += 1
        continue
      }
      if token.isWord, hedges.contains(token.text.lowercased()) || conjunctions.contains(token.text.lowercased()) {
        index += 1
        // "ca. 45 Minuten", "approx. 2 hours": the hedge's full stop.
        if index < tokens.count, tokens[index].isSymbol("."), !tokens[index].spaceBefore { index += 1 }
        continue
      }
      // A count written as a word: "an hour", "two hours", "forty-five minutes", "two and a half hours".
      if token.isWord, token.count <= 7, mayBeNumberWord(token), var value = numberWords[token.text.lowercased()] {
        var j = index + 1
        if value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, j + 1 < tokens.count, tokens[j].isSymbol("-"),
          !tokens[j].spaceBefore, tokens[j + 1].isWord, !tokens[j + 1].spaceBefore,
          let ones = numberWords[tokens[j + 1].text.lowercased()], ones < 10
        {
          value += ones
          j += 2
        }
        if isWord(j, "and"), isWord(j + 1, "a"), isWord(j + 2, "half") {
          value += 0.5
          j += 3
        }
        if j < tokens.count, tokens[j].isWord, let unit = unitSeconds(tokens[j].text) {
          totalSeconds += value * unit
          sawAmount = true
          end = tokens[j].text.endIndex
          lastUnit = unit
          index = j + 1
          continue
        }
      }
      guard token.isNumber, var value = Double(token.text) else { break }
      var j = index + 1
      if j + 1 < tokens.count, tokens[j].isSymbol("."), tokens[j + 1].isNumber, !tokens[j].spaceBefore,
        let fraction = Double("0." + tokens[j + 1].text)
      {
        value += fraction
        j += 2
      }
      // "2:30" alone reads as hours and minutes, "00:47:00" as hours, minutes and seconds.
      if j + 1 < tokens.count, tokens[j].isSymbol(":"), tokens[j + 1].isNumber, tokens[j + 1].count == 2,
        !sawAmount, let minutes = Double(tokens[j + 1].text), minutes < 60
      {
        if j + 2 == tokens.count {
          return wholeMinutes(value * 60 + minutes).map { ($0, tokens[j + 1].text.endIndex) }
        }
        if j + 4 == tokens.count, tokens[j + 2].isSymbol(":"), tokens[j + 3].isNumber, tokens[j + 3].count == 2,
          let seconds = Double(tokens[j + 3].text), seconds < 60
        {
          return wholeMinutes((value * 60 + minutes + seconds / 60).rounded()).map {
            ($0, tokens[j + 3].text.endIndex)
          }
        }
      }
      // "2 and a half hours"
      if isWord(j, "and"), isWord(j + 1, "a"), isWord(j + 2, "half") {
        value += 0.5
        j += 3
      }
      guard j < tokens.count, tokens[j].isWord, let unit = unitSeconds(tokens[j].text) else {
        // "1h20": minutes written against the hours, without their unit, to end the amount (not
        // a clock in brackets after it: "2 hours (14:00-16:00)").
        // Written apart after the word ("2 heures 15", "2 hours 15"), two digits that close the
        // length ("2 hours 14:00" is a length and a clock).
        if lastUnit == 3600, tokens[index - 1].isWord, value < 60,
          !token.spaceBefore
            ? j == tokens.count || tokens[j].kind == .symbol
            : token.count == 2
              && (j == tokens.count || tokens[j].isSymbol(")") || tokens[j].isSymbol("(") || tokens[j].isSymbol(",")
                || tokens[j].isSymbol(";"))
        {
          totalSeconds += value * 60
          end = tokens[j - 1].text.endIndex
        }
        break
      }
      totalSeconds += value * unit
      sawAmount = true
      end = tokens[j].text.endIndex
      lastUnit = unit
      index = j + 1
      // An abbreviated unit's full stop before the next amount: "1 Std. 45 Min.", "1 hr. 5 min".
      if index + 1 < tokens.count, tokens[index].isSymbol("."), !tokens[index].spaceBefore, tokens[index + 1].isNumber {
        index += 1
      }
    }
    guard sawAmount, let minutes = wholeMinutes((totalSeconds / 60).rounded()) else { return nil }
    return (minutes, end)
  }

  /// A count of minutes as an integer, or nil past ten years: no incident lasts that long, and
  /// "39999…9 minutes" would not fit in an Int.
  static func wholeMinutes(_ minutes: Double) -> Int? {
    guard minutes.isFinite, abs(minutes) <= 10 * 366 * 1440 else { return nil }
    return Int(minutes)
  }

  /// The units of a length, in English and as French, German, Spanish, Portuguese, Italian,
  /// Dutch, Japanese, Chinese and Korean teams write them ("47 Minuten", "2 heures", "1 hora y 20
  /// minutos", "1 ora e 10 minuti", "1時間20分").
  private static func unitSeconds(_ word: Substring) -> Double? {
    switch word.lowercased() {
    case "s", "sec", "secs", "second", "seconds", "sekunden", "secondes", "segundos", "secondi", "seconden": return 1
    case "m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti": return 60
    case "h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden", "heure", "heures", "hora", "horas", "ora",
      "ore", "uur", "uren":
      return 3600
    case "d", "day", "days", "tag", "tage", "jour", "jours", "día", "días", "dia", "dias", "giorno", "giorni", "dag",
      "dagen":
      return 86400
    case "w", "wk", "wks", "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas":
      return 604800
    // Japanese, Chinese and Korean units, written against the number ("30分間", "1時間", "2小时", "30분").
    case "秒", "秒間", "秒钟", "초": return 1
    case "分", "分間", "分钟", "분": return 60
    case "時間", "小时", "小時", "시간": return 3600
    case "日", "日間", "天", "일": return 86400
    default: return nil
    }
  }

  /// Counts written as words, as a length in prose often is ("two hours", "ninety minutes").
  private static let numberWords: [String: Double] = [
    "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "ninety": 90,
  ]

  /// Whether `token` may be one of `numberWords`, told by its first letter: a length is read from
  /// the start of many texts, and most of them start with another word.
  private static func mayBeNumberWord(_ token: TextToken) -> Bool {
    switch token.text.utf8.first.map(ASCIIText.lower) {
    case UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"),
      UInt8(ascii: "e"), UInt8(ascii: "n"):
      return true
    default:
      return false
    }
  }

  /// "and" between the amounts of a length, in the same languages.
  private static let conjunctions: Set<String> = ["and", "et", "und", "y", "e", "en"]
}
