import Testing

@testable import PostmortemKit

/// Every rule's descriptor examples are its tests: triggering examples must produce a finding of
/// that rule, non-triggering ones must not.
@Suite struct RuleExampleTests {
  struct Example: Sendable, CustomTestStringConvertible {
    var rule: String
    var index: Int
    var text: String
    var triggers: Bool
    var testDescription: String { "\(rule) \(triggers ? "triggers" : "stays quiet") #\(index)" }
  }

  static let examples: [Example] = BuiltInRules.descriptors.flatMap { rule in
    rule.triggeringExamples.enumerated().map { Example(rule: rule.id, index: $0, text: $1, triggers: true) }
      + rule.nonTriggeringExamples.enumerated().map { Example(rule: rule.id, index: $0, text: $1, triggers: false) }
  }

  @Test(arguments: examples)
  func example(_ example: Example) {
    // Rules that are off by default in no profile still run here: every rule is on by default.
    let findings = TestSupport.lint(example.text).filter { $0.rule == example.rule }
    if example.triggers {
      #expect(!findings.isEmpty, "expected \(example.rule) on:\n\(example.text)")
    } else {
      #expect(findings.isEmpty, "unexpected: \(findings.map(\.message))")
    }
  }

  @Test func everyRuleHasBothKindsOfExample() {
    for rule in BuiltInRules.descriptors {
      #expect(!rule.triggeringExamples.isEmpty, "\(rule.id)")
      #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id)")
    }
  }

  /// SARIF viewers show a rule's description whole; GitHub code scanning cuts it at 1024
  /// characters, so each must say all it says within that.
  @Test func descriptionsFitCodeScanning() {
    for rule in BuiltInRules.descriptors {
      #expect(rule.description.count <= 1024, "\(rule.id): \(rule.description.count) characters")
    }
  }

  @Test func ruleIDsAreUniqueKebabCase() {
    let ids = BuiltInRules.descriptors.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
      #expect(!id.hasPrefix("-") && !id.hasSuffix("-"))
    }
  }

  @Test func messagesAreSentenceCaseWithoutTrailingPeriod() {
    var all: [Finding] = []
    for rule in BuiltInRules.descriptors {
      for text in rule.triggeringExamples { all += TestSupport.lint(text) }
    }
    #expect(!all.isEmpty)
    for finding in all {
      #expect(!finding.message.hasSuffix("."), "\(finding.rule): \(finding.message)")
      #expect(finding.message.first?.isUppercase != true || finding.message.hasPrefix("'"), "\(finding.message)")
    }
  }

  @Test func theCleanExampleHasNoFindingAtAll() {
    #expect(TestSupport.lint(RuleExamples.clean).map(\.message) == [])
  }

  @Test func findingsPointInsideTheDocument() {
    for example in Self.examples where example.triggers {
      let lineCount = SourceText(example.text).lineCount
      for finding in TestSupport.lint(example.text) {
        #expect(finding.line >= 1 && finding.line <= max(lineCount, 1), "\(finding)")
        #expect(finding.column >= 1)
        #expect((finding.endLine, finding.endColumn) > (finding.line, finding.column), "\(finding)")
      }
    }
  }
}

/// Brackets that hold a name are filled in; only the template's own names are placeholders.
@Suite struct TemplatePlaceholderMentionTests {
  @Test(arguments: [
    ("- Fix DNS [owner: @dan]", false), ("- Fix DNS [@dan]", false), ("- Fix DNS [@Zoë Ünal]", false),
    ("- Fix DNS [@owner]", true), ("- Fix DNS [@USERNAME]", true), ("- Fix DNS [owner]", true),
    ("- Fix DNS [name @ team]", true),
  ])
  func bracketsWithAName(_ line: String, _ isPlaceholder: Bool) {
    let findings = TestSupport.lint("# T\n\n## Action Items\n\n\(line)\n").filter { $0.rule == "template-placeholder" }
    #expect(findings.isEmpty != isPlaceholder, "\(line): \(findings.map(\.message))")
  }
}

/// An alert's level in brackets, as its notification writes it, is filled in; a level to pick
/// from a template's list is not.
@Suite struct TemplatePlaceholderAlertLevelTests {
  @Test(arguments: [
    ("- 22:41 Alertmanager fires `DiskFull` [CRITICAL] at 22:42", false), ("- 22:41 [FIRING:3] DiskFull", false),
    ("- 22:41 [CRIT] disk full", false), ("- 22:41 [Critical/High/Low] fired", true),
    ("- 22:41 [FIRING:n] DiskFull", true),
  ])
  func alertLevels(_ line: String, _ isPlaceholder: Bool) {
    let findings = TestSupport.lint("# T\n\n## Timeline\n\n\(line)\n").filter { $0.rule == "template-placeholder" }
    #expect(findings.isEmpty != isPlaceholder, "\(line): \(findings.map(\.message))")
  }
}

/// "UTC" that was really local time: the header's zone and the timeline's disagree while the
/// clock times agree.
@Suite struct ZoneDisagreementTests {
  static let document = """
    # Outage

    **Date:** 2024-03-02
    **Timezone:** PST
    **Start:** 9:05 AM PST

    ## Timeline

    All times UTC.

    - 09:05 deploy starts
    - 10:30 resolved
    """

  @Test func sameClockInAnotherZoneIsNamedAsSuch() throws {
    let findings = TestSupport.lint(Self.document)
    let start = try #require(findings.first { $0.rule == "duration-mismatch" && $0.line == 5 })
    #expect(start.message.contains("shows the clock time the timeline starts at (09:05, line 11) in another zone"))
    #expect(start.message.contains("2024-03-02T09:05:00-08:00 against 2024-03-02T09:05:00Z"))
    let conflict = try #require(findings.first { $0.rule == "timeline-timezone" })
    #expect(conflict.line == 9 && conflict.message.hasPrefix("the timeline says its times are UTC"))
    // A real difference of clock times keeps the plain message.
    let later = TestSupport.lint(Self.document.replacingOccurrences(of: "9:05 AM PST", with: "11:05 AM PST"))
    #expect(later.contains { $0.rule == "duration-mismatch" && $0.message.contains("disagrees: the timeline starts") })
  }

  /// The summary's window in one zone, the timeline's same clock times in another.
  @Test func windowInAnotherZone() throws {
    let document = """
      **Date:** 2024-05-02

      ## Summary

      Between 2:05 PM and 3:10 PM PDT, checkout failed.

      ## Timeline

      All times UTC.

      - 14:05 errors begin
      - 15:10 resolved
      """
    // The same moment in both zones, or a window without a zone, is no finding.
    for quiet in ["Between 7:05 AM and 8:10 AM PDT", "Between 2:05 PM and 3:10 PM"] {
      let other = document.replacingOccurrences(of: "Between 2:05 PM and 3:10 PM PDT", with: quiet)
      #expect(!TestSupport.lint(other).contains { $0.rule == "duration-mismatch" }, "\(quiet)")
    }
    let findings = TestSupport.lint(document).filter { $0.rule == "duration-mismatch" }
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.line == 5 && finding.column == 9)
    #expect(
      finding.message.hasPrefix(
        "window '2:05 PM and 3:10 PM PDT' opens at the clock time the timeline starts at (14:05, line 11) in "
          + "another zone: 2024-05-02T14:05:00-07:00 against 2024-05-02T14:05:00Z"))
  }
}

/// A stated start and end held to the timeline: the start to the entry marked started (a
/// restart that "begins" is response work, no start), the end to a resolution, the last as well
/// as the first of the final run ("Index fully recovered" then "All systems fully recovered").
@Suite struct StatedEndTests {
  static let document = """
    # Storage disruption

    **Date:** 2017-02-28
    **Start:** 9:37 AM PST
    **End:** 1:54 PM PST

    ## Timeline

    **9:37 AM** – Command executed with a typo; requests begin failing.
    **10:05 AM** – Index subsystem restart begins.
    **12:26 PM** – Index subsystem fully recovered.
    **1:18 PM** – Placement subsystem begins recovery.
    **1:54 PM** – All systems fully recovered.
    """

  @Test func aStatedEndMayBeTheLastResolution() {
    #expect(TestSupport.lint(Self.document).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let wrong = TestSupport.lint(Self.document.replacingOccurrences(of: "**End:** 1:54 PM", with: "**End:** 2:30 PM"))
    #expect(wrong.filter { $0.rule == "duration-mismatch" }.map(\.line) == [5])
  }
}

/// A due date before the incident is a typo more often than a plan.
@Suite struct DueBeforeIncidentTests {
  @Test func dueBeforeTheIncidentIsReportedOnce() {
    let findings = TestSupport.lint(
      RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: 2023-03-15"),
      today: CalendarDate(
        year: 2024, month: 3, day: 5)!)
    let due = findings.filter { $0.rule == "action-item-due-date" }
    #expect(
      due.map(\.message) == [
        "action item 'Flush only the changed keys on deploy' is due 2023-03-15, before the incident on 2024-03-02; is the year or month wrong?"
      ])
  }

  /// A document that dates only its timeline's entries (Google Cloud's reports) still gets a due
  /// date to copy, counted from the first of them.
  @Test func theTimelinesFirstDateStandsInForTheIncidentDate() {
    let messages = TestSupport.lint(
      """
      # Networking incident

      ## Detailed timeline

      - 2019-07-02 09:42 US/Pacific: packet loss begins
      - 2019-07-02 12:54 US/Pacific: loss ends

      ## Remediation and prevention

      - Add route validation (owner: @kim)
      - Drop the old reflector (owner: @kim, due: 2019-06-01)
      """
    ).filter { $0.rule == "action-item-due-date" }.map(\.message)
    #expect(
      messages == [
        "action item 'Add route validation' has no due date; add one such as 'due: 2019-08-01'",
        "action item 'Drop the old reflector' is due 2019-06-01, before the incident on 2019-07-02; is the year or month wrong?",
      ])
  }

  /// A document dated the day it was written: a due date between the incident (the day its
  /// timeline starts on) and the writing is no date before the incident.
  @Test func aDocumentDatedAfterItsTimelineStarts() {
    let text = """
      ---
      title: Networking incident
      date: 2019-07-05
      ---

      ## Timeline

      - 2019-07-02 09:42 UTC: packet loss begins
      - 2019-07-02 12:54 UTC: loss ends

      ## Action items

      - Add route validation (owner: @kim, due: 2019-07-03)
      - Drop the old reflector (owner: @kim, due: 2019-06-01)
      """
    let messages = TestSupport.lint(text).filter { $0.rule == "action-item-due-date" }.map(\.message)
    #expect(
      messages == [
        "action item 'Drop the old reflector' is due 2019-06-01, before the incident on 2019-07-02; is the year or month wrong?"
      ])
  }
}

/// A window told in the summary says when users were affected, which may end at the mitigation
/// before the timeline's last resolution ("incident closed"); the same window as a header's
/// duration names the whole incident and is held to the resolution.
@Suite struct ImpactWindowTests {
  static let document = """
    # Checkout errors

    **Date:** 2024-10-02

    ## Summary

    From 13:42 to 14:31 UTC, 8% of checkout requests failed.

    ## Timeline

    - 13:42 5xx rate rises
    - 13:49 on-call paged
    - 14:31 5xx back to baseline; incident mitigated
    - 15:10 incident closed
    """

  @Test func summaryWindowMayEndAtTheMitigation() {
    #expect(!TestSupport.lint(Self.document).contains { $0.rule == "duration-mismatch" })
    // Ending at neither is still a disagreement.
    let later = Self.document.replacingOccurrences(of: "to 14:31 UTC", with: "to 14:50 UTC")
    #expect(
      TestSupport.lint(later).contains { $0.rule == "duration-mismatch" && $0.message.contains("it ends at 14:50") })
  }

  /// A length told with the impact measures it the same way; in the header it names the whole
  /// incident (13:42 to 15:10).
  @Test func summaryLengthMayEndAtTheMitigation() throws {
    let length = Self.document.replacingOccurrences(of: "From 13:42 to 14:31 UTC,", with: "For 49 minutes,")
    #expect(!TestSupport.lint(length).contains { $0.rule == "duration-mismatch" })
    let header = Self.document.replacingOccurrences(of: "From 13:42 to 14:31 UTC,", with: "On Wednesday,")
      .replacingOccurrences(of: "**Date:** 2024-10-02", with: "**Date:** 2024-10-02\n**Duration:** 49 minutes")
    let findings = TestSupport.lint(header).filter { $0.rule == "duration-mismatch" }
    #expect(findings.count == 1 && findings.first?.message.contains("the timeline spans 1h28m") == true)
  }

  @Test func headerWindowEndingAtTheMitigationIsReported() throws {
    let header = Self.document.replacingOccurrences(
      of: "**Date:** 2024-10-02", with: "**Date:** 2024-10-02\n**Duration:** 13:42 to 14:31 UTC")
    let findings = TestSupport.lint(header).filter { $0.rule == "duration-mismatch" }
    let finding = try #require(findings.first)
    #expect(findings.count == 1 && finding.line == 4)
    #expect(finding.message.contains("is when it was mitigated (line 14), so label it as time to mitigate"))
  }
}

/// An action item's owner or due date written "TBD" is reported by the action-item rules, which
/// say what to write; template-placeholder reports only the markers left anywhere else.
@Suite struct UnsetActionFieldTests {
  @Test func tbdOwnerAndDueAreNotPlaceholdersAgain() {
    let findings = TestSupport.lint(
      """
      ## Action items

      - [ ] Rotate keys (owner: TBD, due: TBD)
      - [ ] Add alert — owner: @jo — due: TBA
      - [ ] TBD: decide on the backup policy (owner: @jo, due: 2024-06-01)
      - [ ] [OPS-812] Tune sentinel timeouts (owner: @jo, due: 2024-06-01)
      - [ ] [OPS-XYZ] Tune the alert (owner: @jo, due: 2024-06-01)
      """)
    // A ticket in brackets is filled in; "[OPS-XYZ]" is still a value to fill in.
    #expect(findings.filter { $0.rule == "template-placeholder" }.map(\.line) == [5, 7])
    #expect(findings.contains { $0.rule == "action-item-owner" && $0.line == 3 })
    #expect(findings.filter { $0.rule == "action-item-due-date" }.map(\.line) == [3, 4])
  }
}

/// A due date without its year is placed after the incident; in a document that states no date,
/// it cannot be, and the message says so rather than calling it no real date.
@Suite struct YearlessDueTests {
  @Test func aYearlessDueInAnUndatedDocument() {
    let text = "## Action items\n\n- [ ] Shorten the fencing timeout (owner: @chen, due 10/15)\n"
    let messages = TestSupport.lint(text).filter { $0.rule == "action-item-due-date" }.map(\.message)
    #expect(
      messages == [
        "due date '10/15' of action item 'Shorten the fencing timeout' has no year and the postmortem no date to "
          + "place it after; write it as YYYY-MM-DD or add the incident's **Date:**"
      ])
    let dated = TestSupport.lint("**Date:** 2024-09-18\n\n" + text).filter { $0.rule == "action-item-due-date" }
    #expect(dated.isEmpty)
  }
}

/// A stated moment of detection or mitigation ("Detected at" in an incident tool's details) is
/// held to the first entry the timeline marks so; with no such entry it is not judged.
@Suite struct StatedMilestoneMomentTests {
  static let document = """
    | Field | Value |
    |---|---|
    | Started at | 2024-05-06 13:58 UTC |
    | Detected at | 2024-05-06 14:09 UTC |
    | Mitigated at | 2024-05-06 14:40 UTC |

    ## Timeline

    - 13:58 Consumer deploy rolls out; errors begin
    - 14:09 Queue depth alert pages Rui
    - 14:40 Deploy rolled back
    - 15:20 Backlog drained, incident resolved
    """

  @Test func agreeingMomentsAreNotReported() {
    #expect(!TestSupport.lint(Self.document).contains { $0.rule == "duration-mismatch" })
  }

  @Test func aDetectionStatedLaterThanTheAlertIsReported() {
    let later = Self.document.replacingOccurrences(of: "14:09 UTC", with: "14:30 UTC")
    let messages = TestSupport.lint(later).filter { $0.rule == "duration-mismatch" }.map(\.message)
    #expect(
      messages == [
        "stated detection time '2024-05-06 14:30 UTC' disagrees: the timeline's first entry marked detected is at "
          + "14:09 (line 10); correct whichever is wrong"
      ])
    let unmarked = later.replacingOccurrences(of: "Queue depth alert pages Rui", with: "Rui looks")
    #expect(!TestSupport.lint(unmarked).contains { $0.rule == "duration-mismatch" })
  }

  /// "Detected at" is also a name of the start; with no "Started at" it is still judged once,
  /// against the detection, not again against the timeline's first entry.
  @Test func aDetectionThatStandsForTheStartIsJudgedOnce() {
    let later = Self.document.replacingOccurrences(of: "| Started at | 2024-05-06 13:58 UTC |\n", with: "")
      .replacingOccurrences(of: "14:09 UTC", with: "14:30 UTC")
    let messages = TestSupport.lint(later).filter { $0.rule == "duration-mismatch" }.map(\.message)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("stated detection time '2024-05-06 14:30 UTC' disagrees") == true)
  }
}

/// Templates that ask for the date as the moment of detection ("Date/time detected", "Date
/// Detected") have the incident's date there, and the detection held to the timeline's.
@Suite struct DetectionDateTests {
  @Test(arguments: [
    "- **Date/time detected:** 2024-03-05 14:07 UTC", "Date Detected: 2024-03-05T14:07Z",
    "**Date and time detected:** 2024-03-05 14:07 UTC",
  ])
  func theDetectionDatesTheIncident(_ label: String) {
    let text = """
      # Queue outage

      \(label)

      ## Timeline (UTC)

      | Time | Event |
      |---|---|
      | 14:00 | Consumer deploy, errors start |
      | 14:07 | Alert fires |
      | 14:40 | Rolled back, resolved |
      """
    let document = TestSupport.parse(text)
    #expect(document.date?.date == CalendarDate(year: 2024, month: 3, day: 5))
    #expect(document.timeline?.entries.first?.timestamp == "2024-03-05T14:00:00Z")
    #expect(!TestSupport.lint(text).contains { $0.rule == "duration-mismatch" })
    let later = TestSupport.lint(text.replacingOccurrences(of: "14:07 UTC", with: "14:30 UTC"))
      .filter { $0.rule == "duration-mismatch" }
    #expect(label.contains("UTC") ? later.count == 1 : later.isEmpty)
    #expect(later.allSatisfy { $0.message.hasPrefix("stated detection time '2024-03-05 14:30 UTC' disagrees") })
  }
}

/// An incident summary's "Detection Time" and "Resolution Time" with a moment for a value
/// ("2025-12-27 14:30 UTC") are its start and end when it states none: they date the incident
/// and are held to the timeline. With a length for a value they are the time to detect or
/// resolve, reported once although the summary's table is the metadata too.
@Suite struct MomentStandInTests {
  static let document = """
    # Incident Report: Agent Hallucination Event

    ## Incident Summary
    | Field | Value |
    |-------|-------|
    | Severity | Level 2 (High) |
    | Detection Time | 2025-12-27 14:30 UTC |
    | Resolution Time | 2025-12-27 16:45 UTC |

    ## Timeline
    | Time (UTC) | Event |
    |------------|-------|
    | 14:30 | Alert triggered: hallucination rate spike |
    | 15:00 | Temporary fix deployed (context refresh) |
    | 16:45 | Metrics returned to normal |
    """

  @Test func momentsDateTheIncidentAndAgreeWithTheTimeline() throws {
    let parsed = TestSupport.parse(Self.document)
    #expect(parsed.metadata.start?.raw == "2025-12-27 14:30 UTC")
    #expect(parsed.metadata.end?.raw == "2025-12-27 16:45 UTC")
    #expect(
      parsed.timeline?.entries.map(\.timestamp) == [
        "2025-12-27T14:30:00Z", "2025-12-27T15:00:00Z", "2025-12-27T16:45:00Z",
      ])
    let findings = TestSupport.lint(Self.document)
    #expect(!findings.contains { $0.message.hasPrefix("missing metadata 'date'") })
    #expect(!findings.contains { $0.rule == "duration-mismatch" })
  }

  @Test func aResolutionStatedLaterThanTheTimelineIsReported() {
    let later = Self.document.replacingOccurrences(of: "2025-12-27 16:45 UTC", with: "2025-12-27 17:45 UTC")
    let messages = TestSupport.lint(later).filter { $0.rule == "duration-mismatch" }.map(\.message)
    #expect(
      messages == [
        "stated time '2025-12-27 17:45 UTC' disagrees: the timeline ends at 16:45 (line 15); correct whichever is wrong"
      ])
  }

  @Test func lengthsAreMeasuresReportedOnce() {
    let lengths = Self.document.replacingOccurrences(of: "2025-12-27 16:45 UTC", with: "95 minutes")
    let parsed = TestSupport.parse(lengths)
    #expect(parsed.metadata.end == nil)
    let messages = TestSupport.lint(lengths).filter { $0.rule == "duration-mismatch" }.map(\.message)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("time to resolve '95 minutes' (1h35m) disagrees") == true)
  }
}
