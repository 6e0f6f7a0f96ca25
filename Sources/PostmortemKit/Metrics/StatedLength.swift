/// How a stated length is held to the timeline, the one judgement duration-mismatch reports and
/// the rendered metrics show.
enum StatedLength {
  /// Whether the length `stated` gives (without a start and end of its own) fits the timeline:
  /// nil when either cannot be measured.
  ///
  /// It fits when it is the span's length, or the length measured another way the incident may
  /// be: to a later resolution than the span's end ("Certificate restored" at 10:42, "back to
  /// baseline" at 10:58), as a stated end may; and, when no entry is marked as the start, from a
  /// later entry up to the first detection, as a timeline often opens with the change that caused
  /// the impact ("2:58 PM Migration started", the impact from 3:05 PM). A length told in the
  /// summary or impact section ("For 47 minutes, 12% of requests failed") may end at a mitigation,
  /// as such a window may (`Window.endsAtImpact`). A hedged length may be off by more (see
  /// `allowance`).
  static func fits(_ stated: StatedDuration, span: Timeline.Span, entries: [TimelineEntry], tolerance: Int) -> Bool? {
    guard let minutes = stated.minutes else { return nil }
    let allowed = allowance(for: stated, tolerance: tolerance)
    if abs(minutes - span.minutes) <= allowed { return true }
    // "For two days, writes were slow": a length in days counts the days the timeline touches.
    if minutes % 1440 == 0, namesDays(stated.raw), let first = span.start.date, let last = span.end.date,
      last.daysSinceEpoch - first.daysSinceEpoch + 1 == minutes / 1440
    {
      return true
    }
    guard let endIndex = entries.firstIndex(where: { $0.line == span.end.line }) else { return false }
    var ends = [span.end] + entries[(endIndex + 1)...].filter { $0.milestone == .resolved && $0.timeOfDay != nil }
    if Window.endsAtImpact(stated) {
      ends += entries[..<endIndex].filter { $0.milestone == .mitigated && $0.timeOfDay != nil }
    }
    let starts = [span.start] + leadUp(span: span, entries: entries[..<endIndex])
    return starts.contains { start in
      ends.contains { end in
        Timeline.minutes(from: start, to: end).map { abs($0 - minutes) <= allowed } ?? false
      }
    }
  }

  /// What is wrong with a stated "start to end" against the timeline's first and last moments;
  /// none when it agrees. The start may also be a later entry up to the first detection when no
  /// entry is marked as the start (the lead-up, as for a length), and the end a later resolution;
  /// an end beyond a time written wrongly is not judged; a window that tells the impact may also
  /// end at the mitigation (`Window.endsAtImpact`).
  static func endpointProblems(
    _ window: Window, span: Timeline.Span, entries: [TimelineEntry], tolerance: Int
  ) -> [String] {
    let (start, end) = (window.start, window.end)
    var problems: [String] = []
    let endIndex = entries.firstIndex { $0.line == span.end.line } ?? entries.endIndex
    let startIndex = entries.firstIndex { $0.line == span.start.line } ?? entries.startIndex
    // A time written wrongly before the span's start or after its end leaves that end unknown:
    // timeline-time reports it, and the stated end cannot be held to a guess.
    let isBroken = { (entry: TimelineEntry) in entry.status == .unrecognized && !entry.time.isEmpty }
    let (startExpression, endExpression) = (window.startTime, window.endTime)
    // A window that names its zone ("7:05 AM to 8:10 AM PDT") is held to the moments; one that
    // names none, to the clock times.
    var measure = WindowDistance(zone: window.zone)
    if let stated = startExpression?.time, span.start.timeOfDay != nil,
      measure.minutes(stated, span.start) > tolerance, !entries[..<startIndex].contains(where: isBroken),
      !window.precedesDetection(stated, span.start)
    {
      if !leadUp(span: span, entries: entries[..<endIndex]).contains(where: {
        measure.minutes(stated, $0) <= tolerance
      }) {
        var problem = "it starts at \(start) but the timeline starts at \(span.start.time) (line \(span.start.line))"
        // A window that opens at the detection measured from when the incident was seen.
        if let detected = entries.first(where: { $0.milestone == .detected && $0.timeOfDay == stated }) {
          problem += "; \(start) is when it was detected (line \(detected.line))"
        }
        problems.append(problem)
      }
    }
    if let stated = endExpression?.time, span.end.timeOfDay != nil,
      measure.minutes(stated, span.end) > tolerance, !entries[endIndex...].dropFirst().contains(where: isBroken),
      !entries[endIndex...].dropFirst().contains(where: {
        $0.milestone == .resolved && $0.timeOfDay != nil && measure.minutes(stated, $0) <= tolerance
      }),
      !(window.endsAtImpact
        && entries[..<endIndex].contains(where: {
          $0.milestone == .mitigated && $0.timeOfDay != nil && measure.minutes(stated, $0) <= tolerance
        }))
    {
      var problem = "it ends at \(end) but the timeline ends at \(span.end.time) (line \(span.end.line))"
      // A header that ends at the mitigation measured time to mitigate, not the whole incident.
      if let mitigated = entries.first(where: { $0.milestone == .mitigated && $0.timeOfDay == stated }) {
        problem += "; \(end) is when it was mitigated (line \(mitigated.line)), so label it as time to mitigate"
      }
      problems.append(problem)
    }
    return problems
  }

  /// A stated "start to end" as written, with its two times read once for every judgement of it.
  struct Window {
    let start: String
    let end: String
    let startTime: TimeExpression?
    let endTime: TimeExpression?
    /// The window is told in the summary or impact section ("From 13:42 to 14:31 UTC, 8% of
    /// checkouts failed"): it says when users were affected, which may end at the mitigation,
    /// before the timeline's resolution ("Incident closed"). A header's window ("**Duration:**
    /// 2:00PM to 7:30PM") names the whole incident.
    let endsAtImpact: Bool

    /// The window `stated` gives, or nil when it gives a length alone.
    init?(_ stated: StatedDuration) {
      guard let start = stated.start, let end = stated.end else { return nil }
      self.start = start
      self.end = end
      startTime = TimeParser.scan(start)
      endTime = TimeParser.scan(end)
      endsAtImpact = Window.endsAtImpact(stated)
    }

    /// Whether `stated` is told where the impact is (a summary, an impact section, prose), not in
    /// the header: there it may end at the mitigation.
    static func endsAtImpact(_ stated: StatedDuration) -> Bool { stated.source != .metadata }

    /// The zone the window names, on either end.
    var zone: TimeZoneTable.Match? { startTime?.zone ?? endTime?.zone }

    /// Whether the window starts before a timeline that opens at the detection ("10:15 Alerts
    /// fired" under "from 10:02 to 12:00 UTC"): the impact began before anyone saw it, a moment
    /// the timeline does not record rather than one it contradicts. Read on the clock, in the
    /// entry's zone.
    func precedesDetection(_ stated: TimeOfDay, _ first: TimelineEntry) -> Bool {
      guard first.milestone == .detected, let entry = first.timeOfDay,
        zone == nil || zone?.identifier != nil && zone?.identifier == first.timezone
      else { return false }
      let ahead = (entry.secondsSinceMidnight - stated.secondsSinceMidnight + 86_400) % 86_400
      return ahead > 0 && ahead < 43_200
    }
  }

  /// Minutes between a window's clock time and a timeline entry, the short way round the day: as
  /// moments when the window names its zone and the entry is placed, else as clock times.
  struct WindowDistance {
    let zone: TimeZoneTable.Match?
    private var resolver = TimestampResolver()

    init(zone: TimeZoneTable.Match?) { self.zone = zone }

    mutating func minutes(_ stated: TimeOfDay, _ entry: TimelineEntry) -> Int {
      // In the entry's own zone (the usual case) the clock times tell, without a zone's rules.
      guard let zone, zone.identifier == nil || zone.identifier != entry.timezone, let date = entry.date,
        let actual = entry.epochSeconds,
        let moment = resolver.resolve(
          date: date, time: stated, identifier: zone.identifier, fixedOffset: zone.fixedOffset,
          abbreviation: zone.text)
      else { return entry.timeOfDay.map { clockDistance(stated, $0) } ?? .max }
      return TimeOfDay.secondsApart(moment.epoch, actual) / 60
    }
  }

  /// The timed entries up to the first detection, where the impact may have begun when no entry
  /// is marked as the start; when one is, the others marked so before the first detection (the
  /// first symptoms, then the users' impact: "packet loss began", "the web tier started to fail")
  /// and the first entry, as a length "from initial breakage to final resolution" counts from the
  /// change that broke it.
  static func leadUp(span: Timeline.Span, entries: ArraySlice<TimelineEntry>) -> [TimelineEntry] {
    let marked = span.start.milestone == .started
    var found: [TimelineEntry] = []
    for entry in entries where entry.timeOfDay != nil {
      if !marked || entry.milestone == .started || found.isEmpty { found.append(entry) }
      if entry.milestone == .detected { break }
    }
    return found
  }

  /// Minutes between two clock times, the short way round midnight.
  static func clockDistance(_ a: TimeOfDay, _ b: TimeOfDay) -> Int {
    let difference = abs(a.secondsSinceMidnight - b.secondsSinceMidnight) / 60
    return min(difference, 1440 - difference)
  }

  /// The difference a figure held to the timeline may have from it: the tolerance, or a quarter
  /// of an hour when the timeline's start or end is written as an estimate ("~14:20": the writer
  /// did not know the minute).
  static func tolerance(_ tolerance: Int, around span: Timeline.Span) -> Int {
    max(self.tolerance(tolerance, at: span.start), self.tolerance(tolerance, at: span.end))
  }

  /// The difference a figure held to `entry` may have from it: a quarter of an hour at least when
  /// the entry is written as an estimate.
  static func tolerance(_ tolerance: Int, at entry: TimelineEntry) -> Int {
    entry.isApproximate ? max(tolerance, 15) : tolerance
  }

  /// The difference a stated length may have: the tolerance, or a tenth of the length when it is
  /// hedged ("roughly 3 hours" for 3h08m), and at least a quarter of an hour when it is hedged in
  /// whole hours ("~1hr" for 1h11m: the writer rounded to the hour); a length stated flatly ("6
  /// hours" for 5h30m) gets the tolerance only.
  static func allowance(for stated: StatedDuration, tolerance: Int) -> Int {
    guard let minutes = stated.minutes, isHedged(stated.raw) else { return tolerance }
    let roundedToTheHour = minutes >= 60 && minutes % 60 == 0 && !namesMinutes(stated.raw)
    return max(tolerance, minutes / 10, roundedToTheHour ? 15 : 0)
  }

  /// Whether a length names minutes ("~1h 0m", "about 60 minutes"): then it was not rounded to the hour.
  private static func namesMinutes(_ raw: String) -> Bool {
    ASCIIText.words(ASCIIText.lowercasedBytes(raw)).contains { minuteWords[$0] != nil }
      || raw.utf8.contains(UInt8(ascii: ":"))
  }

  private static let minuteWords = ByteWordTable(
    ["m", "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti"].map { (Array($0.utf8), true) })

  /// Whether a length is written in days ("two days", "3 Tage", "2 días"), not in hours.
  private static func namesDays(_ raw: String) -> Bool {
    let words = ASCIIText.words(ASCIIText.lowercasedBytes(raw))
    return words.contains { dayWords[$0] != nil } && !words.contains { hourWords[$0] != nil }
  }

  private static let dayWords = ByteWordTable(
    [
      "d", "day", "days", "tag", "tage", "tagen", "día", "días", "dia", "dias", "jour", "jours", "giorno", "giorni",
      "dag",
      "dagen",
    ].map {
      (Array($0.utf8), true)
    })
  private static let hourWords = ByteWordTable(
    ["h", "hr", "hrs", "hour", "hours", "minute", "minutes", "min", "mins", "m"].map { (Array($0.utf8), true) })

  /// Whether a length is written as an estimate: "about", "roughly", "~", "nearly", "over"…
  static func isHedged(_ raw: String) -> Bool {
    // Most lengths start with a digit: looked at on bytes, without copying.
    guard let first = raw.utf8.first, !ASCIIText.isDigit(first) else { return false }
    if raw.hasPrefix("~") || raw.hasPrefix("≈") { return true }
    return hedges[Array(raw.utf8.prefix { ASCIIText.isLetter($0) }).map(ASCIIText.lower)] != nil
  }

  private static let hedges = ByteWordTable(
    [
      "about", "around", "roughly", "approximately", "approx", "nearly", "almost", "circa", "ca", "some", "over",
      "under", "just", "more", "less", "up", "close", "estimated", "est", "etwa", "rund", "environ",
      "aproximadamente", "aprox", "cerca", "unos", "unas",
    ].map { (Array($0.utf8), true) })
}
