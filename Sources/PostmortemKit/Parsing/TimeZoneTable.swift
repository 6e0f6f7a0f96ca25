import Foundation

/// Our own table of the zone names postmortems use, mapped to IANA identifiers.
///
/// Foundation on Linux does not know `PT` or `ET` and maps `MST` to Phoenix; incident write-ups
/// mean the generic regional zone, so we own the mapping (see DESIGN.md, "Time").
public enum TimeZoneTable {
  /// A zone name matched in text.
  public struct Match: Sendable, Hashable {
    /// The zone word(s) as written.
    public var text: String
    /// The IANA identifier (`UTC` for UTC/GMT/Z), or nil for a fixed offset.
    public var identifier: String?
    /// A fixed offset in seconds east of UTC, for `+02:00`, `UTC-7`, `GMT+5:30`.
    public var fixedOffset: Int?
    /// True when the abbreviation names several zones and a default was chosen.
    public var isAmbiguous: Bool
  }

  struct Entry {
    let identifier: String
    let ambiguous: Bool
  }

  /// The UTC offset (seconds) each standard- or daylight-time abbreviation stands for, and the
  /// abbreviation of the other half of the year.
  static let seasonalOffsets: [String: (offset: Int, other: String)] = [
    "PST": (-8 * 3600, "PDT"), "PDT": (-7 * 3600, "PST"), "MST": (-7 * 3600, "MDT"), "MDT": (-6 * 3600, "MST"),
    "CST": (-6 * 3600, "CDT"), "CDT": (-5 * 3600, "CST"), "EST": (-5 * 3600, "EDT"), "EDT": (-4 * 3600, "EST"),
    "CET": (3600, "CEST"), "CEST": (7200, "CET"), "EET": (7200, "EEST"), "EEST": (10800, "EET"),
    "AEST": (36000, "AEDT"), "AEDT": (39600, "AEST"), "NZST": (43200, "NZDT"), "NZDT": (46800, "NZST"),
  ]

  /// The offset of a standard- or daylight-time abbreviation. Every one ends in ST or DT, which
  /// most zones written in timelines (UTC) do not: they are turned away before the lookup.
  static func seasonalOffset(of abbreviation: String) -> Int? {
    let utf8 = abbreviation.utf8
    guard (3...4).contains(utf8.count), utf8.last == UInt8(ascii: "T"),
      case let letter = utf8[utf8.index(utf8.endIndex, offsetBy: -2)],
      letter == UInt8(ascii: "S") || letter == UInt8(ascii: "D")
    else { return nil }
    return seasonalOffsets[abbreviation]?.offset
  }

  /// For each ambiguous abbreviation, the places a note in brackets after it may name, and the
  /// zone each means.
  private static let clarifyingPlaces: [String: [String: String]] = [
    "IST": [
      "india": "Asia/Kolkata", "indian": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "ireland": "Europe/Dublin",
      "irish": "Europe/Dublin",
      "israel": "Asia/Jerusalem", "israeli": "Asia/Jerusalem",
    ],
    "CST": [
      "china": "Asia/Shanghai", "chinese": "Asia/Shanghai", "beijing": "Asia/Shanghai", "shanghai": "Asia/Shanghai",
      "us": "America/Chicago", "central": "America/Chicago", "chicago": "America/Chicago",
    ],
    "BST": [
      "uk": "Europe/London", "british": "Europe/London", "london": "Europe/London", "bangladesh": "Asia/Dhaka",
    ],
    "AST": [
      "atlantic": "America/Halifax", "arabia": "Asia/Riyadh", "arabian": "Asia/Riyadh", "saudi": "Asia/Riyadh",
    ],
  ]

  /// Abbreviations, matched case-sensitively in upper case so "et" or "ist" in prose never match.
  static let abbreviations: [String: Entry] = {
    let plain: [(String, String)] =
      [
        ("UTC", "UTC"), ("GMT", "UTC"), ("Z", "UTC"), ("UT", "UTC"), ("ZULU", "UTC"),
        ("PT", "America/Los_Angeles"), ("PST", "America/Los_Angeles"), ("PDT", "America/Los_Angeles"),
        ("MT", "America/Denver"), ("MST", "America/Denver"), ("MDT", "America/Denver"),
        ("CT", "America/Chicago"), ("CDT", "America/Chicago"),
        ("ET", "America/New_York"), ("EST", "America/New_York"), ("EDT", "America/New_York"),
        ("AKST", "America/Anchorage"), ("AKDT", "America/Anchorage"), ("HST", "Pacific/Honolulu"),
        ("WET", "Europe/Lisbon"), ("WEST", "Europe/Lisbon"),
        ("CET", "Europe/Berlin"), ("CEST", "Europe/Berlin"), ("MEZ", "Europe/Berlin"), ("MESZ", "Europe/Berlin"),
        ("EET", "Europe/Athens"), ("EEST", "Europe/Athens"), ("MSK", "Europe/Moscow"),
        ("JST", "Asia/Tokyo"), ("KST", "Asia/Seoul"), ("SGT", "Asia/Singapore"), ("HKT", "Asia/Hong_Kong"),
        ("AEST", "Australia/Sydney"), ("AEDT", "Australia/Sydney"), ("ACST", "Australia/Adelaide"),
        ("ACDT", "Australia/Adelaide"), ("AWST", "Australia/Perth"), ("NZST", "Pacific/Auckland"),
        ("NZDT", "Pacific/Auckland"), ("BRT", "America/Sao_Paulo"), ("SAST", "Africa/Johannesburg"),
        ("WAT", "Africa/Lagos"), ("EAT", "Africa/Nairobi"), ("PKT", "Asia/Karachi"), ("ICT", "Asia/Bangkok"),
        ("WIB", "Asia/Jakarta"), ("NPT", "Asia/Kathmandu"), ("ADT", "America/Halifax"), ("NST", "America/St_Johns"),
        ("NDT", "America/St_Johns"), ("PHT", "Asia/Manila"), ("CAT", "Africa/Maputo"),
        ("ART", "America/Argentina/Buenos_Aires"), ("COT", "America/Bogota"), ("PET", "America/Lima"),
        ("CLT", "America/Santiago"), ("MYT", "Asia/Kuala_Lumpur"), ("IDT", "Asia/Jerusalem"), ("GST", "Asia/Dubai"),
      ] + cjkNames
    // Each of these names more than one zone; the default is the one incident write-ups mean most.
    let ambiguous: [(String, String)] = [
      ("CST", "America/Chicago"),  // also China Standard Time
      ("IST", "Asia/Kolkata"),  // also Irish and Israel Standard Time
      ("BST", "Europe/London"),  // also Bangladesh Standard Time
      ("AST", "America/Halifax"),  // also Arabia Standard Time
    ]
    var table: [String: Entry] = [:]
    for (name, id) in plain { table[name] = Entry(identifier: id, ambiguous: false) }
    for (name, id) in ambiguous { table[name] = Entry(identifier: id, ambiguous: true) }
    return table
  }()

  /// The clocks Japanese, Chinese and Korean write by name ("北京时间", "日本時間", "한국시간"):
  /// without case, they match as abbreviations do, and inside text that has no spaces.
  private static let cjkNames: [(String, String)] = [
    ("北京时间", "Asia/Shanghai"), ("北京時間", "Asia/Shanghai"), ("中国标准时间", "Asia/Shanghai"),
    ("日本時間", "Asia/Tokyo"), ("日本标准时间", "Asia/Tokyo"), ("한국시간", "Asia/Seoul"), ("한국 시간", "Asia/Seoul"),
    ("香港时间", "Asia/Hong_Kong"), ("台北时间", "Asia/Taipei"), ("台灣時間", "Asia/Taipei"),
  ]
  private static let cjkNameBytes = cjkNames.map { (Array($0.0.utf8), $0.0, $0.1) }

  /// Spelled-out names, matched case-insensitively, longest first.
  static let names: [(words: [String], identifier: String)] = {
    let list: [(String, String)] = [
      ("pacific time", "America/Los_Angeles"), ("pacific standard time", "America/Los_Angeles"),
      ("pacific daylight time", "America/Los_Angeles"), ("pacific", "America/Los_Angeles"),
      ("mountain time", "America/Denver"), ("mountain standard time", "America/Denver"),
      ("mountain daylight time", "America/Denver"), ("mountain", "America/Denver"),
      ("central time", "America/Chicago"), ("central standard time", "America/Chicago"),
      ("central daylight time", "America/Chicago"), ("us central", "America/Chicago"),
      ("us eastern", "America/New_York"), ("us pacific", "America/Los_Angeles"), ("us mountain", "America/Denver"),
      ("eastern time", "America/New_York"), ("eastern standard time", "America/New_York"),
      ("eastern daylight time", "America/New_York"), ("eastern", "America/New_York"),
      ("central european time", "Europe/Berlin"), ("central european summer time", "Europe/Berlin"),
      ("british summer time", "Europe/London"), ("greenwich mean time", "UTC"),
      ("coordinated universal time", "UTC"), ("universal time", "UTC"),
      ("india standard time", "Asia/Kolkata"), ("indian standard time", "Asia/Kolkata"),
      ("japan standard time", "Asia/Tokyo"), ("china standard time", "Asia/Shanghai"),
      ("korea standard time", "Asia/Seoul"), ("korean standard time", "Asia/Seoul"),
      ("singapore standard time", "Asia/Singapore"), ("israel standard time", "Asia/Jerusalem"),
      ("israel daylight time", "Asia/Jerusalem"), ("irish standard time", "Europe/Dublin"),
      ("australian eastern time", "Australia/Sydney"), ("australian eastern standard time", "Australia/Sydney"),
      ("australian eastern daylight time", "Australia/Sydney"),
      ("australian central standard time", "Australia/Adelaide"),
      ("australian western standard time", "Australia/Perth"), ("new zealand standard time", "Pacific/Auckland"),
      ("new zealand daylight time", "Pacific/Auckland"), ("eastern european time", "Europe/Athens"),
      ("eastern european summer time", "Europe/Athens"), ("western european time", "Europe/Lisbon"),
      ("western european summer time", "Europe/Lisbon"), ("central european standard time", "Europe/Berlin"),
      ("atlantic time", "America/Halifax"), ("atlantic standard time", "America/Halifax"),
      ("alaska time", "America/Anchorage"), ("hawaii time", "Pacific/Honolulu"),
      ("gulf standard time", "Asia/Dubai"),
      // A country's clock in its own language: "ora italiana", "Nederlandse tijd", "heure française".
      ("ora italiana", "Europe/Rome"), ("nederlandse tijd", "Europe/Amsterdam"), ("heure française", "Europe/Paris"),
      ("deutsche zeit", "Europe/Berlin"), ("hora peninsular", "Europe/Madrid"), ("hora de españa", "Europe/Madrid"),
    ]
    // A one-file lint builds this table too: names are split on their bytes, and nothing here
    // goes through a key path (each read of one cost thousands of instructions).
    func words(_ name: String) -> [String] {
      name.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
    var all = list.map { (name, id) in (words: words(name), identifier: id) }
    // A city's clock: "All times Berlin time", "UK time", "Berlin local time".
    for (place, id) in citiesAndRegions {
      let placeWords = words(place)
      // "heure de Paris", "hora de Madrid": French, Spanish and Portuguese put the place after.
      all.append((placeWords + ["time"], id))
      all.append((placeWords + ["local", "time"], id))
      all.append((["heure", "de"] + placeWords, id))
      all.append((["hora", "de"] + placeWords, id))
      all.append((["horário", "de"] + placeWords, id))
    }
    // Longest first, in a stable order: one pass per length.
    let longest = all.reduce(1) { max($0, $1.words.count) }
    return (1...longest).reversed().flatMap { length in all.filter { $0.words.count == length } }
  }()

  /// The places whose clock a note names by the place ("Lisbon time"), lower case.
  private static let citiesAndRegions: [(String, String)] = [
    ("uk", "Europe/London"), ("london", "Europe/London"), ("dublin", "Europe/Dublin"), ("lisbon", "Europe/Lisbon"),
    ("berlin", "Europe/Berlin"), ("paris", "Europe/Paris"), ("amsterdam", "Europe/Amsterdam"),
    ("madrid", "Europe/Madrid"), ("stockholm", "Europe/Stockholm"), ("warsaw", "Europe/Warsaw"),
    ("zurich", "Europe/Zurich"), ("vienna", "Europe/Vienna"), ("kyiv", "Europe/Kyiv"),
    ("istanbul", "Europe/Istanbul"), ("new york", "America/New_York"), ("toronto", "America/Toronto"),
    ("chicago", "America/Chicago"), ("denver", "America/Denver"), ("seattle", "America/Los_Angeles"),
    ("san francisco", "America/Los_Angeles"), ("los angeles", "America/Los_Angeles"),
    ("vancouver", "America/Vancouver"), ("mexico city", "America/Mexico_City"), ("sao paulo", "America/Sao_Paulo"),
    ("buenos aires", "America/Argentina/Buenos_Aires"), ("tokyo", "Asia/Tokyo"), ("seoul", "Asia/Seoul"),
    ("singapore", "Asia/Singapore"), ("hong kong", "Asia/Hong_Kong"), ("shanghai", "Asia/Shanghai"),
    ("beijing", "Asia/Shanghai"), ("bangalore", "Asia/Kolkata"), ("bengaluru", "Asia/Kolkata"),
    ("mumbai", "Asia/Kolkata"), ("delhi", "Asia/Kolkata"), ("dubai", "Asia/Dubai"), ("jakarta", "Asia/Jakarta"),
    ("manila", "Asia/Manila"), ("bangkok", "Asia/Bangkok"), ("sydney", "Australia/Sydney"),
    ("melbourne", "Australia/Melbourne"), ("auckland", "Pacific/Auckland"), ("johannesburg", "Africa/Johannesburg"),
    ("lagos", "Africa/Lagos"), ("nairobi", "Africa/Nairobi"), ("cairo", "Africa/Cairo"),
    ("brasília", "America/Sao_Paulo"), ("brasilia", "America/Sao_Paulo"), ("lisboa", "Europe/Lisbon"),
    // Countries with one clock: "India time", "Japan time".
    ("india", "Asia/Kolkata"), ("japan", "Asia/Tokyo"), ("china", "Asia/Shanghai"), ("korea", "Asia/Seoul"),
    ("israel", "Asia/Jerusalem"), ("ireland", "Europe/Dublin"), ("moscow", "Europe/Moscow"),
    ("taipei", "Asia/Taipei"), ("new zealand", "Pacific/Auckland"),
  ]

  /// `names` by their first word (each list longest first): every word of every zone note and
  /// timeline line is looked up here.
  private static let namesByFirstWord: [String: [(words: [String], identifier: String)]] = Dictionary(
    grouping: names, by: { $0.words[0] })

  /// The zone named by the tokens starting at `index`; on success `index` moves past the name.
  ///
  /// - Parameter singleWordNames: accept one-word names such as "Pacific" or "Eastern"; after a
  ///   time they are too easily the start of the event text ("14:05 Eastern region fails").
  static func match(_ tokens: [TextToken], at index: inout Int, singleWordNames: Bool = true) -> Match? {
    guard index < tokens.count else { return nil }
    let token = tokens[index]
    // Numeric offsets: +02:00, -0700, and UTC+2 / GMT-07:00.
    if token.isSymbol("+") || token.isSymbol("-") || token.isSymbol("−") {
      var j = index
      if let offset = scanOffset(tokens, at: &j), j > index {
        let text = tokens[index..<j].map { String($0.text) }.joined()
        index = j
        return Match(text: text, identifier: nil, fixedOffset: offset, isAmbiguous: false)
      }
      return nil
    }
    guard token.isWord else { return nil }
    let word = String(token.text)
    if word == word.uppercased(), let entry = abbreviations[word] {
      var j = index + 1
      if entry.identifier == "UTC", j < tokens.count, !tokens[j].spaceBefore,
        let offset = scanOffset(tokens, at: &j)
      {
        let text = tokens[index..<j].map { String($0.text) }.joined()
        index = j
        return offset == 0
          ? Match(text: text, identifier: "UTC", fixedOffset: nil, isAmbiguous: false)
          : Match(text: text, identifier: nil, fixedOffset: offset, isAmbiguous: false)
      }
      index += 1
      // "PST/PDT", "CET/CEST": both halves of the year named are the zone, whichever is in effect
      // (and the daylight half tells which zone an ambiguous "CST" is).
      if index + 1 < tokens.count, tokens[index].isSymbol("/"), let other = seasonalOffsets[word]?.other,
        tokens[index + 1].text == other
      {
        index += 2
        return Match(text: word + "/" + other, identifier: entry.identifier, fixedOffset: nil, isAmbiguous: false)
      }
      // "IST (India)", "CST (China)": the place in brackets says which zone it is.
      if entry.ambiguous, index + 2 < tokens.count, tokens[index].isSymbol("("), tokens[index + 1].isWord,
        tokens[index + 2].isSymbol(")"),
        let place = clarifyingPlaces[word]?[tokens[index + 1].text.lowercased()]
      {
        let text = tokens[(index - 1)...(index + 2)].map { String($0.text) }.joined(separator: " ")
        index += 3
        return Match(text: text, identifier: place, fixedOffset: nil, isAmbiguous: false)
      }
      return Match(text: word, identifier: entry.identifier, fixedOffset: nil, isAmbiguous: entry.ambiguous)
    }
    // An IANA identifier written out: America/Los_Angeles, Europe/Berlin.
    if index + 2 < tokens.count, tokens[index + 1].isSymbol("/"), tokens[index + 2].isWord {
      var j = index + 3
      var text = word + "/" + tokens[index + 2].text
      while j + 1 < tokens.count, tokens[j].isSymbol("_") || tokens[j].isSymbol("/"), tokens[j + 1].isWord,
        !tokens[j].spaceBefore
      {
        text += tokens[j].text + tokens[j + 1].text
        j += 2
      }
      if TimeZone(identifier: text) != nil {
        index = j
        return Match(text: text, identifier: text, fixedOffset: nil, isAmbiguous: false)
      }
    }
    let lowered = word.lowercased()
    // "Times are local (Lisbon)", "local time (New York)": the place in brackets is the clock.
    if lowered == "local", let place = placeInBrackets(tokens, after: index) {
      let text = tokens[index..<place.end].enumerated().map { ($0 > 0 && $1.spaceBefore ? " " : "") + $1.text }
        .joined()
      index = place.end
      return Match(text: text, identifier: place.identifier, fixedOffset: nil, isAmbiguous: false)
    }
    // "All times are Central.": the word alone, capitalised, closing its clause, names the US
    // zone; "central" in prose ("the central database", "Central region") names none.
    if singleWordNames, word == "Central",
      index + 1 == tokens.count || [".", ",", ";", ":", ")"].contains(where: { tokens[index + 1].isSymbol($0) })
    {
      index += 1
      return Match(text: word, identifier: "America/Chicago", fixedOffset: nil, isAmbiguous: false)
    }
    guard let candidates = namesByFirstWord[lowered] else { return nil }
    for name in candidates
    where index + name.words.count <= tokens.count && (singleWordNames || name.words.count > 1) {
      let matches = name.words.indices.allSatisfy { offset in
        tokens[index + offset].isWord && tokens[index + offset].text.lowercased() == name.words[offset]
      }
      if matches {
        let text = tokens[index..<(index + name.words.count)].map { String($0.text) }.joined(separator: " ")
        index += name.words.count
        return Match(text: text, identifier: name.identifier, fixedOffset: nil, isAmbiguous: false)
      }
    }
    return nil
  }

  /// The city or region named in brackets after "local" (or "local time") at `index`, and the
  /// index after its closing bracket.
  private static func placeInBrackets(_ tokens: [TextToken], after index: Int) -> (identifier: String, end: Int)? {
    var open = index + 1
    if open < tokens.count, tokens[open].isWord, tokens[open].text.lowercased() == "time" { open += 1 }
    guard open + 2 < tokens.count, tokens[open].isSymbol("(") else { return nil }
    for (place, identifier) in citiesAndRegions {
      let words = place.split(separator: " ")
      let close = open + 1 + words.count
      guard close < tokens.count, tokens[close].isSymbol(")") else { continue }
      if words.indices.allSatisfy({
        tokens[open + 1 + $0].isWord && tokens[open + 1 + $0].text.lowercased() == words[$0]
      }) {
        return (identifier, close + 1)
      }
    }
    return nil
  }

  /// Reads `+HH[:MM]`, `-HHMM` or `+H` at `index`; returns seconds east of UTC.
  private static func scanOffset(_ tokens: [TextToken], at index: inout Int) -> Int? {
    guard index + 1 < tokens.count else { return nil }
    let signToken = tokens[index]
    let sign: Int
    if signToken.isSymbol("+") {
      sign = 1
    } else if signToken.isSymbol("-") || signToken.isSymbol("−") {
      sign = -1
    } else {
      return nil
    }
    let number = tokens[index + 1]
    guard number.isNumber, !number.spaceBefore else { return nil }
    var hours: Int
    var minutes = 0
    var next = index + 2
    switch number.text.count {
    case 1, 2:
      hours = number.intValue ?? 0
      if next + 1 < tokens.count, tokens[next].isSymbol(":"), tokens[next + 1].isNumber,
        tokens[next + 1].count == 2
      {
        minutes = tokens[next + 1].intValue ?? 0
        next += 2
      }
    case 4:
      let value = number.intValue ?? 0
      hours = value / 100
      minutes = value % 100
    default:
      return nil
    }
    guard hours <= 14, minutes < 60 else { return nil }
    index = next
    return sign * (hours * 3600 + minutes * 60)
  }

  /// Whether the zone `identifier` is `offset` seconds from UTC in winter or summer (of a fixed
  /// year, so that the answer does not depend on the day it is asked).
  private static func observes(_ offset: Int, in identifier: String) -> Bool {
    guard let zone = TimeZone(identifier: identifier) else { return false }
    // 2024-01-15 and 2024-07-15, 12:00 UTC.
    return [1_705_320_000.0, 1_721_044_800.0].contains {
      zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) == offset
    }
  }

  /// The first zone named anywhere in `text` (for notes such as "All times in Pacific Time (PT)").
  ///
  /// An abbreviation in parentheses wins over the spelled-out name before it, since it is the
  /// more precise of the two.
  public static func find(in text: String) -> Match? {
    let tokens = TextToken.tokenize(Substring(text))
    var found: Match?
    var index = 0
    while index < tokens.count {
      var j = index
      // Offsets only count right after UTC/GMT; a bare "-7" in prose is not a zone.
      if tokens[index].isWord, let match = match(tokens, at: &j) {
        if found == nil {
          found = match
        } else if index > 0, tokens[index - 1].isSymbol("("),
          found?.identifier == match.identifier || match.text == match.text.uppercased()
        {
          // "Dublin local time (IST)": the place named before says which of its zones it is.
          if match.isAmbiguous, let place = found?.identifier,
            clarifyingPlaces[match.text]?.values.contains(place) == true
          {
            return Match(text: match.text, identifier: place, fixedOffset: nil, isAmbiguous: false)
          }
          // "UTC+05:30 (IST)": the offset written before says which of its zones it is.
          if match.isAmbiguous, let offset = found?.fixedOffset,
            let place = (clarifyingPlaces[match.text].map { Set($0.values).sorted() } ?? []).first(where: {
              observes(offset, in: $0)
            })
          {
            return Match(text: match.text, identifier: place, fixedOffset: nil, isAmbiguous: false)
          }
          return match
        }
        index = j
        continue
      }
      index += 1
    }
    // Japanese and Chinese write no space around the zone ("時間はJST。"): read the note again
    // with their characters as spaces. (A character from U+3000 up, and only such a one, starts
    // with a byte of 0xE3 or more in UTF-8.)
    if found == nil, text.utf8.contains(where: { $0 >= 0xE3 }) {
      let bytes = Array(text.utf8)
      if let (_, name, identifier) = cjkNameBytes.first(where: { ASCIIText.contains(bytes, $0.0) }) {
        return Match(text: name, identifier: identifier, fixedOffset: nil, isAmbiguous: false)
      }
      var spaced = String.UnicodeScalarView()
      spaced.append(contentsOf: text.unicodeScalars.map { $0.value >= 0x3000 ? " " : $0 })
      return find(in: String(spaced))
    }
    return found
  }
}
