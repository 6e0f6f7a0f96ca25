/// The document facts the parser knows by name, and the many ways teams label them.
enum MetadataKey: String, CaseIterable {
  case title, date, severity, status, authors, duration, start, end, timezone, template

  /// Whether the key names a moment of the incident: its start or its end.
  var namesMoment: Bool { self == .start || self == .end }

  /// Duration keys that name when rather than how long, most often written as a window
  /// ("**Incident Time:** 16:20 - 17:05 UTC"): a single clock time there is the start.
  static let windowNames = [
    "time", "incident time", "incident timeframe", "timeframe", "time frame", "incident period", "outage period",
    "impact period", "故障时间", "影响时间", "障害発生時間", "影響期間", "障害期間", "장애 시간",
  ]

  /// Every name of every key, as `normalize` leaves it (a test holds each one to that):
  /// normalising them at startup cost a one-file lint half a million instructions.
  private static let aliases: [String: MetadataKey] = {
    let groups: [(MetadataKey, [String])] = [
      (
        .title,
        [
          "title", "incident title", "incident name", "name", "postmortem title", "subject", "incident",
          // A plain-text report's first line: "Postmortem: The Great WordPress Outage of 2025".
          "postmortem", "post mortem", "postmortem report", "post mortem report", "incident report", "outage report",
        ]
      ),
      (
        .date,
        [
          "date", "incident date", "date of incident", "incident day", "occurred", "occurred on", "day",
          "date occurred", "outage date", "incident date time", "date time", "date and time",
          "incident date and time", "when",
          // When it was found, as templates ask for the date: "Date/time detected", "Date Detected".
          "date detected", "date time detected", "date and time detected", "detection date", "date of detection",
        ]
      ),
      (
        .severity,
        [
          "severity", "sev", "severity level", "incident severity", "priority", "incident priority", "impact level",
          "level", "incident level", "incident severity level", "sev level", "severity rating", "criticality",
        ]
      ),
      (
        .status,
        [
          "status", "state", "postmortem status", "document status", "incident status", "review status",
          "report status", "postmortem state",
        ]
      ),
      (
        .authors,
        [
          "authors", "author", "prepared by", "written by", "postmortem author", "postmortem authors", "owner",
          "owners",
          "postmortem owner", "document owner", "retrospective owner", "retro owner", "review owner", "created by",
          "owner of postmortem", "owner of the postmortem", "postmortem written by", "report owner",
          "editors", "contributors", "posted by", "authored by",
          "published by", "by", "retro author", "retro authors", "retrospective author", "retrospective authors",
          "review author", "report author", "report authors", "rca author", "pir author",
        ]
      ),
      (
        .duration,
        [
          "duration", "incident duration", "outage duration", "total duration", "length", "downtime", "time window",
          "total downtime", "outage length", "impact duration", "duration of impact", "duration of outage",
          "outage window", "impact window", "incident window", "downtime or degradation",
          "impact time", "total impact time", "outage time", "total outage time", "downtime duration", "total time",
          "total impact duration", "total outage duration", "total incident duration", "customer impact duration",
          "recovery duration",
        ] + windowNames
      ),
      (
        .start,
        [
          "start", "start time", "started", "started at", "began", "incident start", "start date", "outage start",
          "impact start", "detected at", "incident start date", "incident start time",
          "outage start time", "impact start time", "start date and time", "start of impact", "start of outage",
          "impact began", "impact started",
          // When it occurred, as ticketing templates ask (and often spell it).
          "occurred at", "occurrence time", "time of occurrence", "occurance time",
        ]
      ),
      (
        .end,
        [
          "end", "end time", "ended", "ended at", "resolved", "resolved at", "incident end", "end date",
          "outage end", "impact end", "incident end date", "incident end time",
          "outage end time", "impact end time", "end date and time", "end of impact", "end of outage",
          "impact ended", "impact resolved", "fixed", "fixed at",
        ]
      ),
      (.timezone, ["timezone", "time zone", "tz", "times in", "zone"]),
      (.template, ["template", "profile", "postmortem template"]),
    ]
    var table: [String: MetadataKey] = [:]
    for (key, names) in groups + otherLanguages {
      for name in names { table[name] = key }
    }
    return table
  }()

  /// The same facts as Spanish, French, German, Portuguese, Italian, Dutch, Japanese, Chinese,
  /// Korean and Vietnamese postmortems label them.
  private static let otherLanguages: [(MetadataKey, [String])] = [
    (.title, ["título", "titre", "titel", "titolo", "タイトル", "件名", "标题", "제목"]),
    (
      .date,
      [
        "fecha", "fecha del incidente", "date de l incident", "datum", "data", "data do incidente",
        "fecha y hora", "fecha hora", "fecha del evento", "fecha hora del evento", "fecha y hora del evento",
        "fecha y hora del incidente", "data e hora", "data hora", "data do evento", "data e hora do incidente",
        // The date and the window in one field: "Data/Horário (início - fim): 05/03/2024 09:15 - 11:40".
        "data horário", "data horario", "fecha horario", "date heure",
        "data dell incidente", "日付", "発生日",
        "日期", "发生日期", "날짜", "발생일", "발생 일시", "장애 일시", "ngày", "ngày xảy ra", "ngày sự cố",
        "ngày xảy ra sự cố",
      ]
    ),
    (
      .severity,
      [
        "severidad", "gravedad", "gravité", "sévérité", "schweregrad", "severidade", "gravità", "ernst", "ernstniveau",
        "重大度", "深刻度", "重要度", "影響度", "障害レベル", "严重程度", "严重性", "故障等级", "事故等级", "심각도",
        "장애 등급", "mức độ", "mức độ nghiêm trọng", "độ nghiêm trọng",
      ]
    ),
    (.status, ["estado", "statut", "situação", "stato", "ステータス", "状态", "상태", "trạng thái"]),
    (
      .authors,
      [
        "autores", "autor", "auteurs", "auteur", "autoren", "autor innen", "autorinnen", "verfasser", "verfasst von",
        "rédigé par", "erstellt von", "autori", "autore",
        "作成者", "作者", "작성자", "负责人", "撰写人", "编写人", "người viết", "người lập", "tác giả",
        "người lập báo cáo",
      ]
    ),
    (
      .duration,
      [
        "duración", "durée", "dauer", "duração", "durata", "duur", "影響時間", "持续时间", "지속 시간", "총 장애 시간",
        "장애 지속 시간", "소요 시간", "소요시간", "thời lượng", "thời gian gián đoạn", "thời gian ảnh hưởng",
      ]
    ),
    // A Korean report's moments: 발생 (occurred) and 해결 (resolved).
    (
      .start,
      [
        "발생", "발생 시각", "장애 발생 시각", "開始時刻", "发生时间", "発生日時", "発生時刻", "障害発生日時", "发生日期时间",
        "thời gian bắt đầu", "thời điểm xảy ra",
      ]
    ),
    (
      .end,
      [
        "해결", "해결 시각", "복구 시각", "復旧時刻", "恢复时间", "復旧日時", "障害復旧日時", "恢复日期时间", "thời gian kết thúc",
        "thời gian khôi phục",
      ]
    ),
  ]

  /// The names `recognize` knows, for tests.
  static var names: [String] { Array(aliases.keys) + Array(momentStandIns.keys) }

  /// Labels (normalised) of the moment the incident was detected, whichever key they are: the
  /// start ("Detected at"), the date ("Date/time detected") or neither ("Detection Time"). The
  /// detection a stated moment names is held to the timeline's (`DurationMismatchRule`).
  static let detectionLabels: Set<String> = [
    "detected at", "detected", "detection time", "time detected", "time of detection", "date detected",
    "date time detected", "date and time detected",
  ]

  /// Labels that name the incident's start or end only when their value is a moment: "Detection
  /// Time: 2025-12-27 14:30 UTC" dates and starts the incident, where "Detection Time: 7 min" is
  /// how long detecting took (`StatedMeasure`). The detection labels that are no key are starts.
  static let momentStandIns: [String: MetadataKey] = {
    var table: [String: MetadataKey] = [
      "resolution time": .end, "time resolved": .end, "time of resolution": .end, "recovery time": .end,
      "time recovered": .end, "time of recovery": .end, "resolve time": .end, "resolved time": .end,
    ]
    for label in detectionLabels where aliases[label] == nil { table[label] = .start }
    return table
  }()

  /// The start or end a label of `momentStandIns` names, or nil.
  static func momentStandIn(_ label: String) -> MetadataKey? {
    // Most labels are none of them: their length and first letter tell before the dictionary.
    guard (8...20).contains(label.utf8.count), let first = label.utf8.first,
      "dDtTrR".utf8.contains(first)
    else { return nil }
    return momentStandIns[normalize(label)]
  }

  /// Whether `label` is one of the Spanish, French, German or Portuguese keys ("Fecha",
  /// "Sévérité", "Autoren"): those languages write the day before the month.
  static func isLabelOfADayFirstLanguage(_ label: String) -> Bool {
    // Most labels are English and ASCII; the other languages' keys that are ASCII are few.
    dayFirstLanguageKeys.contains(normalize(label))
  }

  private static let dayFirstLanguageKeys: Set<String> = Set(
    otherLanguages.flatMap(\.1).filter { name in
      // Japanese, Chinese and Korean write the year first: their keys are no evidence.
      !name.unicodeScalars.contains { $0.value >= 0x3000 }
    })

  /// The known key a label names, or nil. A qualifier in brackets is not part of the name:
  /// "Start (UTC)" is the start.
  static func recognize(_ label: String) -> MetadataKey? {
    let normalized = normalize(label)
    if let key = aliases[normalized] { return key }
    // "duration_minutes", "Downtime (hours)": a length with its unit in the key.
    if durationUnit(ofNormalized: normalized) != nil { return .duration }
    // A nested front-matter key, "incident.started_at", by its own name; a space before the
    // dot ("Users saw delays. Duration") makes it a sentence, not a path.
    var label = label
    let name = label.withUTF8 { bytes -> String? in
      guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot + 1 < bytes.count,
        !bytes[..<dot].contains(UInt8(ascii: " "))
      else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)...]), as: UTF8.self)
    }
    if let name, let key = aliases[normalize(name)] { return key }
    if let key = unqualified(label).flatMap({ aliases[normalize($0)] }) { return key }
    // A key written in two languages or two words for one fact ("Gravité / Severity",
    // "Sev/Priority"), each part a name of it; "Start/End" names two facts, and so none.
    guard label.utf8.contains(UInt8(ascii: "/")) else { return nil }
    let named = label.split(separator: "/").map { aliases[normalize(String($0))] }
    guard let first = named.first, let key = first, named.allSatisfy({ $0 == key }) else { return nil }
    return key
  }

  /// A label without the qualifier in brackets that ends it ("Start (UTC)": "Start ",
  /// "Owner(s)": "Owner"), or nil when it ends in none.
  static func unqualified(_ label: String) -> String? {
    guard label.hasSuffix(")"), let open = label.lastIndex(of: "("), open > label.startIndex else { return nil }
    return String(label[..<open])
  }

  /// The minutes in one unit that a duration key names ("duration_minutes": 1, "Downtime
  /// (hours)": 60), for a value written as a bare number.
  static func durationUnit(of label: String) -> Int? {
    durationUnit(ofNormalized: normalize(label))
  }

  private static func durationUnit(ofNormalized label: String) -> Int? {
    // Every label that is no known key comes here: its first and last words are looked at in
    // place first. The unit ends the key ("duration in minutes") or opens it ("Minutes downtime
    // or degradation", GitLab's incident reviews; "hours of downtime").
    var label = label
    let found = label.withUTF8 { bytes -> (minutes: Int, name: Range<Int>)? in
      guard let space = bytes.lastIndex(of: UInt8(ascii: " ")) else { return nil }
      if let minutes = unitMinutes[bytes[(space + 1)...]] {
        var nameEnd = space
        if nameEnd > 3, bytes[(nameEnd - 3)..<nameEnd].elementsEqual(" in".utf8) { nameEnd -= 3 }
        return (minutes, 0..<nameEnd)
      }
      let firstSpace = bytes.firstIndex(of: UInt8(ascii: " "))!
      guard let minutes = unitMinutes[bytes[..<firstSpace]] else { return nil }
      var nameStart = firstSpace + 1
      if bytes[nameStart...].starts(with: "of ".utf8) { nameStart += 3 }
      return (minutes, nameStart..<bytes.count)
    }
    guard let found else { return nil }
    let name = String(decoding: Array(label.utf8)[found.name], as: UTF8.self)
    return aliases[name] == .duration ? found.minutes : nil
  }

  /// The units a duration key may end with, in minutes.
  private static let unitMinutes = ByteWordTable(
    [("minutes", 1), ("mins", 1), ("min", 1), ("m", 1), ("hours", 60), ("hrs", 60), ("hr", 60), ("h", 60)].map {
      (Array($0.0.utf8), $0.1)
    })

  /// The qualifier in brackets after a key ("Start (UTC)": "UTC"), if any.
  static func qualifier(of label: String) -> Substring? {
    guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return nil }
    return label[label.index(after: open)..<label.index(before: label.endIndex)]
  }

  /// Lower-cases and folds punctuation, `_` included, to single spaces.
  static func normalize(_ label: String) -> String {
    guard label.utf8.allSatisfy({ $0 < 0x80 }) else {
      // "ğŸ—“ Date": an emoji misread through a Windows code page (see `Mojibake`).
      if let readable = Mojibake.readable(label) { return normalize(readable) }
      return label.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
    var out: [UInt8] = []
    out.reserveCapacity(label.utf8.count)
    var pendingSpace = false
    for byte in label.utf8 {
      if ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) {
        if pendingSpace, !out.isEmpty { out.append(32) }
        pendingSpace = false
        out.append(ASCIIText.lower(byte))
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
