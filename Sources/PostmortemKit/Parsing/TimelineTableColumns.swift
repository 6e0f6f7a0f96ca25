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
  ]
  private static let dateHeaders: Set<String> = ["date"]
  private static let dayHeaders: Set<String> = ["day", "weekday"]
  private static let eventHeaders: Set<String> = [
    "event", "events", "description", "what happened", "action", "actions", "details", "update", "notes",
    "activity", "message", "summary", "what", "event description", "status", "comment",
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
  }
}
