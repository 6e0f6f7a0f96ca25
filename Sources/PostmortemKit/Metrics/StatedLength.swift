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
  /// the impact ("2:58 PM Migration started", the impact from 3:05 PM). A hedged length may be off
  /// by more (see `allowance`).
  static func fits(_ stated: StatedDuration, timeline: Timeline, tolerance: Int) -> Bool? {
    guard let span = timeline.span else { return nil }
    return fits(stated, span: span, entries: timeline.entries, tolerance: tolerance)
  }

  /// `fits(_:timeline:tolerance:)` with the timeline's span already measured.
  static func fits(_ stated: StatedDuration, span: Timeline.Span, entries: [TimelineEntry], tolerance: Int) -> Bool? {
    guard let minutes = stated.minutes else { return nil }
    let allowed = allowance(for: stated, tolerance: tolerance)
    if abs(minutes - span.minutes) <= allowed { return true }
    guard let endIndex = entries.firstIndex(where: { $0.line == span.end.line }) else { return false }
    let ends = [span.end] + entries[(endIndex + 1)...].filter { $0.milestone == .resolved && $0.timeOfDay != nil }
    var starts = [span.start]
    if span.start.milestone != .started {
      for entry in entries[..<endIndex] where entry.timeOfDay != nil {
        starts.append(entry)
        if entry.milestone == .detected { break }
      }
    }
    return starts.contains { start in
      ends.contains { end in
        Timeline.minutes(from: start, to: end).map { abs($0 - minutes) <= allowed } ?? false
      }
    }
  }

  /// The difference a stated length may have: the tolerance, or a tenth of the length when it is
  /// hedged ("roughly 3 hours" for 3h08m); a length stated flatly ("6 hours" for 5h30m) gets the
  /// tolerance only.
  static func allowance(for stated: StatedDuration, tolerance: Int) -> Int {
    guard let minutes = stated.minutes, isHedged(stated.raw) else { return tolerance }
    return max(tolerance, minutes / 10)
  }

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
      "under", "just", "more", "less", "up", "close", "estimated", "est",
    ].map { (Array($0.utf8), true) })
}
