/// Figures computed from the timeline, never typed in: when the incident started, was detected,
/// mitigated and resolved, the times between, and how the document's own stated durations
/// compare with them.
public struct IncidentMetrics: Sendable, Hashable, Codable {
  /// A timeline entry a metric is measured from or to.
  public struct Point: Sendable, Hashable, Codable {
    public var time: String
    public var timestamp: String?
    public var text: String
    public var line: Int
    /// True when no entry was marked with the milestone and the first/last entry stands in.
    public var inferred: Bool
  }

  /// A span between two points, in minutes.
  public struct Measure: Sendable, Hashable, Codable {
    public var minutes: Int
    /// `5h30m`.
    public var text: String
    public var from: Point
    public var to: Point
  }

  /// A duration the document states, next to what the timeline says.
  public struct StatedFigure: Sendable, Hashable, Codable {
    public var raw: String
    public var minutes: Int?
    public var line: Int
    /// Whether it agrees with the timeline within the tolerance, as duration-mismatch judges it
    /// (see `StatedLength`); nil when it cannot be compared.
    public var agrees: Bool?
    /// Stated minus computed, in minutes.
    public var differenceMinutes: Int?
  }

  public var started: Point?
  public var detected: Point?
  public var mitigated: Point?
  public var resolved: Point?
  public var timeToDetect: Measure?
  public var timeToMitigate: Measure?
  public var timeToResolve: Measure?
  /// From the first timed entry to the last.
  public var totalDuration: Measure?
  public var statedDurations: [StatedFigure] = []

  public init() {}

  /// Computes the metrics of `document`; stated figures within `toleranceMinutes` agree.
  public static func compute(_ document: PostmortemDocument, toleranceMinutes: Int = 5) -> IncidentMetrics {
    var metrics = IncidentMetrics()
    let timed = document.timeline?.entries.filter(\.hasMoment) ?? []
    func point(_ entry: TimelineEntry, inferred: Bool) -> Point {
      Point(time: entry.time, timestamp: entry.timestamp, text: entry.text, line: entry.line, inferred: inferred)
    }
    let detectedEntry = timed.first { $0.milestone == .detected }
    let startEntry =
      Timeline.impactStart(started: timed.first { $0.milestone == .started }, detected: detectedEntry) ?? timed.first
    let mitigatedEntry = timed.first { $0.milestone == .mitigated }
    let resolvedEntry = Timeline.resolvedForGood(timed).map { timed[$0] } ?? (timed.count > 1 ? timed.last : nil)
    metrics.started = startEntry.map { point($0, inferred: $0.milestone != .started) }
    metrics.detected = detectedEntry.map { point($0, inferred: false) }
    metrics.mitigated = mitigatedEntry.map { point($0, inferred: false) }
    metrics.resolved = resolvedEntry.map { point($0, inferred: $0.milestone != .resolved) }
    func measure(_ from: TimelineEntry?, _ to: TimelineEntry?, fromPoint: Point?, toPoint: Point?) -> Measure? {
      guard let from, let to, let fromPoint, let toPoint, let minutes = Timeline.minutes(from: from, to: to),
        minutes >= 0
      else { return nil }
      return Measure(minutes: minutes, text: formatMinutes(minutes), from: fromPoint, to: toPoint)
    }
    metrics.timeToDetect = measure(startEntry, detectedEntry, fromPoint: metrics.started, toPoint: metrics.detected)
    metrics.timeToMitigate = measure(startEntry, mitigatedEntry, fromPoint: metrics.started, toPoint: metrics.mitigated)
    metrics.timeToResolve = measure(startEntry, resolvedEntry, fromPoint: metrics.started, toPoint: metrics.resolved)
    if let first = timed.first, let last = timed.last, timed.count > 1 {
      metrics.totalDuration = measure(
        first, last, fromPoint: point(first, inferred: false), toPoint: point(last, inferred: false))
    }
    let reference = metrics.timeToResolve?.minutes
    metrics.statedDurations = document.statedDurations.map { stated in
      var difference: Int?
      if let minutes = stated.minutes, let reference { difference = minutes - reference }
      // Held to the timeline as duration-mismatch holds it: a length alone, or a start and end
      // ("2:00PM to 7:30PM") by its ends.
      var agrees = difference.map { abs($0) <= toleranceMinutes }
      if agrees != nil, let timeline = document.timeline, let span = timeline.span {
        let tolerance = StatedLength.tolerance(toleranceMinutes, around: span)
        if let window = StatedLength.Window(stated) {
          agrees =
            StatedLength.endpointProblems(window, span: span, entries: timeline.entries, tolerance: tolerance)
            .isEmpty
        } else {
          agrees = StatedLength.fits(stated, span: span, entries: timeline.entries, tolerance: tolerance)
        }
      }
      return StatedFigure(
        raw: stated.raw, minutes: stated.minutes, line: stated.line, agrees: agrees, differenceMinutes: difference)
    }
    return metrics
  }
}
