/// `duration-mismatch`: a stated duration, start or end that disagrees with the timeline or with
/// another stated figure.
struct DurationMismatchRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "duration-mismatch", name: "Duration mismatch",
    summary: "A stated duration, start or end disagrees with the timeline or another stated figure",
    description: """
      Postmortems often state the duration twice (a header, the impact) and \
      imply it through the timeline; when they disagree, no reader knows which is true. The \
      timeline runs from the entry marked as the start or an earlier detection (else the first; \
      a length or stated start may also be the first or a later entry up to the first \
      detection: the cause's change, or the users' impact) to the entry where it was resolved for good (not one that relapsed; else the last); \
      a stated end or length may also match a later resolution, and a summary's or impact's \
      window or length the mitigation. A stated time to detect, mitigate or resolve (**Time to \
      detect:** 4 min) or moment of detection or mitigation (**Detected at:** 14:09 UTC) is \
      held to the entries marked so. An estimate ("~45 min") may be off by a tenth of itself, or \
      15 minutes in whole hours ("~1hr"), and a figure held to an estimated entry ("~14:20") by \
      15 minutes, when above the tolerance. A window opening at the timeline's clock time in \
      another zone has a zone wrong.
      """,
    defaultLevel: .error,
    options: ["tolerance_minutes": "differences up to this many minutes are accepted (default 5)"],
    triggeringExamples: [
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Duration:** 14:05 to 14:30 UTC"),
      RuleExamples.clean(replacing: "- **Duration:** 45 minutes", with: "- **Duration:** 2 hours"),
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Duration:** 1 hour"),
      RuleExamples.clean(replacing: "- **Duration:** 45 minutes", with: "- **Time to detect:** 15 minutes"),
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**TTR:** 25 min"),
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Duration:** 14:05 to 14:50 PST"),
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Detected at:** 14:25 UTC"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "- **Duration:** 45 minutes", with: "- **Duration:** about 47 minutes"),
      RuleExamples.clean(replacing: "- **Duration:** 45 minutes", with: "- **Time to detect:** 4 minutes"),
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Time to mitigate:** 25m"),
      RuleExamples.clean(replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Mitigated at:** 14:30 UTC"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    let tolerance = context.options.int("tolerance_minutes") ?? 5
    let span = context.document.timeline?.span
    var findings: [RuleFinding] = []
    // The earlier figures, one per distinct length: the first that disagrees is the same, and a
    // document repeating one figure thousands of times is not compared quadratically.
    var earlier: [(figure: StatedDuration, allowance: Int)] = []
    var seenMinutes: Set<Int> = []
    for stated in context.document.statedDurations {
      let allowance = StatedLength.allowance(for: stated, tolerance: tolerance)
      defer {
        if let minutes = stated.minutes, seenMinutes.insert(minutes).inserted { earlier.append((stated, allowance)) }
      }
      let location = SourceLocation(line: stated.line, column: stated.column)
      var problems: [String] = []
      if let window = StatedLength.Window(stated), let span {
        if let message = windowZoneMessage(stated.raw, window, span: span, tolerance: tolerance) {
          // The zone is the one thing wrong; the ends, read in it, are off by its offset.
          findings.append(RuleFinding(message, at: location, length: stated.raw.scalarCount))
        } else {
          let entries = context.document.timeline?.entries ?? []
          problems += StatedLength.endpointProblems(
            window, span: span, entries: entries, tolerance: StatedLength.tolerance(tolerance, around: span))
        }
      } else if let span, let entries = context.document.timeline?.entries,
        StatedLength.fits(
          stated, span: span, entries: entries, tolerance: StatedLength.tolerance(tolerance, around: span)) == false
      {
        problems.append(
          "the timeline spans \(formatMinutes(span.minutes)) (\(span.start.time) on line \(span.start.line) "
            + "to \(span.end.time) on line \(span.end.line))")
      }
      if let minutes = stated.minutes,
        let other = earlier.first(where: { abs($0.figure.minutes! - minutes) > max(allowance, $0.allowance) })?.figure
      {
        problems.append("'\(other.raw)' (\(formatMinutes(other.minutes!))) on line \(other.line) says otherwise")
      }
      guard !problems.isEmpty else { continue }
      let figure = stated.minutes.map { " (\(formatMinutes($0)))" } ?? ""
      findings.append(
        RuleFinding(
          "duration '\(stated.raw)'\(figure) disagrees: " + problems.joined(separator: "; ")
            + "; correct whichever figure is wrong",
          at: location, length: stated.raw.scalarCount))
    }
    findings += instantProblems(
      context, span: span, tolerance: span.map { StatedLength.tolerance(tolerance, around: $0) } ?? tolerance)
    findings += milestoneInstantProblems(context, tolerance: tolerance)
    findings += measureProblems(context, tolerance: tolerance)
    return findings
  }

  /// Minutes between a stated moment and an entry: as moments when both are placed, else as clock
  /// times; nil when they cannot be compared.
  private static func minutesApart(_ instant: StatedInstant, _ entry: TimelineEntry) -> Int? {
    if let a = instant.epochSeconds, let b = entry.epochSeconds { return abs(a - b) / 60 }
    if let a = instant.timeOfDay, let b = entry.timeOfDay { return StatedLength.clockDistance(a, b) }
    return nil
  }

  /// Labels (normalised) of a stated detection or mitigation moment, with the milestone it names.
  private static let milestoneInstantLabels: [String: Milestone] = {
    var table: [String: Milestone] = [
      "mitigated at": .mitigated, "mitigated": .mitigated, "mitigation time": .mitigated, "time mitigated": .mitigated,
      "time of mitigation": .mitigated,
    ]
    for label in MetadataKey.detectionLabels { table[label] = .detected }
    return table
  }()

  /// Stated detection and mitigation moments (`Detected at: 14:09 UTC`, `Mitigated at:`) against
  /// the first entries the timeline marks so; not judged when none is.
  private func milestoneInstantProblems(_ context: LintContext, tolerance: Int) -> [RuleFinding] {
    let document = context.document
    guard let entries = document.timeline?.entries else { return [] }
    var findings: [RuleFinding] = []
    for field in document.metadata.fields {
      // Most fields name no moment: the key's length and first letter before the dictionary.
      guard (8...24).contains(field.key.utf8.count), let first = field.key.utf8.first,
        "dDmMtT".utf8.contains(first),
        let milestone = DurationMismatchRule.milestoneInstantLabels[MetadataKey.normalize(field.key)],
        let entry = entries.first(where: { $0.milestone == milestone && $0.timeOfDay != nil })
      else { continue }
      var stated = StatedInstant(raw: field.value, location: field.valueLocation)
      MetadataParser.resolve(
        &stated, documentDate: PostmortemParser.referenceDate(of: document), zone: document.timeline?.timezone)
      guard let minutes = DurationMismatchRule.minutesApart(stated, entry),
        minutes > StatedLength.tolerance(tolerance, at: entry)
      else { continue }
      let moment = milestone == .detected ? "detection" : "mitigation"
      findings.append(
        RuleFinding(
          "stated \(moment) time '\(field.value)' disagrees: the timeline's first entry marked "
            + "\(milestone.rawValue) is at \(entry.time) (line \(entry.line)); correct whichever is wrong",
          at: field.valueLocation, length: field.value.scalarCount))
    }
    return findings
  }

  /// Stated time to detect, mitigate or resolve (`**Time to detect:** 7 min`) against the
  /// timeline's milestones.
  private func measureProblems(_ context: LintContext, tolerance: Int) -> [RuleFinding] {
    let document = context.document
    var stated: [(LabeledValue, StatedMeasure)] = []
    func collect(_ fields: [LabeledValue]) {
      for field in fields {
        guard let measure = StatedMeasure.named(field.key),
          // A summary's table of facts is the document's metadata as well as the summary's.
          !stated.contains(where: { $0.0.line == field.line && $0.0.column == field.column })
        else { continue }
        stated.append((field, measure))
      }
    }
    collect(document.metadata.fields)
    for narrative in [document.summary, document.impact, document.rootCause, document.resolution] {
      if let narrative { collect(narrative.fields) }
    }
    guard !stated.isEmpty else { return [] }
    let metrics = IncidentMetrics.compute(document, toleranceMinutes: tolerance)
    return stated.compactMap { field, measure in
      let computed: IncidentMetrics.Measure?
      switch measure {
      case .detect: computed = metrics.timeToDetect
      case .mitigate: computed = metrics.timeToMitigate
      case .resolve: computed = metrics.timeToResolve
      }
      guard let computed, let minutes = DurationParser.parseAmount(field.value),
        abs(minutes - computed.minutes) > tolerance,
        // "5 minutes (from node restart to service operational)": a step's length, between the
        // moments it names, not the incident's.
        !DurationMismatchRule.namesItsOwnEnds(field.value)
      else { return nil }
      let marked = computed.to.inferred ? "the last entry" : "the entry marked \(measure.milestone.rawValue)"
      return RuleFinding(
        "time to \(measure.rawValue) '\(field.value)' (\(formatMinutes(minutes))) disagrees: the timeline measures "
          + "\(computed.text) (\(computed.from.time) on line \(computed.from.line) to \(computed.to.time) on line "
          + "\(computed.to.line), \(marked)); correct whichever figure is wrong",
        at: field.valueLocation, length: field.value.scalarCount)
    }
  }

  /// What is wrong with a window written with its zone ("between 2:05 PM and 3:10 PM PDT") that
  /// opens at the clock time the timeline starts at, read in the timeline's other zone (14:05
  /// under "All times UTC"): the same digits, hours apart, so one of the zones is wrong. Nil when
  /// that is not the case.
  private func windowZoneMessage(
    _ raw: String, _ window: StatedLength.Window, span: Timeline.Span, tolerance: Int
  ) -> String? {
    guard let date = span.start.date, let actual = span.start.epochSeconds, let actualTime = span.start.timeOfDay,
      let read = span.start.timestamp, let time = window.startTime?.time,
      StatedLength.clockDistance(time, actualTime) <= tolerance, let zone = window.zone,
      zone.identifier == nil || zone.identifier != span.start.timezone
    else { return nil }
    var resolver = TimestampResolver()
    guard
      let moment = resolver.resolve(
        date: date, time: time, identifier: zone.identifier, fixedOffset: zone.fixedOffset, abbreviation: zone.text),
      abs(moment.epoch - actual) / 60 > tolerance
    else { return nil }
    let written = TimestampResolver.format(
      date: date, time: time, offset: moment.offset, isUTC: zone.identifier == "UTC")
    return "window '\(raw)' opens at the clock time the timeline starts at (\(span.start.time), line "
      + "\(span.start.line)) in another zone: \(written) against \(read); correct the zone that is wrong "
      + "(a timeline's 'UTC' is sometimes local time)"
  }

  /// Whether a stated measure names the moments it runs between ("from node restart to service
  /// operational").
  static func namesItsOwnEnds(_ value: String) -> Bool {
    let lowered = value.lowercased()
    guard let from = lowered.range(of: "from ") else { return false }
    return lowered[from.upperBound...].contains(" to ")
  }

  /// Stated start and end instants (`started_at`, `End:`) against the timeline.
  private func instantProblems(_ context: LintContext, span: Timeline.Span?, tolerance: Int) -> [RuleFinding] {
    guard let span else { return [] }
    var findings: [RuleFinding] = []
    let pairs: [(StatedInstant?, TimelineEntry, String)] = [
      (context.document.metadata.start, span.start, "starts"), (context.document.metadata.end, span.end, "ends"),
    ]
    // A later resolution ("All systems fully recovered" after "Index fully recovered") is an end
    // the document may state as well as the first of the last run.
    let entries = context.document.timeline?.entries ?? []
    let endIndex = entries.firstIndex { $0.line == span.end.line && $0.column == span.end.column } ?? entries.endIndex
    let laterResolutions = entries[endIndex...].dropFirst().filter { $0.milestone == .resolved && $0.timeOfDay != nil }
    // Whether the stated instant and the entry are further apart than the tolerance; nil when
    // they cannot be compared.
    func apart(_ instant: StatedInstant, _ entry: TimelineEntry) -> Bool? {
      DurationMismatchRule.minutesApart(instant, entry).map { $0 > tolerance }
    }
    for (instant, entry, verb) in pairs {
      guard let instant, apart(instant, entry) == true else { continue }
      // A start labelled as the detection ("Detected at: 14:50") is judged against the timeline's
      // detection where it marks one (`milestoneInstantProblems`), not against its first entry.
      if verb == "starts", entries.contains(where: { $0.milestone == .detected && $0.timeOfDay != nil }),
        let field = context.document.metadata.fields.first(where: {
          $0.line == instant.line && $0.valueColumn == instant.column
        }),
        DurationMismatchRule.milestoneInstantLabels[MetadataKey.normalize(field.key)] == .detected
      {
        continue
      }
      if verb == "ends", laterResolutions.contains(where: { apart(instant, $0) == false }) { continue }
      // With no entry marked as the start, the stated start may be an entry of the lead-up, up to
      // the first detection (the change that caused the incident comes first), as for a length.
      if verb == "starts",
        StatedLength.leadUp(span: span, entries: entries[..<endIndex]).contains(where: { apart(instant, $0) == false })
      {
        continue
      }
      let message: String
      if let a = instant.timeOfDay, let b = entry.timeOfDay, StatedLength.clockDistance(a, b) <= tolerance,
        let stated = instant.timestamp, let read = entry.timestamp
      {
        // The same clock time in two zones: one of them is not the zone the times were read on.
        message =
          "stated time '\(instant.raw)' shows the clock time the timeline \(verb) at (\(entry.time), line "
          + "\(entry.line)) in another zone: \(stated) against \(read); correct the zone that is wrong "
          + "(a timeline's 'UTC' is sometimes local time)"
      } else {
        message =
          "stated time '\(instant.raw)' disagrees: the timeline \(verb) at \(entry.time) (line \(entry.line)); "
          + "correct whichever is wrong"
      }
      findings.append(
        RuleFinding(
          message, at: SourceLocation(line: instant.line, column: instant.column), length: instant.raw.scalarCount))
    }
    return findings
  }
}
