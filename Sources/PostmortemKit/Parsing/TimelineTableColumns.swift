/// Which columns of a timeline table hold the time, the date, the weekday and the event.
struct TimelineTableColumns {
  var time: Int?
  /// A second time column in another zone ("Time (UTC) | Time (PT)"), read as each entry's
  /// alternate time.
  var alternateTime: Int?
  var date: Int?
  var day: Int?
  /// The columns that describe the event, in table order: "Status | Description" tables say
  /// "Detected" in one and what happened in the other, and an entry needs both.
  var events: [Int] = []

  private static let timeHeaders: Set<String> = [
    "time", "timestamp", "when", "date time", "datetime", "date and time", "time utc", "start", "at", "hour", "t",
    "offset", "elapsed",
    // Spanish, Portuguese, French, German, Italian, Dutch; Japanese, Chinese, Korean.
    "hora", "horário", "horario", "heure", "zeit", "uhrzeit", "ora", "tijd", "tijdstip", "fecha y hora",
    "data e hora", "date et heure", "datum und uhrzeit", "data e ora", "時刻", "時間", "日時", "时间", "時間帯", "시간",
    "시각", "일시",
  ]
  // Not "data", Portuguese and Italian for the date but English for what a column holds: a
  // column of dates under it is found by its cells.
  private static let dateHeaders: Set<String> = ["date", "fecha", "datum", "日付", "日期", "날짜"]
  private static let dayHeaders: Set<String> = ["day", "weekday"]
  private static let eventHeaders: Set<String> = [
    "event", "events", "description", "what happened", "action", "actions", "details", "update", "notes",
    "activity", "message", "summary", "what", "event description", "status", "comment",
    "evento", "eventos", "descripción", "descripcion", "descrição", "descricao", "acción", "ação", "événement",
    "evenement", "ereignis", "beschreibung", "gebeurtenis", "beschrijving", "出来事", "内容", "事象", "事件", "描述",
    "이벤트", "내용",
  ]

  init(headers: [String], rows: [[String]]) {
    for (index, header) in headers.enumerated() {
      let normalized = MetadataKey.normalize(header)
      let firstWord = normalized.split(separator: " ").first.map(String.init) ?? ""
      if time == nil,
        TimelineTableColumns.timeHeaders.contains(normalized) || firstWord == "time"
          || firstWord == "timestamp" || normalized.hasPrefix("date time") || normalized.hasPrefix("date and time")
      {
        time = index
      } else if time != nil, alternateTime == nil, firstWord == "time", TimeZoneTable.find(in: header) != nil {
        alternateTime = index
      } else if date == nil, TimelineTableColumns.dateHeaders.contains(normalized) || firstWord == "date" {
        date = index
      } else if day == nil, TimelineTableColumns.dayHeaders.contains(normalized) {
        day = index
      } else if TimelineTableColumns.eventHeaders.contains(normalized) {
        events.append(index)
      }
    }
    // No named time column: take the first column whose cells mostly start with a time.
    if time == nil && date == nil, !rows.isEmpty {
      for index in headers.indices {
        let timed = rows.filter { index < $0.count && TimeParser.scan($0[index])?.isTimed == true }.count
        if timed * 2 > rows.count {
          time = index
          break
        }
      }
    }
    // No named date column beside the time: one whose cells mostly hold a date alone ("| 2026-03-15
    // | 09:30 |" under headers no list has), or that date is read as part of the event.
    if date == nil, let time, !rows.isEmpty {
      for index in headers.indices where index != time && index != alternateTime && index != day {
        if TimelineTableColumns.mostlyDates(rows, column: index) {
          date = index
          events.removeAll { $0 == index }
          break
        }
      }
    }
  }

  /// Whether more than half of `rows` hold a date alone in `column`. A date is short and has a
  /// digit: an event's text is passed over without reading it, and a column is given up once
  /// it cannot reach half.
  private static func mostlyDates(_ rows: [[String]], column: Int) -> Bool {
    var dated = 0
    for (checked, row) in rows.enumerated() {
      if (rows.count - checked + dated) * 2 <= rows.count { return false }
      guard column < row.count, case let cell = row[column], cell.utf8.count <= 32,
        cell.utf8.contains(where: ASCIIText.isDigit), DateParser.whole(Substring(cell)) != nil
      else { continue }
      dated += 1
    }
    return dated * 2 > rows.count
  }
}
