import Testing

@testable import PostmortemKit

/// The timeline shapes of real archives (see ../shared/notes/real-world-formats.md).
@Suite struct TimelineParserTests {
  private func entries(_ markdown: String) throws -> [TimelineEntry] {
    try #require(TestSupport.parse(markdown).timeline).entries
  }

  /// A checked result ("login confirmed working", "All systems verified operational") resolves and
  /// the first word of trouble ("Reports of issues", "Automated warning from AWS") detects; a
  /// negated phrase ("weren't working as expected") marks nothing, while a "T" that is no "n't"
  /// ("T+5 resolved") negates nothing; a recovery told in the present ("metrics return to normal")
  /// resolves; a check that "detects new nodes as healthy" (DFDS) detects nothing; services
  /// "gradually restored" are on the way back (mitigated), "full service recovery was confirmed" resolves,
  /// and so does a hub declared online.
  @Test func checkedResultsAndFirstReports() throws {
    let found = try entries(
      """
      ## Timeline (UTC)

      - 12:11 Reports of issues signing in via SSO
      - 12:20 Automated warning from AWS about free IP addresses
      - 12:30 Users said the logs weren't working as expected
      - 12:31 Users said the logs weren’t working as expected
      - 12:32 Users said the logs werent working as expected
      - 13:18 Certificate rolled over, login confirmed working
      - 13:30 All systems verified operational
      - 13:40 Dashboards: T+5 resolved
      - 13:50 Site is hard down, engineers respond to alarms
      - 13:51 API went down
      - 13:52 Error rate went down
      - 13:53 Vendor support responds to ticket, begins investigation
      - 13:54 Attack traffic ceases, all network metrics return to normal operation
      - 13:55 LB detects new nodes as healthy
      - 13:56 Monitoring detected unhealthy nodes
      - 13:57 The misconfiguration was corrected, and services were gradually restored
      - 13:58 Full service recovery was confirmed
      - 13:59 Primary engineer declares `prod` hub online, shares this update
      - 14:00 se declara el blueprint de Render
      - 14:01 Se declara el incidente
      - 14:02 Engineer finishes resolving the overall incident in PagerDuty
      - 14:03 All queued orders processed, consumer lag returns to zero
      - 14:04 Postgres started; recovery completes; API returns 200
      - 14:05 Postgres crashes and fails recovery
      - 14:06 All projects available, alerts clear.
      - 14:07 Boot. Association completed in under a second. All services active.
      - 14:08 No issues reported initially
      """)
    #expect(
      found.map(\.milestone) == [
        .detected, .detected, nil, nil, nil, .resolved, .resolved, .resolved, .detected, .started, nil, nil,
        .resolved, nil, .detected, .mitigated, .resolved, .resolved, nil, .detected, .resolved, .resolved, .resolved,
        nil, .resolved, .resolved, nil,
      ])
  }

  /// Headings under the timeline that name its steps, each closed by its time or span in
  /// brackets ("### 2. Root Cause Analysis (12:00-12:30)"), are its entries, their numbering
  /// dropped, and no sections of the kinds their words name; a heading so closed elsewhere stays.
  /// What a step did, told under it in sentences or bullets with no time, is its entry's text.
  @Test func stepHeadingsClosedByTheirTimes() throws {
    let text = """
      # Production database incident

      ## Incident Timeline (UTC)

      ### 1. Initial Survey Issues Reported (2025-11-12 12:00)

      User reported two issues.

      ### 2. Root Cause Analysis (12:00-12:30)

      - Decoded the token
      - Reverted validation

      ### 3. Tables dropped (13:01)

      ### 4. Restore completed (2025-11-12 16:40)

      ## Root Cause (2 parts)

      A migration script.
      """
    let document = TestSupport.parse(text)
    let found = try #require(document.timeline).entries
    #expect(
      found.map(\.text) == [
        "Initial Survey Issues Reported — User reported two issues.",
        "Root Cause Analysis — Decoded the token; Reverted validation", "Tables dropped", "Restore completed",
      ])
    #expect(
      found.map(\.timestamp) == [
        "2025-11-12T12:00:00Z", "2025-11-12T12:00:00Z", "2025-11-12T13:01:00Z", "2025-11-12T16:40:00Z",
      ])
    #expect(found.map(\.milestone) == [.detected, .mitigated, nil, .resolved])
    #expect(document.sections.filter { $0.kind == .rootCause }.map(\.line) == [18])
    #expect(!TestSupport.lint(text).contains { $0.rule == "timeline-time" })
    #expect(document.rootCause?.markdown == "A migration script.")
  }

  /// A screenshot on a line of its own between a table's rows (Markdown makes it a row) is no
  /// entry; the rows around it are read on.
  @Test func aScreenshotBetweenRowsIsNoEntry() throws {
    let text = """
      ## Timeline

      2019-10-21 (*all times UTC*)

      | Time  | Description |
      | ----- | ----------- |
      | 16:55 | Users receive a pager storm |
      ![alt text](https://example.com/500error.jpg)
      | 16:57 | All traffic is failing |
      """
    let found = try entries(text)
    #expect(found.map(\.line) == [7, 9])
    #expect(found.map(\.timestamp) == ["2019-10-21T16:55:00Z", "2019-10-21T16:57:00Z"])
    #expect(!TestSupport.lint(text).contains { $0.rule == "timeline-time" })
  }

  /// A table divided by day: a row that holds a date alone, its year left to the document's
  /// ("| 1/28 | |"), dates the rows under it and is no entry; a yearless date with an event keeps
  /// its date, and a broken time ("13.07") none.
  @Test func tableDividedByDayRows() throws {
    let text = """
      # IOT data stale

      **Date**: 01/30/2020

      ## Timeline

      > All times in UTC

      Time | Description
      --- | ---
      1/28 |
      12:45 | Pull request opened
      15:33 | Pull request merged
      Jan 30 | |
      14:21 | Deploy merged
      **1/31** |
      08:04 | Analyst reports stale data
      01:16 | Pods restarted
      2/1 | Vendor switched to HTTPS
      13.07 | Broken time
      """
    let found = try entries(text)
    #expect(found.map(\.line) == [12, 13, 15, 17, 18, 19, 20])
    #expect(
      found.prefix(5).map(\.timestamp) == [
        "2020-01-28T12:45:00Z", "2020-01-28T15:33:00Z", "2020-01-30T14:21:00Z", "2020-01-31T08:04:00Z",
        "2020-01-31T01:16:00Z",
      ])
    #expect(found[5].date?.description == "2020-02-01" && found[5].timeOfDay == nil)
    #expect(found[6].date == nil && found[6].status == .unrecognized)
    let order = TestSupport.lint(text).filter { $0.rule == "timeline-order" }.map(\.line)
    #expect(order == [18])
  }

  /// A table broken by a row wrapped onto two lines (its closing bar alone on the next line) goes
  /// on in the paragraph Markdown makes of the rows after it; a date alone in the time cell keeps
  /// its date; a time under a mistyped year keeps its time.
  @Test func tableBrokenByAWrappedRow() throws {
    let text = """
      ## Timeline

      All times in UTC.

      | Time | Event |
      | :--- | --- |
      | 2023-02-13 | Nightly rollover scheduled |
      | 2023-02-14 10:57 | Replacement nodes joining |
      | 2023-02-14 11:00 | Mail sent to the operations desk
      |
      | 2023-02-14 11:01 | Load balancer sees the nodes as healthy |
      | 20233-02-14 11:30 | Follow-up mail saying service restored
      """
    let found = try entries(text)
    #expect(found.map(\.line) == [7, 8, 9, 11, 12])
    #expect(found.map(\.timeOfDay?.description) == [nil, "10:57", "11:00", "11:01", "11:30"])
    #expect(found[0].date?.description == "2023-02-13" && found[0].status == .unrecognized)
    #expect(found[3].timestamp == "2023-02-14T11:01:00Z" && found[3].text == "Load balancer sees the nodes as healthy")
    #expect(found[4].writtenDateIsInvalid && found[4].milestone == .resolved)
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" || $0.rule == "table-delimiter" }
      .map { "\($0.line): \($0.message)" }
    #expect(
      messages == [
        "7: timeline entry on 2023-02-13 has no time of day; add it after the date, e.g. '2023-02-13 14:05'",
        "10: a bar alone on this line (a row wrapped onto two lines) ends the table above, so Markdown shows the "
          + "rows after it as text; keep each row on one line",
        "12: '20233-02-14' is not a date: its year has 5 digits; correct the entry's date",
      ])
    // Rows after a blank line go on too; a table of its own (its rule under its header) does not.
    let gap = try entries("## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | a |\n\n| 10:05 | b |\n")
    #expect(gap.map(\.text) == ["a", "b"])
    #expect(
      TestSupport.lint("## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | a |\n\n| 10:05 | b |\n")
        .contains { $0.rule == "table-delimiter" && $0.line == 7 && $0.message.hasPrefix("a blank line ends") })
    let separate = try entries(
      "## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | a |\n\n| Time | Event |\n| -- |\n")
    #expect(separate.map(\.text) == ["a"])
  }

  /// Entries indented with a tab under a date line are entries, though Markdown makes them an
  /// indented code block; a fenced block beside entries stays a pasted log. A paragraph led by a
  /// date and a dash is that day's event.
  @Test func indentedEntriesUnderADateLine() throws {
    let found = try entries(
      "## Timeline (all times PST)\n\n01-10-2024\n\n\t7:32 PM - The chain stalled.\n\n"
        + "\t7:38 PM - Monitoring detected the stall.\n\n\n01-31-2024 - The fix was merged.\n\n"
        + "```\n19:40:01 ERROR peer dropped\n```\n")
    #expect(found.map(\.line) == [5, 7, 10])
    #expect(found.map(\.timestamp) == ["2024-01-10T19:32:00-08:00", "2024-01-10T19:38:00-08:00", nil])
    #expect(found[2].date?.description == "2024-01-31" && found[2].text == "The fix was merged.")
    #expect(found[1].milestone == .detected)
    // A code block alone is still read line by line, each entry on its own line.
    let fenced = try entries("## Timeline (UTC)\n\n```\n10:00 deploy\n10:05 alert fires\n```\n")
    #expect(fenced.map(\.line) == [4, 5])
    let indented = try entries("## Timeline (UTC)\n\n    10:00 deploy\n    10:05 alert fires\n\nSee the log.\n")
    #expect(indented.map(\.line) == [3, 4])
  }

  /// A span of days after a month's name ("**Feb 2-5** - …") dates its entry by the first day;
  /// in a sentence with no separator after it, it is prose.
  @Test func aSpanOfDaysDatesItsEntryByTheFirst() throws {
    let found = try entries(
      "**Date:** 2026-02-06\n\n## Timeline (UTC)\n\n- **Feb 2-5** - Intermittent OOM kills\n- **Feb 3→4** - Retries pile up\n"
        + "- **Feb 6 20:31** - Incident declared\n")
    #expect(found.map(\.date?.description) == ["2026-02-02", "2026-02-03", "2026-02-06"])
    #expect(found[0].text == "Intermittent OOM kills" && found[0].timeOfDay == nil)
    #expect(TimeParser.scan("May 5-10 servers failed")?.monthDay == nil)
    #expect(TimeParser.scan("May 5-3 - x")?.monthDay == nil)
  }

  /// A table's date and time columns are found under other languages' headers ("Fecha | Hora |
  /// Evento"), and a column of dates alone is the date under any header: its dates were read
  /// as the event's text, and the next morning's row as out of order.
  @Test func aTableWithItsDateInAColumnOfItsOwn() throws {
    let spanish = try entries(
      "## Cronología (UTC)\n\n| Fecha | Hora | Evento | Evidencia |\n|---|---|---|---|\n"
        + "| 2026-03-15 | 14:30 | Cliente responde | WA |\n| 2026-03-16 | 08:10 | Auto entregado | OT-1234 |\n")
    #expect(spanish.map(\.date?.description) == ["2026-03-15", "2026-03-16"])
    #expect(spanish.map(\.text) == ["Cliente responde", "Auto entregado"])
    #expect(spanish.map(\.timestamp) == ["2026-03-15T14:30:00Z", "2026-03-16T08:10:00Z"])
    let unnamed = try entries(
      "## Timeline (UTC)\n\n| On | Clock | Note |\n|---|---|---|\n"
        + "| Mar 15, 2026 | 23:50 | job starts |\n| Mar 16, 2026 | 00:10 | job stalls |\n")
    #expect(unnamed.map(\.date?.description) == ["2026-03-15", "2026-03-16"])
    #expect(unnamed.map(\.text) == ["job starts", "job stalls"])
    // "Data" is the date in Portuguese but what a column holds in English: its cells decide.
    let portuguese = try entries(
      "## Linha do tempo (UTC)\n\n| Data | Hora | Evento |\n|---|---|---|\n| 13/09/2026 | 23:50 | lead manda Oi |\n")
    #expect(portuguese.map(\.date?.description) == ["2026-09-13"])
    let english = try entries(
      "**Date:** 2026-03-15\n\n## Timeline (UTC)\n\n| Time | Data |\n|---|---|\n| 14:05 | error rate 5% |\n")
    #expect(english.map(\.text) == ["error rate 5%"])
    // A day alone in the time cell, in ISO's order without the year, keeps its day.
    let isoDays = try entries(
      "**Date:** 2026-07-10\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 07-03 13:48 | deployed |\n"
        + "| 07-09 | merged |\n")
    #expect(isoDays.map(\.date?.description) == ["2026-07-03", "2026-07-09"])
    let lint = TestSupport.lint(
      "## Cronología (UTC)\n\n| Fecha | Hora | Evento |\n|---|---|---|\n| 2026-03-15 | 14:30 | a |\n"
        + "| 2026-03-16 | 08:10 | b |\n")
    #expect(!lint.contains { $0.rule == "timeline-order" })
  }

  /// In a timeline kept as a code block, a line indented to where the event starts goes on with
  /// that event, as a log wraps; a blank line or a line further left does not.
  @Test func aCodeBlockEventWrappedOntoTheNextLines() throws {
    let found = try entries(
      "## Timeline (UTC)\n\n```\n13:48:35  retry: \"media.mount\",\n          \"fast.mount\"; both mounted\n"
        + "13:49:04  both units active\n  (checked by hand)\n```\n")
    #expect(found.map(\.text) == ["retry: \"media.mount\", \"fast.mount\"; both mounted", "both units active"])
  }

  /// A quotation after the time is the event's own words and keeps its opening mark; a quote
  /// around the time itself is the time's.
  @Test func aQuotationAfterTheTimeKeepsItsMarks() throws {
    let found = try entries(
      "## Timeline (UTC)\n\n- 21:32 \"Can I hire a carer?\" → answered 22:04\n- \"22:09\" lead writes again\n")
    #expect(found.map(\.text) == ["\"Can I hire a carer?\" → answered 22:04", "lead writes again"])
  }

  /// A bullet led by a month and day in numbers with a slash or dash, then a colon or dash and
  /// the event ("07/09: merged the fix"), is that day's, as "May 5 - …" is; with a dot it may be
  /// a broken time and is not.
  @Test func aBulletLedByANumericDay() throws {
    let found = try entries(
      "**Date:** 2026-07-10\n\n## Timeline (UTC)\n\n- 07-09: merged the fix\n- 07/09 - slash form\n"
        + "- 12.03: dotted\n- 07-10 13:00 deployed\n")
    #expect(found.map(\.date?.description) == ["2026-07-09", "2026-07-09", nil, "2026-07-10"])
    #expect(found.map(\.text) == ["merged the fix", "slash form", "dotted", "deployed"])
  }

  /// A span of days written with its year ("23-24 March 2026", a breach report's table) or
  /// day first without it ("2–5 Feb") dates its entry by the first day, as "Feb 2-5" does.
  @Test func aSpanOfDaysWithItsYearDatesItsEntry() throws {
    let found = try entries(
      "**Date:** 2026-02-01\n\n## Timeline (UTC)\n\n| Date | Event |\n|---|---|\n"
        + "| 21 March 2026 | CNIL is notified. |\n| 23-24 March 2026 | Public disclosure. |\n"
        + "| March 25–26, 2026 14:05 | Complaint filed. |\n| 2–5 Feb | Cleanup. |\n")
    #expect(found.map(\.date?.description) == ["2026-03-21", "2026-03-23", "2026-03-25", "2026-02-02"])
    #expect(found.map(\.text) == ["CNIL is notified.", "Public disclosure.", "Complaint filed.", "Cleanup."])
    #expect(found[2].timeOfDay?.description == "14:05")
  }

  /// A broken date is told by what is wrong with it; a cell with no digits is not told to write
  /// its dots as colons.
  @Test func brokenDatesAndCellsWithoutDigits() throws {
    let text = """
      ## Timeline (UTC)

      - 2024-13-02 12:00 month out of range
      - 2024-02-30 12:05 day out of range
      - 2024-02-29 12:10 a leap day
      - 2024-02-31 fix released

      | Time | Event |
      |---|---|
      | ... | daemon sets not scheduled |
      """
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map { "\($0.line): \($0.message)" }
    #expect(
      messages == [
        "3: '2024-13-02' is not a date: there is no month 13; correct the entry's date",
        "4: '2024-02-30' is not a date: that month has 29 days; correct the entry's date",
        "6: '2024-02-31' is not a date: that month has 29 days; correct the entry's date and add its time after it",
        "10: '...' is not a time; write the time the event happened, e.g. '14:05'",
      ])
  }

  /// A one-digit hour after midday's entries, with no AM/PM ("12:39" then "1:50", as Chef's
  /// release post-mortem wrote its afternoon), is told as the afternoon time it likely is.
  @Test func anAfternoonWithoutPMIsToldSo() {
    let text = """
      **Date:** 2015-02-27

      ## Timeline (PST)

      - 12:39 Workspaces wiped for bad nodes
      - 1:50 Start rebuilding broken node
      - 2:10 Build kicked off
      - 1:55 Build restarted
      """
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-order" }.map(\.message)
    #expect(
      messages == [
        "entry at 1:50 is earlier than the one before it (12:39 on line 5); an afternoon time written without PM? "
          + "write '13:50' or '1:50 PM'",
        "entry at 1:55 is earlier than the one before it (2:10 on line 7); fix the time or move the entry",
      ])
  }

  /// A time that ends a bullet, set apart by a bracket, dash, colon or "at", is the entry's time,
  /// and so is one after a short lead and "at" ("Restarted at 14:50 the second time"); a number
  /// that is not a time is not.
  @Test func timesAtTheEndOfABullet() throws {
    let found = try entries(
      """
      **Date:** 2024-03-02

      ## Timeline

      All times UTC.

      - Deploy starts (14:05)
      - Alert fires — 14:12
      - Rollback complete at 2:40 PM
      - Resolved: 15:00 UTC.
      - Scaled replicas from 3 to 2
      - Restarted at 14:50 the second time
      - **Cache warmed** 15:10
      - **Cache** warmed at noon
      - Backfill done (2024-03-03 09:05 UTC)
      - Postmortem drafted [16:10]
      """)
    #expect(
      found.map(\.time) == [
        "14:05", "14:12", "2:40 PM", "15:00 UTC", "", "14:50", "15:10", "noon", "2024-03-03 09:05 UTC", "16:10",
      ])
    #expect(found[5].text == "Restarted the second time" && found[7].text == "Cache warmed")
    // A dated time in brackets at the end was taken for a zone note, and the entry was lost.
    #expect(found[8].text == "Backfill done" && found[8].timestamp == "2024-03-03T09:05:00Z")
    #expect(found[9].text == "Postmortem drafted")
    #expect(found[6].text == "Cache warmed" && found[6].timestamp == "2024-03-02T15:10:00Z")
    #expect(found.map(\.text).prefix(4) == ["Deploy starts", "Alert fires", "Rollback complete", "Resolved"])
    #expect(found.map(\.milestone).prefix(4) == [nil, .detected, .mitigated, .resolved])
    #expect(found[3].timestamp == "2024-03-02T15:00:00Z")
  }

  /// 02:30 on the night the clocks go forward never showed on a clock there: the entry is
  /// recorded as nonexistent, without a timestamp, and reported as such rather than out of order.
  @Test func aTimeTheClocksSkipped() throws {
    let markdown = """
      **Date:** 2024-03-10

      ## Timeline

      All times Pacific Time.

      - 01:50 deploy
      - 02:30 alert
      - 03:10 resolved
      """
    let found = try entries(markdown)
    #expect(found.map(\.status) == [.resolved, .nonexistent, .resolved])
    #expect(found.map(\.timestamp) == ["2024-03-10T01:50:00-08:00", nil, "2024-03-10T03:10:00-07:00"])
    let findings = TestSupport.lint(markdown)
    #expect(!findings.contains { $0.rule == "timeline-order" })
    #expect(
      findings.filter { $0.rule == "timeline-timezone" }.map(\.message) == [
        "02:30 did not exist on 2024-03-10 in America/Los_Angeles: the clocks went forward past it; "
          + "write the time the clocks showed"
      ])
    // The hour the clocks repeat in autumn exists (twice): nothing to report there.
    #expect(
      try entries(markdown.replacingOccurrences(of: "2024-03-10", with: "2024-11-03")).allSatisfy {
        $0.status == .resolved
      })
  }

  /// A status page's update history pasted as the timeline: each update's text on one line and
  /// its date and time alone on the line under it ("Mar 2, 2024 - 15:40 UTC"), newest first.
  /// The entries are kept oldest first, the timeline is marked as written newest first, and
  /// timeline-order reports that once, at the heading, instead of every entry.
  @Test func aStatusPageHistoryNewestFirst() throws {
    let markdown = """
      **Date:** 2024-03-02

      ## Timeline

      **Resolved** - This incident has been resolved.
      Mar 2, 2024 - 15:40 UTC

      **Monitoring** - A fix has been implemented and we are monitoring the results.
      Mar 2, 2024 - 15:05 UTC

      **Investigating** - We are currently investigating this issue.
      Mar 2, 2024 - 14:21 UTC
      """
    let timeline = try #require(TestSupport.parse(markdown).timeline)
    #expect(timeline.newestFirst)
    #expect(timeline.entries.map(\.line) == [12, 9, 6])
    #expect(
      timeline.entries.map(\.timestamp) == ["2024-03-02T14:21:00Z", "2024-03-02T15:05:00Z", "2024-03-02T15:40:00Z"])
    #expect(
      timeline.entries.map(\.text) == [
        "Investigating - We are currently investigating this issue.",
        "Monitoring - A fix has been implemented and we are monitoring the results.",
        "Resolved - This incident has been resolved.",
      ])
    #expect(timeline.entries.map(\.milestone) == [.detected, .mitigated, .resolved])
    #expect(timeline.span?.minutes == 79)
    let order = TestSupport.lint(markdown).filter { $0.rule == "timeline-order" }
    #expect(order.map(\.line) == [3])
    #expect(
      order.first?.message.hasPrefix("the timeline runs newest first, from Mar 2, 2024 - 15:40 UTC (line 6)") == true)

    // Pasted with the status on its own line and "Posted" before the time, it reads the same.
    let posted = try entries(
      """
      ## Timeline

      Resolved
      This incident has been resolved.
      Posted Mar 02, 2024 - 15:40 UTC

      Monitoring
      A fix has been implemented.
      Posted Mar 02, 2024 - 15:05 UTC

      Investigating
      We are looking into errors on the API.
      Posted Mar 02, 2024 - 14:21 UTC
      """)
    #expect(
      posted.map(\.text) == [
        "Investigating We are looking into errors on the API.", "Monitoring A fix has been implemented.",
        "Resolved This incident has been resolved.",
      ])
    #expect(posted.map(\.timestamp) == ["2024-03-02T14:21:00Z", "2024-03-02T15:05:00Z", "2024-03-02T15:40:00Z"])
    #expect(posted.map(\.milestone) == [.detected, .mitigated, .resolved])
    // A time alone on its line before its text reads the same way; oldest first is not reversed.
    let timeFirst = try #require(
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n14:05 UTC\nDeploy starts\n\n14:20 UTC\nRolled back\n")
        .timeline)
    #expect(timeFirst.entries.map(\.text) == ["Deploy starts", "Rolled back"] && !timeFirst.newestFirst)
  }

  /// The same moment written in two zones ("14:05 UTC / 06:05 PST", "00:30 UTC (5:30 PM PDT)"):
  /// the second is kept beside the entry, resolved on the day nearest the first (the evening
  /// before, across midnight), and timeline-timezone reports the pair when they disagree.
  @Test func timesWrittenInTwoZones() throws {
    let markdown = """
      **Date:** 2024-07-01

      ## Timeline

      - 00:30 UTC (5:30 PM PDT) deploy starts
      - 00:45 UTC / 17:45 PT alert fires
      - 01:10 UTC / 7:10 PM PDT rolled back
      - 01:20 UTC (the second region) resolved
      """
    let found = try entries(markdown)
    #expect(
      found.map(\.time) == ["00:30 UTC (5:30 PM PDT)", "00:45 UTC / 17:45 PT", "01:10 UTC / 7:10 PM PDT", "01:20 UTC"])
    #expect(found.map(\.text) == ["deploy starts", "alert fires", "rolled back", "(the second region) resolved"])
    #expect(
      found.map { $0.alternate?.timestamp } == [
        "2024-06-30T17:30:00-07:00", "2024-06-30T17:45:00-07:00", "2024-06-30T19:10:00-07:00", nil,
      ])
    #expect(found.map { $0.alternate?.time } == ["5:30 PM PDT", "17:45 PT", "7:10 PM PDT", nil])
    let zoneFindings = TestSupport.lint(markdown).filter { $0.rule == "timeline-timezone" }
    #expect(
      zoneFindings.map(\.message) == [
        "01:10 UTC / 7:10 PM PDT names two moments 1h00m apart (2024-07-01T01:10:00Z and "
          + "2024-06-30T19:10:00-07:00); correct the time or the zone that is wrong"
      ])
    #expect(zoneFindings.map(\.line) == [7])
  }

  /// A date an entry writes for itself (before or after its time) is the day of the undated
  /// entries after it, past midnight as usual, until the next date.
  @Test func undatedEntriesContinueFromTheLastDateWritten() throws {
    let bullets = try entries(
      """
      **Date:** 2024-03-01

      ## Timeline

      All times UTC

      - 2024-03-01 23:50 job starts
      - 00:10 job stalls
      - Mar 3 09:00 follow-up review
      - 09:30 review ends
      """)
    #expect(
      bullets.map(\.timestamp) == [
        "2024-03-01T23:50:00Z", "2024-03-02T00:10:00Z", "2024-03-03T09:00:00Z", "2024-03-03T09:30:00Z",
      ])
    #expect(bullets.map(\.rolledOver) == [false, true, false, false])
    let table = try entries(
      """
      ---
      date: 2023-11-14
      ---

      ## Timeline (UTC)

      | When | Who | What |
      |------|-----|------|
      | 23:59 Nov 13 | cron | Renewal job fails silently |
      | 00:00 | - | Certificate expires |
      | 00:47 | - | Error rate back to normal |
      """)
    #expect(table.map(\.timestamp) == ["2023-11-13T23:59:00Z", "2023-11-14T00:00:00Z", "2023-11-14T00:47:00Z"])
  }

  /// An entry that opens with what happened and then says when, after "at" ("Detected at 10:05
  /// when the login alert fired", "Detected at Nov 1, 2022 6:00 AM"), has that time, in a list
  /// or on plain lines; a longer sentence, a number that is no time, and a note are no such entry.
  @Test func timesAfterAShortLead() throws {
    let found = try entries(
      """
      **Date:** 2024-03-02

      ## Timeline (UTC)

      - Detected at 10:05 when the login alert fired.
      - Issue escalated at about 10:20 to the database team.
      - Resolved at 11:00.
      - Engineers looked at 10 dashboards
      - The team that owns the gateway was paged at 10:40 and joined
      """)
    #expect(
      found.map(\.timestamp) == ["2024-03-02T10:05:00Z", "2024-03-02T10:20:00Z", "2024-03-02T11:00:00Z", nil, nil])
    #expect(
      found.map(\.text) == [
        "Detected when the login alert fired.", "Issue escalated to the database team.", "Resolved",
        "Engineers looked at 10 dashboards", "The team that owns the gateway was paged at 10:40 and joined",
      ])
    #expect(found.map(\.milestone) == [.detected, nil, .resolved, nil, .detected])
    #expect(found[1].isApproximate)
    let lines = try entries(
      """
      SUMMARY
      A 500 error stopped the deploy.

      TIMELINE (UTC)
      Detected at Nov 1, 2022 6:00 AM
      Resolved at 7:10 AM by fixing the typo.
      """)
    #expect(lines.map(\.timestamp) == ["2022-11-01T06:00:00Z", "2022-11-01T07:10:00Z"])
    // (The second is a story's clause, told whole.)
    #expect(lines.map(\.text) == ["Detected", "Resolved at 7:10 AM by fixing the typo."])
    let note = try entries(
      "**Date:** 2024-07-18\n\n## Timeline\n\nTimes are relative to the page at 23:52 UTC (T+0).\n\n- T+5m alert fires\n"
    )
    #expect(note.map(\.timestamp) == ["2024-07-18T23:57:00Z"])
  }

  /// Under a group label, a time alone on its bullet takes the text of the bullets after it, with
  /// the label that names the moment ("Issue Detection: Detected after…"); a day's label dates
  /// the entries and is no part of their text.
  @Test func aTimeAloneUnderAGroupLabelTakesTheBulletsAfterIt() throws {
    let found = try entries(
      """
      ## Timeline

      - **Issue Detection:**
        - January 22, 2018, 17:23 PST
        - Detected after a junior engineer deployed a WordPress update.
      - **How the Issue Was Detected:**
        - Automated monitoring alerted to increased error rates.
      - **Incident Escalation:**
        - January 22, 2018, 17:27 PST
      - **Resolution:**
        - January 22, 2018, 17:30 PST
        - Corrected the typo in wp-settings.php.
        - Restarted Apache.
      - Day 2
        - 09:00
        - Postmortem review held
        - 09:30 action items assigned
      """)
    #expect(
      found.map(\.text) == [
        "Issue Detection: Detected after a junior engineer deployed a WordPress update.", "Incident Escalation",
        "Resolution: Corrected the typo in wp-settings.php.; Restarted Apache.", "Postmortem review held",
        "action items assigned",
      ])
    #expect(found.map(\.milestone) == [.detected, nil, .resolved, nil, nil])
    #expect(found[0].timestamp == "2018-01-22T17:23:00-08:00")
  }

  /// A timeline written in times relative to T+0 is placed from the moment a note or the heading
  /// names as T+0; without one, its entries stay unplaced and timeline-time asks for it.
  @Test func relativeTimesCountFromTheAnchor() throws {
    let table = try entries(
      """
      **Date:** 2024-07-18

      ## Timeline

      Times are relative to the page at 2024-07-18 23:52 UTC (T+0).

      | T+ | What happened |
      |----|---------------|
      | T-0:12 | Broker b-3 restarts for patching |
      | T+0:00 | Backlog alert pages on-call |
      | T+0:25 | Consumers restarted |
      | T+1:10 | Backlog cleared, incident resolved |
      """)
    #expect(
      table.map(\.timestamp) == [
        "2024-07-18T23:40:00Z", "2024-07-18T23:52:00Z", "2024-07-19T00:17:00Z", "2024-07-19T01:02:00Z",
      ])
    #expect(table.map(\.time) == ["T-0:12", "T+0:00", "T+0:25", "T+1:10"])
    #expect(table.map(\.milestone) == [nil, .detected, nil, .resolved])
    let heading = try entries(
      "**Date:** 2024-07-18\n\n## Timeline (T0 = 4:02 PM PDT)\n\n- T+5m alert fires\n- T+1h resolved\n")
    #expect(heading.map(\.timestamp) == ["2024-07-18T16:07:00-07:00", "2024-07-18T17:02:00-07:00"])

    // An entry that writes its clock beside its relative time says when T+0 was.
    let entryAnchored = try entries(
      "**Date:** 2024-07-18\n\n## Timeline\n\n- T-5m deploy\n- T+10m (23:52 UTC): alert fires\n- T+1h resolved\n")
    #expect(
      entryAnchored.map(\.timestamp) == ["2024-07-18T23:37:00Z", "2024-07-18T23:52:00Z", "2024-07-19T00:42:00Z"])
    #expect(entryAnchored.map(\.text) == ["deploy", "alert fires", "resolved"])
    // So does one that writes its offset in brackets after its clock ("22:45 (T+0)").
    let clockFirst = try entries(
      "**Date:** 2024-06-11\n\n## Timeline (UTC)\n\n- 22:45 (T+0) errors climb\n- T+10m on-call paged\n")
    #expect(clockFirst.map(\.timestamp) == ["2024-06-11T22:45:00Z", "2024-06-11T22:55:00Z"])
    #expect(clockFirst.map(\.text) == ["errors climb", "on-call paged"])
    let unanchored = "**Date:** 2024-07-18\n\n## Timeline\n\nAll times UTC.\n\n- T+5m alert fires\n- T+1h resolved\n"
    #expect(try entries(unanchored).map(\.status) == [.unrecognized, .unrecognized])
    // One cause, one finding, at the first relative time.
    let findings = TestSupport.lint(unanchored).filter { $0.rule == "timeline-time" }
    #expect(findings.map(\.line) == [7])
    #expect(
      findings.first?.message
        == "'T+5m' and the 1 other relative time count from T+0, but the timeline does not say when T+0 "
        + "was; add a note such as 'T+0 = 2024-07-18 14:05 UTC' or 'Incident start 14:05 UTC'")
    // A note giving the incident's start is T+0 when nothing else says.
    let started = unanchored.replacingOccurrences(of: "All times UTC.", with: "Incident start 15:00 UTC.")
    #expect(try entries(started).map(\.timestamp) == ["2024-07-18T15:05:00Z", "2024-07-18T16:00:00Z"])
    #expect(!TestSupport.lint(started).contains { $0.rule == "timeline-time" })
  }

  /// One entry out of place, or two entries the wrong way round, is an entry out of order, not a
  /// timeline written newest first.
  @Test func newestFirstNeedsTheWholeTimelineGoingBack() throws {
    let oneOut = try #require(
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n- 14:30 a\n- 14:20 b\n- 14:40 c\n- 14:10 d\n").timeline)
    #expect(!oneOut.newestFirst && oneOut.entries.map(\.time) == ["14:30", "14:20", "14:40", "14:10"])
    let two = try #require(TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n- 14:30 a\n- 14:20 b\n").timeline)
    #expect(!two.newestFirst)
    let sameTime = try #require(
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n- 14:06 a\n- 14:05 b\n- 14:05 c\n- 14:05 d\n").timeline)
    #expect(!sameTime.newestFirst && sameTime.entries.map(\.text) == ["a", "b", "c", "d"])
    #expect(
      TestSupport.lint("**Date:** 2024-03-02\n\n## Timeline\n\n- 14:30 a\n- 14:20 b\n- 14:10 c\n").filter {
        $0.rule == "timeline-order"
      }.count == 1)
  }

  /// A timeline written only as a code block is read line by line, at the lines it stands on;
  /// beside bullets, a code block is a pasted log and stays out.
  @Test func aTimelineWrittenAsACodeBlock() throws {
    let fenced = try entries(
      """
      **Date:** 2024-03-02

      ## Timeline (UTC)

      ```
      14:05  deploy starts

        continued detail
      14:12  alert fires
      ```
      """)
    #expect(fenced.map(\.text) == ["deploy starts", "alert fires"])
    #expect(
      fenced.map(\.line) == [6, 9] && fenced.map(\.timestamp) == ["2024-03-02T14:05:00Z", "2024-03-02T14:12:00Z"])
    let indented = try entries("**Date:** 2024-03-02\n\n## Timeline (UTC)\n\n    14:05 deploy\n    14:12 alert\n")
    #expect(indented.map(\.line) == [5, 6] && indented.map(\.column) == [5, 5])
    let withLog = try entries(
      "## Timeline (UTC)\n\n- 14:05 deploy starts\n\n```\n[14:06] <ana> anyone seeing errors?\n```\n")
    #expect(withLog.map(\.text) == ["deploy starts"])
  }

  /// "Day 2" counts from the document's date, as a heading, a bullet over times, or before a time.
  @Test func dayNumbersCountFromTheDocumentDate() throws {
    let headed = try entries(
      """
      **Date:** 2024-06-11

      ## Timeline (UTC)

      ### Day 1
      - 10:00 batch starts
      ### Day 3 (recovery)
      - 09:00 resolved
      - Day 2 of the migration went fine
      """)
    #expect(headed.map(\.timestamp) == ["2024-06-11T10:00:00Z", "2024-06-13T09:00:00Z", nil])
    let inline = try entries(
      """
      **Date:** 2024-06-11

      ## Timeline

      All times UTC.

      - Day 1, 23:58 outage begins
      - Day 2 - 00:35 mitigated
      - Day 2 @ 01:10 resolved
      """)
    #expect(inline.map(\.time) == ["Day 1, 23:58", "Day 2 - 00:35", "Day 2 @ 01:10"])
    #expect(inline.map(\.text) == ["outage begins", "mitigated", "resolved"])
    #expect(inline.map(\.timestamp) == ["2024-06-11T23:58:00Z", "2024-06-12T00:35:00Z", "2024-06-12T01:10:00Z"])
    #expect(TimeParser.scan("Day 2 of the migration") == nil && TimeParser.scan("Day 0, 10:00")?.dayNumber == nil)
  }

  /// A day's label with its date ("**Day 3 — Wednesday, October 16**", "### Day 2: 2024-10-15")
  /// dates the times under it by that date, even where counting from the document's date would
  /// not; without its year the date needs its month's name.
  @Test func aDayLabelWithItsDate() throws {
    let found = try entries(
      """
      **Date:** 2024-10-13

      ## Timeline (all times UTC)

      **Day 1 — Monday, October 14**

      - 22:40 Disk latency alerts

      ### Day 2: 2024-10-15
      - 03:10 Rebalance stalls

      **Day 3 — Wednesday, October 16**

      - 11:25 Faulty HBA replaced
      - 14:00 Backlog cleared
      """)
    let milestones = try entries(
      "## Timeline (UTC)\n\n- 04:30 Support tickets about double charges\n- 04:45 disk expanded, gw recovering\n"
        + "- 05:02 error rate nominal\n- 05:10 All services healthy\n- 05:12 Feature flag disabled\n"
        + "- 05:15 p99 back under SLO\n- 05:20 First customer report\n- 05:25 System stabilized\n"
        + "- 05:30 Customer impact ended\n- 05:35 all metrics nominal\n")
    #expect(
      milestones.map(\.milestone) == [
        .detected, .mitigated, .resolved, .resolved, .mitigated, .resolved, .detected, .mitigated, .resolved,
        .resolved,
      ])
    #expect(
      found.map(\.timestamp) == [
        "2024-10-14T22:40:00Z", "2024-10-15T03:10:00Z", "2024-10-16T11:25:00Z", "2024-10-16T14:00:00Z",
      ])
    #expect(found.last?.milestone == .resolved)
    #expect(TimeParser.scan("Day 2 - 14.05 rollback")?.date == nil)
    #expect(TimeParser.scan("Day 2 (Oct 15)")?.monthDay != nil)
  }

  /// What exports leave in a line: a zero-width space or byte-order mark before the time, and
  /// the full-width colon Japanese and Chinese text writes times with ("14：30").
  @Test func invisibleMarksAndFullWidthColons() throws {
    let found = try entries(
      "**Date:** 2024-03-02\n\n## Timeline (UTC)\n\n- \u{200B}14:20 rollback\n- \u{FEFF}14:25 check\n- 14：30 resolved\n"
    )
    #expect(found.map(\.timestamp) == ["2024-03-02T14:20:00Z", "2024-03-02T14:25:00Z", "2024-03-02T14:30:00Z"])
    #expect(found.map(\.text) == ["rollback", "check", "resolved"])
    // Full-width brackets around a zone and a wave dash between two times.
    let wide = try entries("**Date:** 2024-04-08\n\n## タイムライン\n\n- 14:05〜14:20（JST） デプロイ\n- 15:10（JST） 復旧\n")
    #expect(wide.map(\.timestamp) == ["2024-04-08T14:05:00+09:00", "2024-04-08T15:10:00+09:00"])
    #expect(wide.map(\.text) == ["デプロイ", "復旧"])
  }

  /// A span opened by "Between" or "From" ("Between 14:40 and 14:45 – alert storm") is an entry
  /// at its first time; "Between 3 and 4 services failed at 15:10" is a sentence with its time last.
  @Test func spansOpenedByAWord() throws {
    let found = try entries(
      """
      **Date:** 2024-03-01

      ## Timeline (UTC)

      - Between 14:40 and 14:45 – alert storm
      - From 14:50 to 14:55 deploy window
      - Between 3 and 4 services failed at 15:10
      """)
    #expect(found.map(\.time) == ["14:40 and 14:45", "14:50 to 14:55", "15:10"])
    #expect(found.map(\.text) == ["alert storm", "deploy window", "Between 3 and 4 services failed"])
    #expect(found.map(\.timestamp) == ["2024-03-01T14:40:00Z", "2024-03-01T14:50:00Z", "2024-03-01T15:10:00Z"])
  }

  /// A month's name and day, then a colon or dash and the event ("May 5 - servers failed"), keeps
  /// its day as a full date does, and timeline-time asks for the time; without the separator it
  /// is a sentence, and digits alone ("19.11 – 19:20") are no such day.
  @Test func aNamedDayBeforeItsEvent() throws {
    let markdown = """
      **Date:** 2024-05-04

      ## Timeline (UTC)

      - May 4 - deploy of v2
      - May 5: servers failed
      - May 5 servers failed
      """
    let found = try entries(markdown)
    #expect(found.map { $0.date?.description } == ["2024-05-04", "2024-05-05", nil])
    #expect(found.map(\.text) == ["deploy of v2", "servers failed", "May 5 servers failed"])
    let messages = TestSupport.lint(markdown).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(
      messages.first
        == "timeline entry on 2024-05-04 has no time of day; add it after the date, e.g. '2024-05-04 14:05'")
  }

  /// A time struck out and corrected after it ("~~14:11~~ 14:12 rollback") is the correction; an
  /// entry struck out whole was withdrawn; a single tilde still hedges the time.
  @Test func struckOutTimesAndEntries() throws {
    let found = try entries(
      """
      **Date:** 2024-03-02

      ## Timeline (UTC)

      - ~~14:11~~ 14:12 rollback
      - ~14:20 errors settle
      - ~~14:25 wrong alert~~
      - 14:30 resolved
      """)
    #expect(found.map(\.time) == ["14:12", "~14:20", "14:30"])
    #expect(found.map(\.text) == ["rollback", "errors settle", "resolved"])
    #expect(found.map(\.isApproximate) == [false, true, false])
  }

  /// A short timeline first and a detailed one in an appendix: the detailed one, with the most
  /// lines, is the timeline; of two as long, the first.
  @Test func theFullerOfTwoTimelines() throws {
    let document = TestSupport.parse(
      """
      **Date:** 2024-03-02

      ## Timeline (summary)

      - 14:05 UTC deploy
      - 15:10 UTC resolved

      ## Appendix

      ### Detailed timeline

      All times UTC.

      - 14:05 deploy
      - 14:12 alert
      - 15:10 resolved
      """)
    #expect(document.timeline?.title == "Detailed timeline")
    #expect(document.timeline?.entries.map(\.milestone) == [nil, .detected, .resolved])
    let even = TestSupport.parse("## Timeline\n\n- 14:05 UTC a\n\n## Timeline again\n\n- 15:05 UTC b\n")
    #expect(even.timeline?.title == "Timeline")
  }

  /// A zone only the first entry names ("14:05 PST deploy starts", then bare times) holds for the
  /// times after it when nothing else in the document names one; a note still wins, and a zone
  /// first named further down holds for no earlier time.
  @Test func theFirstEntrysZoneHoldsForTheBareTimesAfterIt() throws {
    let first = try #require(
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n- 14:05 PST deploy\n- 14:10 alert\n").timeline)
    #expect(first.timezone?.identifier == "America/Los_Angeles" && first.timezone?.source == .entries)
    #expect(first.entries.map(\.timestamp) == ["2024-03-02T14:05:00-08:00", "2024-03-02T14:10:00-08:00"])
    let noted = try #require(
      TestSupport.parse(
        "All times are Pacific Time.\n\n**Date:** 2024-03-02\n\n## Timeline\n\n- 14:05 UTC deploy\n- 14:10 alert\n"
      ).timeline)
    #expect(noted.entries.map(\.timestamp) == ["2024-03-02T14:05:00Z", "2024-03-02T14:10:00-08:00"])
    let later = try #require(
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n- 14:05 deploy\n- 14:10 PST alert\n").timeline)
    #expect(later.timezone == nil && later.entries.first?.timestamp == nil)
  }

  @Test func bulletsWithZoneNote() throws {
    let document = TestSupport.parse(
      """
      **Date:** 2024-03-02

      ## Timeline

      All times UTC.

      - 14:05 - deploy starts
      - 14:12 — alert fires
      - ~14:20 approximately: on-call acknowledges
      - [???] customer reports start arriving
      """)
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "UTC")
    #expect(timeline.timezone?.source == .note)
    #expect(timeline.entries.map(\.time) == ["14:05", "14:12", "~14:20", "[???]"])
    #expect(timeline.entries.map(\.status) == [.resolved, .resolved, .resolved, .unrecognized])
    #expect(timeline.entries[2].isApproximate)
    #expect(timeline.entries[2].text == "approximately: on-call acknowledges")
    #expect(timeline.entries[0].timestamp == "2024-03-02T14:05:00Z")
    #expect(timeline.entries[1].milestone == .detected)
    #expect(timeline.entries[3].text == "customer reports start arriving")
  }

  /// A note that names another zone before the word "times" ("Our team is in EST but all times
  /// below are UTC") gives the times the zone after it; one zone, or the first after "times",
  /// as before.
  @Test func aZoneNoteNamingTwoZones() {
    func zone(_ note: String) -> String? {
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n\(note)\n\n- 14:05 alert\n").timeline?.timezone?
        .identifier
    }
    #expect(zone("Our team is in EST but all times below are UTC.") == "UTC")
    #expect(zone("Times in UTC (local CEST in brackets).") == "UTC")
    #expect(zone("All times Pacific, converted from UTC logs.") == "America/Los_Angeles")
  }

  @Test func tableWithZoneInHeader() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        ## Timeline

        | Time (UTC) | Event |
        |---|---|
        | 2024-03-02 14:05 | deploy starts |
        | 2024-03-02 14:30 | rollback complete, impact mitigated |
        """
      ).timeline)
    #expect(timeline.timezone?.identifier == "UTC")
    #expect(timeline.timezone?.source == .tableHeader)
    #expect(timeline.entries.map(\.timestamp) == ["2024-03-02T14:05:00Z", "2024-03-02T14:30:00Z"])
    #expect(timeline.entries.map(\.text) == ["deploy starts", "rollback complete, impact mitigated"])
    #expect(timeline.entries.map(\.line) == [5, 6])
    #expect(timeline.entries[1].milestone == .mitigated)
  }

  /// Atlassian-style tables put the phase in a Status column and what happened in Description:
  /// the entry keeps both, so its text reads whole and its milestone is found.
  @Test func tableWithStatusAndDescriptionColumns() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-03-02

        ## Timeline

        | Time (UTC) | Status | Description | Owner |
        |---|---|---|---|
        | 14:05 | Incident start | Config deployed | ana |
        | 14:12 | | Alert fired | bo |
        | 15:40 | Resolved | Errors back to baseline | ana |
        """
      ).timeline)
    #expect(
      timeline.entries.map(\.text) == [
        "Incident start — Config deployed", "Alert fired", "Resolved — Errors back to baseline",
      ])
    #expect(timeline.entries.map(\.milestone) == [.started, .detected, .resolved])
  }

  /// Dates written without a year take the year that puts them nearest the date in force; they
  /// count before a time or alone on a line, never in prose ("May 5 servers failed").
  @Test func datesWithoutAYear() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-12-31

        ## Timeline (UTC)

        - Dec 31, 23:50 - deploy
        - Jan 1 00:10 - alert
        - 01/01 at 00:30 - rollback
        - 1st Jan 00:40 - resolved
        - May 5 servers failed
        - 10.03 deploy
        """
      ).timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2024-12-31T23:50:00Z", "2025-01-01T00:10:00Z", "2025-01-01T00:30:00Z", "2025-01-01T00:40:00Z", nil, nil,
      ])
    #expect(
      timeline.entries.map(\.time) == ["Dec 31, 23:50", "Jan 1 00:10", "01/01 at 00:30", "1st Jan 00:40", "", "10.03"])
    #expect(timeline.entries.map(\.text).prefix(2) == ["deploy", "alert"])
  }

  @Test(arguments: [
    ("Mar 2", 3, 2), ("March 2nd", 3, 2), ("2 Mar", 3, 2), ("2nd of March", 3, 2), ("03/02", 3, 2),
    ("25/12", 12, 25), ("02.03", 3, 2), ("Sat, Mar 2", 3, 2), ("26.11.", 11, 26),
  ])
  func yearlessForms(_ text: String, _ month: Int, _ day: Int) throws {
    let tokens = TextToken.tokenize(Substring(text))
    var index = 0
    let found = try #require(DateParser.scanYearless(tokens, at: &index))
    #expect(found == TimeExpression.MonthDay(month: month, day: day) && index == tokens.count)
  }

  /// A word that only names a pager, an alarm or a synthetic test marks nothing.
  @Test(arguments: [
    "Errors began on the replica pager", "Pager rotation updated", "Alarm thresholds reviewed",
    "Fix merged with a synthetic test",
  ])
  func notMilestones(_ text: String) {
    #expect(MilestoneDetector().detect(text) != .detected, "\(text)")
  }

  /// The start of the responders' own work, or of work a log names without its subject ("Bot
  /// restarts. Begins candle replay."), is not the incident's start; errors beginning still are.
  @Test func workThatBeginsIsNoStart() {
    for text in [
      "Bot starts successfully (PID 5696). Begins candle replay.", "GeeGee stops bot. Damage assessment begins.",
      "Postmortem review begins", "Began deploy of v2 to canaries",
    ] {
      #expect(MilestoneDetector().detect(text) == nil, "\(text)")
    }
    for text in ["Errors began", "Began seeing errors on checkout", "Checkout errors begin. Pager fires later."] {
      #expect(MilestoneDetector().detect(text) == .started, "\(text)")
    }
  }

  /// A database failover told in a log's words: the primary stops answering, a replica is
  /// promoted, the clients come back.
  @Test func aFailoverToldInALogsWords() {
    #expect(MilestoneDetector().detect("redis-primary-1 stops responding") == .started)
    #expect(MilestoneDetector().detect("API pods became unresponsive") == .started)
    #expect(MilestoneDetector().detect("sentinel promotes replica") == .mitigated)
    #expect(MilestoneDetector().detect("all clients reconnected") == .resolved)
    #expect(MilestoneDetector().detect("Verified that the exceptions stopped") == .resolved)
    #expect(MilestoneDetector().detect("replica not promoted yet") == nil)
  }

  /// A way back that a clause after it says did not hold marks nothing; one after such a clause
  /// still does.
  @Test func aWayBackThatDidNotHold() {
    for text in [
      "Rollback completed, but issue persisted.", "Resolved several configuration issues, but VM remained inaccessible",
      "Restarted the pods; however, errors recurred", "Reverted the config, but the health check failed",
    ] {
      #expect(MilestoneDetector().detect(text) == nil, "\(text)")
    }
    #expect(MilestoneDetector().detect("Errors persisted, but the rollback restored service") == .resolved)
    #expect(MilestoneDetector().detect("Rollback completed, but monitoring continues") == .mitigated)
    #expect(MilestoneDetector().detect("Rollback completed and errors dropped") == .mitigated)
  }

  /// A chat log pasted as the timeline says what it does as it does it: "mo.chen: resolving the
  /// incident" closes it, as "closed the incident" does.
  @Test(arguments: ["mo.chen: resolving the incident", "IC closes the incident", "closing the incident in PagerDuty"])
  func chatLogClosings(_ text: String) {
    #expect(MilestoneDetector().detect(text) == .resolved, "\(text)")
  }

  /// Work towards recovery is not the recovery.
  @Test(arguments: ["Trying to recover the replica", "Attempt to recover the primary failed"])
  func recoveryWorkIsNoResolution(_ text: String) {
    #expect(MilestoneDetector().detect(text) != .resolved, "\(text)")
  }

  /// A time alone on its bullet with bullets under it that carry no times: they tell what
  /// happened then, as under a bold time.
  @Test func bulletsUnderATimeAloneAreItsEvent() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-02-10

        ## Timeline (PST)

        - 09:02
          - Deploy of worker v2 starts
        - 09:10
          - Queue depth climbing
          - Alert fires in #oncall
        - 09:40 rollback completed
          - took 3 minutes
        - 10:05:
          - Queue drained, resolved
        """
      ).timeline)
    #expect(
      timeline.entries.map(\.text) == [
        "Deploy of worker v2 starts", "Queue depth climbing; Alert fires in #oncall", "rollback completed",
        "Queue drained, resolved",
      ])
    #expect(timeline.entries.map(\.milestone) == [nil, .detected, .mitigated, .resolved])
    #expect(MilestoneDetector().detect("alice: declaring an incident") == .detected)
    #expect(MilestoneDetector().detect("docbrown receives pager storm, ManyHttp500s from all clusters") == .detected)
  }

  /// Google Docs' Markdown export escapes the bullets of a timeline typed as text
  /// ("\- 09:10 \- …"): the lines are a paragraph's, each still an entry at its time.
  @Test func escapedBulletsAreEntries() throws {
    let timeline = try #require(
      TestSupport.parse(
        #"""
        **Date:** 2024\-04\-09

        ## **Timeline (UTC)**

        \- 09:10 \- storage quota reached; uploads start failing
        \- 09:18 \- alert fires
        • 09:40 – quota raised, mitigated
        \- 3 retries were not enough
        """#
      ).timeline)
    #expect(
      timeline.entries.map(\.timestamp) == ["2024-04-09T09:10:00Z", "2024-04-09T09:18:00Z", "2024-04-09T09:40:00Z"])
    #expect(
      timeline.entries.map(\.text) == [
        "storage quota reached; uploads start failing", "alert fires",
        "quota raised, mitigated 3 retries were not enough",
      ])
    #expect(timeline.entries.map(\.line) == [5, 6, 7])
    // Each where its time stands in the source: after the backslash and the dash, or the "•".
    #expect(timeline.entries.map(\.column) == [4, 4, 3])
  }

  /// A document that states no day still crosses midnight: a clock that goes back by half a day
  /// or more is the next day, as where the day is known; a smaller step back is out of order.
  @Test func midnightWithoutADay() {
    let order = { (text: String) in TestSupport.lint(text).filter { $0.rule == "timeline-order" }.map(\.line) }
    #expect(order("# T\n\n## Timeline\n\nAll times UTC.\n\n- 23:50 job starts\n- 00:10 job stalls\n").isEmpty)
    #expect(
      order(
        "# T\n\n## Timeline\n\n| Date | Time (UTC) | Event |\n|---|---|---|\n| Mon 3 Jun | 17:02 | rebuild |\n"
          + "| | 23:50 | degraded |\n| Tue 4 Jun | 00:30 | back to baseline |\n"
      ).isEmpty)
    #expect(
      order("# T\n\n## Timeline\n\nAll times UTC.\n\n- 14:30 warm\n- 14:03 alert\n- 14:40 rollback\n- 03:10 late\n")
        == [8, 10])
  }

  /// An incident tool's status change marks what it changed to, not what it changed from.
  @Test(arguments: [
    ("Status changed from Triage to Investigating", Milestone.detected),
    ("Status changed from Investigating to Monitoring", .mitigated),
    ("Status changed from Monitoring to Closed", .resolved), ("Status moved from Fixing to Resolved", .resolved),
    ("Status changed to Monitoring", .mitigated),
  ])
  func statusChanges(_ text: String, _ milestone: Milestone) {
    #expect(MilestoneDetector().detect(text) == milestone, "\(text)")
  }

  /// Part of the way back is a mitigation; all of it, or an empty backlog, is the resolution.
  @Test(arguments: [
    ("Backlog drained by 50%", Milestone.mitigated), ("Traffic recovered to ~80 %", .mitigated),
    ("Resolved for 40% of users", .mitigated), ("Backlog drained", .resolved),
    ("Error rate recovered to 100%", .resolved),
    ("Backlog empty; deliveries on time", .resolved), ("Recovered at 14:05", .resolved),
    ("Metadata refreshed; logins succeed again for most customers", .mitigated),
    ("Service restored for all customers", .resolved),
  ])
  func partialRecoveryIsAMitigation(_ text: String, _ milestone: Milestone) {
    #expect(MilestoneDetector().detect(text) == milestone, "\(text)")
  }

  /// The start of a change (the trigger, before any impact) or of the team's response is no
  /// start of the incident.
  @Test(arguments: [
    "Deploy of auth v5 begins", "Resolver fleet rollout begins", "Investigation and recovery began", "ロールバック開始",
    "Deploys of auth v5 begin", "Node upgrades begin",
  ])
  func startsThatAreNotTheIncidents(_ text: String) {
    #expect(MilestoneDetector().detect(text) == nil, "\(text)")
  }

  /// A rollback begun is no mitigation yet, in French as in English.
  @Test(arguments: ["Rollback started", "Retour arrière lancé"])
  func aRollbackBegunIsNoMitigation(_ text: String) {
    #expect(MilestoneDetector().detect(text) != .mitigated, "\(text)")
  }

  /// Work in progress is no milestone reached, whatever words its phrase shares with one.
  @Test func workInProgressIsNoMitigation() {
    #expect(MilestoneDetector().detect("The issue has been identified and a fix is being implemented") == nil)
    #expect(MilestoneDetector().detect("The rollback was not completed") != .mitigated)
  }

  /// The team beginning its work is not the incident beginning.
  @Test(arguments: [
    "Engineers began developing a plan to resolve data inconsistencies", "The team began rolling back the change",
    "Recovery from the staging snapshot begins", "Restore of the primary database began",
    "Index subsystem restart begins", "Placement subsystem begins recovery", "Errors began dropping",
    "Latency started to recover", "Queue depth began decreasing", "Engineers begin investigating",
    "Database restores begin", "Replicas begin to recover",
  ])
  func responseThatBeganIsNotTheStart(_ text: String) {
    #expect(MilestoneDetector().detect(text) != .started, "\(text)")
  }

  @Test(arguments: ["Feb 30", "13/13", "1/2/3", "14:05", "Mar", "May the 4th"])
  func notYearless(_ text: String) {
    var index = 0
    #expect(DateParser.scanYearless(TextToken.tokenize(Substring(text)), at: &index) == nil)
  }

  @Test(arguments: [
    ("Incident start", Milestone.started), ("Outage starts in eu-west", .started),
    ("Failover completed, errors drop", .mitigated), ("Errors drop after the rollback", .mitigated),
    ("Config reverted", .mitigated), ("Revert deployed, errors dropping", .mitigated),
    ("Pager fired for 502s", .detected), ("CloudWatch alarm fired on p99", .detected),
    ("Error rate back to baseline", .resolved), ("Latency returned to normal", .resolved),
    ("Incident declared.", .detected), ("mara declares an incident", .detected),
    ("Builder service began failing", .started), ("Latency began climbing", .started),
    ("Certificate expires; TLS errors begin", .started), ("Synthetic check pages on-call", .detected),
    ("p99 latency starts climbing", .started), ("Errors started to climb", .started),
    ("Latency began to rise", .started), ("Revert of PAY-881 deployed", .mitigated),
    ("We are currently investigating this issue", .detected), ("A fix has been implemented", .mitigated),
    ("The migration began and errors began", .started), ("Monitoring detects packet loss", .detected),
    ("Resolution confirmed, all queries succeeding", .resolved), ("Checkout back online", .resolved),
    ("Pods healthy again", .resolved), ("Ana closed the incident", .resolved),
    ("Support escalates — incident opened", .detected),
    ("the global kill was executed and traffic began returning to normal", .mitigated),
    ("traffic levels and CPU were back to expected levels", .resolved), ("latency recovering", .mitigated),
    ("traffic shifted to eu-west-2", .mitigated), ("Error rate started recovering", .mitigated),
    ("Status changed to Monitoring", .mitigated), ("Status changed to Closed", .resolved),
    ("support ticket: search shows old prices", .detected),
    ("on-call (kim) acks", .detected), ("Support escalates spike in login complaints", .detected),
    ("synthetic check fails", .detected), ("Synthetics alert: checkout flow failing", .detected),
    ("page to on-call", .detected), ("lag back to zero", .resolved),
    ("Mitigation: cache TTL raised", .mitigated), ("Detection: dashboards only", .detected),
    ("Resolution: TTL set back", .resolved), ("Rolled back to v2.2", .mitigated),
    // A template's phase tags win over the words after them.
    ("(Mitigation) Pool size restored", .mitigated), ("[Detection] Customer reports errors", .detected),
    ("(Recovery) Replicas caught up", .resolved),
    ("Pages firing for api-gateway", .detected), ("War room opened", .detected), ("SEV1 declared", .detected),
    ("Declared SEV2", .detected), ("The outage was declared over", .resolved), ("All metrics green", .resolved),
    ("Error rates returned to pre-incident levels", .resolved), ("Full recovery", .resolved),
    ("Incident over", .resolved), ("Confirmed resolution with customers", .resolved),
    ("Mitigation in place", .mitigated), ("Hotfix rolled out", .mitigated), ("Rolled out the fix", .mitigated),
    // Auxiliary verbs inside a phrase.
    ("The rollback had completed", .mitigated), ("The fix was deployed", .mitigated),
    ("Service has been restored", .resolved), ("Traffic was shifted to eu-west-1", .mitigated),
    ("the backlog was fully drained", .resolved), ("The rollback has been successfully completed", .mitigated),
    // Spanish, French, German and Portuguese timelines.
    ("Servicio restablecido", .resolved), ("Incident détecté par la supervision", .detected),
    ("Fehler behoben", .resolved), ("Comienza el despliegue", .started), ("Cambio revertido", .mitigated),
    ("Retour arrière effectué", .mitigated), ("Reversión completada", .mitigated),
    ("Version zurückgerollt", .mitigated),
    // Japanese, Chinese and Korean, written without spaces between words.
    ("アラート発報", .detected), ("サービス復旧", .resolved), ("回滚完成", .mitigated), ("장애 발생", .started),
    ("告警触发", .detected), ("Impact started", .started), ("Fixed", .mitigated),
    // Alarms and monitors firing, rates back to normal, errors spiking.
    ("SERVFAIL rate alarm fires", .detected), ("api-5xx-rate monitor fires", .detected),
    ("error rate normal", .resolved), ("5xx rates normal again", .resolved),
    ("login error rate spikes", .started), ("rollback finished", .mitigated), ("All good", .resolved),
    ("autoscaler re-enabled, queue drains", .resolved),
    ("Rollback done, errors dropping", .mitigated),
    ("API recovers", .resolved), ("Checkout errors stop", .resolved), ("Logins succeed again", .resolved),
    ("cache purge complete, errors gone", .resolved), ("5xx errors subsided", .resolved),
    ("503s begin climbing on the API dashboards", .started), ("Consumer lag starts growing", .started),
    ("Error rate back under 0.1%. Monitoring.", .resolved), ("p99 back below the SLO", .resolved),
    ("Pagos restablecidos", .resolved), ("Services rétablis", .resolved), ("Se declara incidente", .detected),
    ("Incident déclaré", .detected), ("Priya declares SEV2; investigation begins.", .detected),
    ("drops stopped", .resolved), ("Pod crashes stopped", .resolved),
    ("Webhook endpoint starts returning 500", .started), ("Webhooks succeeding again", .resolved),
    ("Finance notices missing invoices", .detected), ("Job disabled; purge stops", .mitigated),
    ("We paused the job", .mitigated), ("Migration killed", .mitigated), ("killed the query", .mitigated),
    ("Writes recover", .resolved), ("Payments recover after the failover", .resolved),
    ("Certificate renewed, client restarted; deliveries resume", .resolved), ("processing resumed", .resolved),
    ("comienzan los errores en el servicio de pagos", .started), ("se revierte el despliegue", .mitigated),
    ("début des erreurs 502", .started), ("Fehlerrate steigt stark an", .started), ("rollback concluído", .mitigated),
    ("iniziano gli errori", .started), ("rollback completato", .mitigated), ("foutpercentage stijgt", .started),
    ("alarm gaat af", .detected), ("cache réchauffé, latence revenue à la normale", .resolved),
    ("el tráfico volvió a la normalidad", .resolved), ("Latenz wieder normal", .resolved),
  ])
  func milestonePhrases(_ text: String, _ milestone: Milestone) {
    #expect(MilestoneDetector().detect(text) == milestone, "\(text)")
  }

  /// A timeline that writes AM/PM on some times and leaves it off others means each bare time in
  /// the half of the day nearer the entry before; a timeline that never writes AM/PM keeps them.
  @Test func twelveHourClockWrittenOnce() throws {
    func times(_ lines: String) throws -> [String?] {
      try entries("**Date:** 2024-05-02\n\n## Timeline (UTC)\n\n" + lines).map {
        $0.timestamp.map { String($0.dropFirst(8).prefix(8)) }
      }
    }
    #expect(
      try times("- 11:50 AM deploy\n- 12:10 errors begin\n- 1:05 rollback\n- 1:30 resolved\n")
        == ["02T11:50", "02T12:10", "02T13:05", "02T13:30"])
    #expect(try times("- 11:50 PM deploy\n- 12:10 errors\n- 1:05 resolved\n") == ["02T23:50", "03T00:10", "03T01:05"])
    // Out of order stays out of order.
    #expect(try times("- 2:05 PM a\n- 2:20 PM b\n- 2:10 c\n") == ["02T14:05", "02T14:20", "02T14:10"])
    #expect(try times("- 12:25 a\n- 1:05 b\n") == ["02T12:25", "02T01:05"])
    #expect(try times("- 11:50 AM a\n- 09:05 b\n- 1:05 PM c\n") == ["02T11:50", "02T09:05", "02T13:05"])
    // A new day's heading starts afresh.
    #expect(
      try times("- 11:50 PM a\n- 12:40 b\n\n### 2024-05-03\n\n- 11:05 c\n") == ["02T23:50", "03T00:40", "03T11:05"])
  }

  /// A monthly report names the year in its title and the day without it: the timeline falls on
  /// that day. A day of another month, or a title without a year, places nothing.
  @Test func monthlyReportDay() throws {
    let report = """
      # March 2024 availability report

      **March 3 20:53 UTC (lasting 56 minutes)**

      On March 3 at 20:53 UTC, Codespaces creation failed.

      ## Timeline

      | Time (UTC) | Event |
      | --- | --- |
      | 20:53 | Error rate climbs |
      | 21:49 | Recovered |
      """
    #expect(try entries(report).map(\.timestamp) == ["2024-03-03T20:53:00Z", "2024-03-03T21:49:00Z"])
    let otherMonth = report.replacingOccurrences(of: "**March 3", with: "**April 3")
      .replacingOccurrences(of: "On March 3", with: "On April 3")
    #expect(try entries(otherMonth).map(\.timestamp) == [nil, nil])
    let noYear = report.replacingOccurrences(of: "March 2024", with: "March")
    #expect(try entries(noYear).map(\.timestamp) == [nil, nil])
  }

  /// A note beside a time that it is on the next day places it there, even where the clock
  /// does not go back far enough to show it, and is no part of the event.
  @Test func nextDayMarks() throws {
    let entries = try entries(
      """
      **Date:** 2024-05-02

      ## Timeline (UTC)

      - 20:10 batch starts
      - 09:05 (next day) batch paused
      - 09:40 [+1d] resolved
      - 10:00 (+5m) all clear
      """)
    #expect(entries.map(\.date?.description) == ["2024-05-02", "2024-05-03", "2024-05-03", "2024-05-03"])
    #expect(entries.map(\.text) == ["batch starts", "batch paused", "resolved", "all clear"])
    #expect(entries.map(\.time) == ["20:10", "09:05", "09:40", "10:00"])
  }

  /// A time noted as the night before ("21:01 (prev. night)") is on the day before the
  /// document's, and the morning after it is that day, not the next; a time to the minute after
  /// one to the second in that minute ("06:17:55" then "06:17") is no step back.
  @Test func previousDayMarksAndMinutesAfterSeconds() throws {
    let text = """
      **Date:** 2026-09-28

      ## Timeline (PDT)

      | Time | Event |
      |---|---|
      | 21:01 (prev. night) | App container started |
      | 05:30–06:10 | Kiosk on the menu |
      | 06:17:55 | Session ends by itself |
      | 06:17 | Server relays no broadcasts that minute |
      | 06:16 | Recovery attempt |
      """
    let found = try entries(text)
    #expect(
      found.map(\.timestamp) == [
        "2026-09-27T21:01:00-07:00", "2026-09-28T05:30:00-07:00", "2026-09-28T06:17:55-07:00",
        "2026-09-28T06:17:00-07:00", "2026-09-28T06:16:00-07:00",
      ])
    #expect(found.first?.text == "App container started")
    #expect(TestSupport.lint(text).filter { $0.rule == "timeline-order" }.map(\.line) == [11])
  }

  @Test func tableWithDayColumnCrossesMidnight() throws {
    let entries = try entries(
      """
      **Date:** 2024-06-10

      ## Timeline

      All times in UTC.

      | Day | Time | Event |
      |---|---|---|
      | Mon | 23:50 | job starts |
      | Tue | 00:10 | job stalls |
      | Tue | 00:40 | job killed |
      """)
    #expect(entries.map(\.date?.description) == ["2024-06-10", "2024-06-11", "2024-06-11"])
    #expect(
      entries.map { $0.timestamp.map { String($0.prefix(16)) } } == [
        "2024-06-10T23:50", "2024-06-11T00:10", "2024-06-11T00:40",
      ])
  }

  @Test func googleSREDateLinesInOneParagraph() throws {
    let document = TestSupport.parse(
      """
      ## Timeline

      2015-10-21 (all times UTC)
      14:51 News reports that the launch is imminent
      14:53 Traffic climbs 88x ... OUTAGE BEGINS
      15:23 Load shed ... OUTAGE MITIGATED
      2015-10-22
      00:05 Caches warm ... OUTAGE ENDS
      """)
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "UTC")
    #expect(timeline.entries.count == 4)
    #expect(timeline.entries.map(\.milestone) == [nil, .started, .mitigated, .resolved])
    #expect(timeline.entries.last?.timestamp == "2015-10-22T00:05:00Z")
    #expect(timeline.entries.map(\.line) == [4, 5, 6, 8])
  }

  /// Flutter's template marks the outage's ends in capitals in angle brackets (`**<START OF
  /// OUTAGE>**`, written `&lt;…&gt;`); its zone note names both halves of the year ("PST/PDT"),
  /// which is the zone whatever the date: no daylight-time warning in March. A length from the
  /// first entry (the change that broke it) to the end agrees with the timeline.
  @Test func flutterOutageMarkersAndAZoneNamedByBothHalvesOfTheYear() throws {
    let text = """
      # Flutter postmortem: engine roll broke iOS release builds

      Date/time: 2024-03-11 14:44<br>
      Duration: 18 hours 28 minutes<br>

      ## Timeline (all times in PST/PDT)

      ### 2024-03-11

      14:44 - engine roll lands on master<br>
      15:10 - beta channel cut from master **&lt;START OF OUTAGE&gt;**<br>
      17:32 - first issue filed

      ### 2024-03-12

      09:12 - revert published to beta **&lt;END OF OUTAGE&gt;**
      """
    let timeline = try #require(TestSupport.parse(text).timeline)
    #expect(timeline.entries.map(\.milestone) == [nil, .started, nil, .resolved])
    #expect(timeline.timezone?.identifier == "America/Los_Angeles" && timeline.timezone?.abbreviation == "PST/PDT")
    #expect(timeline.entries.first?.timestamp == "2024-03-11T14:44:00-07:00")
    let rules = Set(TestSupport.lint(text).map(\.rule))
    #expect(rules.isDisjoint(with: ["timeline-timezone", "duration-mismatch"]))
    // One half alone still says which offset the times carry, and a stated length neither end
    // measures still disagrees.
    let standard = TestSupport.lint(text.replacingOccurrences(of: "PST/PDT", with: "PST"))
    #expect(standard.contains { $0.rule == "timeline-timezone" && $0.message.hasPrefix("'PST' is not in effect") })
    let other = TestSupport.lint(text.replacingOccurrences(of: "18 hours 28 minutes", with: "17 hours"))
    #expect(other.contains { $0.rule == "duration-mismatch" })
    // "CST/CDT" is the US Central zone, not China's.
    let central = TestSupport.parse("**Date:** 2024-07-01\n\n## Timeline (CST/CDT)\n\n- 14:00 alert fires\n")
    #expect(
      central.timeline?.timezone?.identifier == "America/Chicago" && central.timeline?.timezone?.isAmbiguous == false)
    #expect(central.timeline?.entries.first?.timestamp == "2024-07-01T14:00:00-05:00")
  }

  /// A date whose note in brackets is followed by an event ("**2026-07-07 (next day)** — we
  /// published the advisory") is an entry (reported for its missing time), not a day heading
  /// that swallows it; a date with only its note is still a day heading.
  @Test func aDateWithANoteAndAnEventIsAnEntry() throws {
    let text = """
      ## Timeline (UTC+8)

      - **2026-07-06 23:00** — A user reported the exploit.
      - **2026-07-07 (next day)** — Given the severity, we published this advisory.
      - 2026-07-08 (all times UTC+8)
      - 10:00 Advisory updated
      """
    let entries = try #require(TestSupport.parse(text).timeline?.entries)
    #expect(entries.map(\.line) == [3, 4, 6])
    #expect(entries[1].text.contains("Given the severity") && entries[1].timestamp == nil)
    #expect(entries[2].timestamp == "2026-07-08T10:00:00+08:00")
    #expect(TestSupport.lint(text).contains { $0.rule == "timeline-time" && $0.line == 4 })
  }

  @Test func nestedDateBullets() throws {
    let entries = try entries(
      """
      ## Timeline (PDT)

      - 2024-07-15
        - 23:40 deploy starts
        - 23:55 errors begin
      - 2024-07-16
        - 00:20 rollback
      """)
    #expect(
      entries.map(\.timestamp) == [
        "2024-07-15T23:40:00-07:00", "2024-07-15T23:55:00-07:00", "2024-07-16T00:20:00-07:00",
      ])
  }

  /// A timeline told as prose: each sentence or clause that opens with a time is an entry of its
  /// own, at its column ("At 14:12, alerts fired", ", and at 14:52 …"), and so is a sentence with
  /// its time inside ("acknowledged at 14:15"), cut at "and" before a second one.
  @Test func sentencesOpeningWithTimesInProse() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-03-02

        ## Timeline

        At 14:05 UTC, a deploy of the payments service started. At 14:12, alerts fired for 5xx rates. The on-call engineer acknowledged at 14:15 and began investigating.

        By 14:40 the rollback had completed, and at 14:52 error rates were back to normal.
        """
      ).timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2024-03-02T14:05:00Z", "2024-03-02T14:12:00Z", "2024-03-02T14:15:00Z", "2024-03-02T14:40:00Z",
        "2024-03-02T14:52:00Z",
      ])
    #expect(timeline.entries.map { [$0.line, $0.column] } == [[5, 1], [5, 57], [5, 95], [7, 1], [7, 42]])
    #expect(
      timeline.entries.map(\.text) == [
        "a deploy of the payments service started.", "alerts fired for 5xx rates.",
        "The on-call engineer acknowledged at 14:15 and began investigating.",
        "the rollback had completed", "error rates were back to normal.",
      ])
    // A sentence wrapped across lines is read whole; two times in it are two clauses, and a
    // sentence with no time goes on with the entry before it.
    let wrapped = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-03-02

        ## Timeline

        At 14:35 we identified the change as the cause and began rolling it back. We paged the
        database team. The rollback completed at 15:20, and error rates returned to
        normal by 15:47.
        """
      ).timeline)
    #expect(wrapped.entries.map(\.timeOfDay?.description) == ["14:35", "15:20", "15:47"])
    #expect(wrapped.entries.map { [$0.line, $0.column] } == [[5, 1], [6, 16], [6, 53]])
    #expect(
      wrapped.entries.map(\.text) == [
        "we identified the change as the cause and began rolling it back. We paged the database team.",
        "The rollback completed at 15:20", "error rates returned to normal by 15:47.",
      ])
    #expect(wrapped.entries.map(\.milestone).suffix(2) == [.mitigated, .resolved])
    // A time inside a sentence that goes back recalls an earlier moment: no entry of its own.
    let recalled = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-03-02

        ## Timeline

        At 14:30 alerts fired. We found the cause at 14:35, but the deploy had started at 13:58.
        The rollback completed at 15:20.
        """
      ).timeline)
    #expect(recalled.entries.map(\.timeOfDay?.description) == ["14:30", "14:35", "15:20"])
    #expect(recalled.entries[1].text == "We found the cause at 14:35, but the deploy had started at 13:58.")
    // A line that opens with a time starts an entry, with no full stop on the line before.
    let lines = try #require(
      TestSupport.parse(
        "**Date:** 2024-03-02\n\n## Timeline\n\n14:05 deploy started\n14:12 alert fired\n"
          + "At 14:30 we rolled back and errors stopped at 14:41.\n"
      ).timeline)
    #expect(lines.entries.map(\.timeOfDay?.description) == ["14:05", "14:12", "14:30"])
    #expect(lines.entries.map(\.text).prefix(2) == ["deploy started", "alert fired"])
    #expect(lines.entries.map(\.line) == [5, 6, 7])
    // Under a time heading the paragraph is read line by line, as a heading's own text would be.
    let headed = try #require(
      TestSupport.parse(
        "**Date:** 2024-03-02\n\n## Timeline\n\n### 14:05 UTC\n\nAt 14:05 the deploy started. Errors rose at 14:07.\n"
      ).timeline)
    // The heading's time said again in its paragraph is the heading's entry, told there; another
    // time starts its own.
    #expect(headed.entries.map(\.timeOfDay?.description) == ["14:05"])
    #expect(headed.entries.map(\.text) == ["the deploy started. Errors rose at 14:07."])
    let other = try #require(
      TestSupport.parse("**Date:** 2024-03-02\n\n## Timeline\n\n### 14:05 UTC\n\nAt 14:09 the alert fired.\n").timeline)
    #expect(other.entries.map(\.timeOfDay?.description) == ["14:05", "14:09"])
    #expect(TimelineParser.sentencesOpeningWithTimes("v2.1. 14 pods restarted.", column: 1).count == 1)
  }

  @Test func headingPerTime() throws {
    let entries = try entries(
      """
      **Date:** 2024-05-01

      ## Timeline

      ### 14:05 UTC

      Deploy starts.

      ### 14:40 UTC

      Service restored.
      """)
    #expect(entries.map(\.text) == ["Deploy starts.", "Service restored."])
    #expect(entries.map(\.zone) == ["UTC", "UTC"])
    #expect(entries.last?.milestone == .resolved)
    #expect(entries.first?.timestamp == "2024-05-01T14:05:00Z")
  }

  @Test func boldTimestampParagraphs() throws {
    let entries = try entries(
      """
      Date: 2024-07-15

      ## Timeline

      **2:05 PM PDT** Deploy starts

      *2:30 PM PDT* Error budget alert fires
      """)
    #expect(entries.map(\.timestamp) == ["2024-07-15T14:05:00-07:00", "2024-07-15T14:30:00-07:00"])
    #expect(entries.map(\.text) == ["Deploy starts", "Error budget alert fires"])
    // A definition list: the time, then the event after ": " on the line under it.
    let defined = try self.entries(
      "Date: 2024-07-15\n\n## Timeline (UTC)\n\n14:05\n: Deploy starts\n\n14:12\n: Alert fires\n")
    #expect(defined.map(\.text) == ["Deploy starts", "Alert fires"])
    #expect(defined.map(\.timestamp) == ["2024-07-15T14:05:00Z", "2024-07-15T14:12:00Z"])
    // A time alone, bold or as a heading, with bullets under it that say what happened then.
    let listed = try self.entries(
      "Date: 2024-07-15\n\n## Timeline\n\n**14:05Z**\n- Flush run against prod\n\n**14:09Z**\n- Hit rate collapses\n"
        + "- Alerts fire\n\n### 14:40 UTC\n\nCache warm.\n\n- DB load normal\n")
    #expect(
      listed.map(\.text) == ["Flush run against prod", "Hit rate collapses; Alerts fire", "Cache warm. DB load normal"])
    #expect(listed.map(\.timestamp) == ["2024-07-15T14:05:00Z", "2024-07-15T14:09:00Z", "2024-07-15T14:40:00Z"])
    #expect(listed.map(\.milestone) == [nil, .detected, .resolved])
    // Bullets with times of their own under a time are entries of their own.
    let own = try self.entries("Date: 2024-07-15\n\n## Timeline\n\n### 14:05 UTC\n\n- 14:06 deploy\n- 14:09 alert\n")
    #expect(own.map(\.text) == ["", "deploy", "alert"])
  }

  /// A wiki export writes a paragraph's lines on one source line with `<br>` between them: each is
  /// an entry, located where it starts; in a table cell `<br>` parts the words.
  @Test func linesJoinedByBreakTags() throws {
    let entries = try entries(
      """
      **Date:** 2024-03-02

      ## Timeline

      14:05 UTC deploy starts<br>14:10 UTC alert fires<BR/>14:41 UTC resolved

      | Time | Event |
      |---|---|
      | 15:00 UTC | follow-up<br />review |
      """)
    #expect(
      entries.map(\.timestamp) == [
        "2024-03-02T14:05:00Z", "2024-03-02T14:10:00Z", "2024-03-02T14:41:00Z",
        "2024-03-02T15:00:00Z",
      ])
    #expect(entries.map(\.text) == ["deploy starts", "alert fires", "resolved", "follow-up review"])
    #expect(entries.map(\.line) == [5, 5, 5, 9])
    #expect(entries.prefix(3).map(\.column) == [1, 28, 54])
    #expect(!MarkdownNode.isBreakTag("<b>") && !MarkdownNode.isBreakTag("<brr>") && MarkdownNode.isBreakTag("<br >"))
  }

  /// Lines pasted from a chat, a bracketed time then the speaker: entries, and their brackets are
  /// no template placeholders (a date placeholder in brackets still is).
  @Test func chatLinesWithBracketedTimes() throws {
    let markdown = """
      **Date:** 2024-06-03

      ## Timeline

      [10:02 AM] nina: lag alarm on orders-db-replica-2
      [10:31 AM] omar: killed the query, lag draining
      [2024-MM-DD 11:15] nina: lag back under 5s

      All times US/Eastern.
      """
    let document = TestSupport.parse(markdown)
    #expect(
      document.timeline?.entries.prefix(2).map(\.timestamp) == [
        "2024-06-03T10:02:00-04:00", "2024-06-03T10:31:00-04:00",
      ])
    #expect(document.timeline?.entries.first?.text == "nina: lag alarm on orders-db-replica-2")
    let placeholders = TestSupport.lint(markdown).filter { $0.rule == "template-placeholder" }
    #expect(placeholders.map(\.line) == [7])
  }

  /// A retrospective exported from an incident tool: a "Milestones" table names each row by its
  /// milestone alone, and the commander the details name owns the item that names them.
  @Test func aMilestonesTableIsTheTimeline() throws {
    let document = TestSupport.parse(
      """
      # Incident Retrospective: API errors

      **Commander:** Dana Lee

      ## Milestones

      | Milestone | Timestamp |
      |---|---|
      | Started | 2024-03-02 14:05:00 UTC |
      | Detected | 2024-03-02 14:10:00 UTC |
      | Mitigated | 2024-03-02 14:40:00 UTC |
      | Resolved | 2024-03-02 15:02:00 UTC |

      ## Tasks

      - [ ] Raise pool size (Dana Lee)
      """)
    let entries = try #require(document.timeline?.entries)
    #expect(entries.map(\.milestone) == [.started, .detected, .mitigated, .resolved])
    #expect(entries.first?.timestamp == "2024-03-02T14:05:00Z")
    #expect(document.actionItems.map(\.owner) == ["Dana Lee"])
    #expect(document.actionItems.map(\.title) == ["Raise pool size"])
    #expect(MilestoneDetector().detect("Rollback started") != .started)
  }

  /// A table whose date column names the zone (`| Date (UTC) | Time |`) reads its rows in it; a
  /// lessons table's columns named for the parts sort its cells into them.
  @Test func aDateColumnsZoneAndALessonsTable() throws {
    let document = TestSupport.parse(
      """
      **Date:** 2024-03-02

      ## Timeline

      | Date (UTC) | Time | Event |
      |---|---|---|
      | 2024-03-02 | 14:05 | Deploy starts |
      | 2024-03-02 | 14:40 | Resolved |

      ## Lessons learned

      | What went well | What went wrong | Where we got lucky |
      |---|---|---|
      | Fast rollback | No canary | Low traffic |
      | Clear comms | Alert too late | |

      ### Other lessons

      | Lesson | Follow-up |
      |---|---|
      | Canaries catch config changes | OPS-7 |
      """)
    #expect(document.timeline?.entries.map(\.timestamp) == ["2024-03-02T14:05:00Z", "2024-03-02T14:40:00Z"])
    let lessons = try #require(document.lessonsLearned)
    #expect(lessons.wentWell.map(\.text) == ["Fast rollback", "Clear comms"])
    #expect(lessons.wentWrong.map(\.text) == ["No canary", "Alert too late"])
    #expect(lessons.gotLucky.map(\.text) == ["Low traffic"] && lessons.gotLucky.first?.line == 14)
    #expect(lessons.other.map(\.text) == ["Canaries catch config changes"])
  }

  @Test func rolloverOnlyWhenPlausible() throws {
    let entries = try entries(
      """
      **Date:** 2024-01-31

      ## Timeline

      All times UTC

      - 22:00 batch starts
      - 23:30 batch slows
      - 01:15 batch fails
      - 00:50 paged
      """)
    // 23:30 → 01:15 crosses midnight; 01:15 → 00:50 is an ordering slip, not another day.
    #expect(entries.map(\.rolledOver) == [false, false, true, false])
    #expect(entries.map(\.date?.description) == ["2024-01-31", "2024-01-31", "2024-02-01", "2024-02-01"])
    let instants = entries.compactMap(\.epochSeconds)
    #expect(instants[3] < instants[2], "the out-of-order entry stays out of order for a rule to report")
  }

  @Test func unreadableTimesAreRecordedNotDropped() throws {
    let entries = try entries(
      """
      ## Timeline

      - 14.43 db failover
      - 13:06 PM deploy
      - 25:10 restart
      - --:-- unknown
      - Customer reports continue
      """)
    #expect(entries.count == 5)
    #expect(entries.allSatisfy { $0.status == .unrecognized })
    #expect(entries.map(\.time) == ["14.43", "13:06 PM", "25:10", "--:--", ""])
    #expect(entries[0].text == "db failover")
  }

  /// A bullet led by a date and no time keeps its day and the text after the date, and the rule
  /// asks for the time of day on that day; one with neither asks for a time.
  @Test func aDatedEntryWithoutATimeKeepsItsDay() throws {
    let text = """
      **Date:** 2024-03-12

      ## Timeline (UTC)

      - 2024-03-11: Deploy of the fix
      - 2024-03-12 14:00 errors
      - Engineers were engaged
      - 13.07 alert (a broken time, not the 13th of July)
      """
    let entries = try #require(TestSupport.parse(text).timeline?.entries)
    #expect(entries.map(\.date?.description) == ["2024-03-11", "2024-03-12", nil, nil])
    #expect(entries.map(\.text).prefix(3) == ["Deploy of the fix", "errors", "Engineers were engaged"])
    #expect(entries.map(\.status) == [.unrecognized, .resolved, .unrecognized, .unrecognized])
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(
      messages.prefix(2) == [
        "timeline entry on 2024-03-11 has no time of day; add it after the date, e.g. '2024-03-11 14:05'",
        "timeline entry has no time; start it with one, e.g. '14:05' or '2:05 PM'",
      ])
  }

  /// A timeline that writes its clock with a dot throughout ("14.05", as Danish, Finnish and
  /// Norwegian teams do) is read, once a minute past 12 shows it is no day and month; a lone dotted
  /// time among colons, or dotted times that could all be dates, stay unread for the rule.
  @Test func aTimelineWrittenWithDottedClocks() throws {
    let text = """
      **Date:** 2024-03-09

      ## Timeline (CET)

      - 14.00 alert fired for p99 latency
      - 14.05 on-call paged
      - 14.40 latency back to normal
      """
    let entries = try #require(TestSupport.parse(text).timeline?.entries)
    #expect(
      entries.map(\.timestamp) == [
        "2024-03-09T14:00:00+01:00", "2024-03-09T14:05:00+01:00", "2024-03-09T14:40:00+01:00",
      ])
    #expect(entries.map(\.status) == [.resolved, .resolved, .resolved])
    #expect(!TestSupport.lint(text).contains { $0.rule == "timeline-time" })
    let lone = TestSupport.parse(
      text.replacingOccurrences(of: "14.00", with: "14:00").replacingOccurrences(
        of: "14.05", with: "14:05"))
    #expect(lone.timeline?.entries.map(\.status) == [.resolved, .resolved, .unrecognized])
    let slips = TestSupport.parse(text + "\n- 14:50 all clear\n- 14:55 postmortem booked\n- 15:00 closed\n")
    #expect(slips.timeline?.entries.map(\.status).filter { $0 == .unrecognized }.count == 3)
    let mayBeDates = TestSupport.parse(text.replacingOccurrences(of: "14.40", with: "14.10"))
    #expect(mayBeDates.timeline?.entries.allSatisfy { $0.status == .unrecognized } == true)
  }

  /// A span of dotted clocks ("14.20–14.35 rollback") is one time: its start is the entry's and
  /// its end is no part of the event.
  @Test func aSpanOfDottedClocks() throws {
    let entries = try #require(
      TestSupport.parse(
        "**Date:** 2024-03-09\n\n## Timeline (CET)\n\n- 14.00 alert fired\n- 14.20–14.35 rollback\n"
          + "- 15.05 - 15.10 errors again\n"
      ).timeline?.entries)
    #expect(entries.map(\.text) == ["alert fired", "rollback", "errors again"])
    // "2.45 pm" is a 12-hour time written the British way, no span: in the afternoon.
    let british = TestSupport.parse("## Timeline\n\n- 2.45 pm deploy\n- 3.20 pm alert\n- 3.50 pm rollback\n")
    #expect(british.timeline?.entries.map { $0.timeOfDay?.description } == ["14:45", "15:20", "15:50"])
    #expect(
      entries.map(\.timestamp) == [
        "2024-03-09T14:00:00+01:00", "2024-03-09T14:20:00+01:00", "2024-03-09T15:05:00+01:00",
      ])
  }

  /// A bullet led by a span of whole days ("Between 2023-07-10 to 2023-07-16: …") is written in
  /// days, as a slow build-up is: status `days` from its first day, its event after the second
  /// date, and no finding asking for a time of day.
  @Test func aSpanOfDaysIsAnEntryOfDays() throws {
    let text = """
      **Date:** 2023-07-16

      ## Timeline (UTC)

      - Between 2023-07-10 to 2023-07-16: export jobs slowly fell behind
      - 2023-07-11 – 2023-07-12 retries doubled the load
      - 2023-07-16 09:00: alert fired on export lag
      - 2023-07-16: backlog drained
      """
    let entries = try #require(TestSupport.parse(text).timeline?.entries)
    #expect(entries.map(\.status) == [.days, .days, .resolved, .unrecognized])
    #expect(
      entries.map(\.time) == ["Between 2023-07-10 to 2023-07-16", "2023-07-11 – 2023-07-12", "2023-07-16 09:00", ""])
    #expect(
      entries.map(\.text) == [
        "export jobs slowly fell behind", "retries doubled the load", "alert fired on export lag", "backlog drained",
      ])
    #expect(entries.map(\.date?.description) == ["2023-07-10", "2023-07-11", "2023-07-16", "2023-07-16"])
    let findings = TestSupport.lint(text).filter { $0.rule == "timeline-time" }
    #expect(findings.map(\.line) == [8])
  }

  /// A time cell in words ("Same session", "Morning") is not a time, whatever letters its words
  /// hold: "Same" writes no AM after a number. Offsets without their T ("+3 min", a homelab's
  /// rough times) are reported once, asking for the time or the moment they count from.
  @Test func wordsInTheTimeCellWriteNoMeridiem() throws {
    let text = """
      ## Timeline

      | Time (approx) | Event |
      |---|---|
      | Same session | Fix applied |
      | 13.45pm | paged |
      | +3 min | Fix verified |
      | +50 min | Container still old |
      """
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(
      messages == [
        "'Same session' is not a time; write the time the event happened, e.g. '14:05'",
        "'13.45pm' is not a time; write it with a colon, e.g. '13:45pm'",
        "'+3 min' and the 1 other relative time count from a moment the timeline does not give; write the time it "
          + "happened, e.g. '14:05', or add a note such as 'T+0 = 14:05 UTC' or 'Incident start 14:05 UTC'",
      ])
  }

  /// A timeline of steps with no time anywhere is reported once, at the first step; with one
  /// time among them, each step without one is reported.
  @Test func aTimelineOfStepsWithNoTimeIsReportedOnce() throws {
    let steps =
      "## Timeline\n\n- Apt session — kernel installed\n- Reboot — hangs at the splash\n"
      + "- Diagnosis — older kernel boots\n- Resolved — reboot succeeded\n"
    let once = TestSupport.lint(steps).filter { $0.rule == "timeline-time" }
    #expect(once.map(\.line) == [3])
    #expect(once.first?.message.hasPrefix("none of the timeline's 4 entries has a time") == true)
    let mixed = TestSupport.lint(steps.replacingOccurrences(of: "- Reboot", with: "- 14:05 Reboot"))
      .filter { $0.rule == "timeline-time" }
    #expect(mixed.map(\.line) == [3, 5, 6])
  }

  /// A date before a time written wrongly is kept with it, and the rule judges the time alone.
  @Test func aBrokenTimeAfterItsDate() throws {
    let text = "## Timeline (UTC)\n\n- 2024-09-03 ??:?? cert rotated\n- Mar 2 13:06 PM deploy\n- 2024-09-03 10:14 x\n"
    let entries = try #require(TestSupport.parse(text).timeline?.entries)
    #expect(entries.map(\.time) == ["2024-09-03 ??:??", "Mar 2 13:06 PM", "2024-09-03 10:14"])
    #expect(entries.map(\.text) == ["cert rotated", "deploy", "x"])
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(
      messages == [
        "'??:??' is not a time; write the time the event happened, e.g. '14:05'",
        "'13:06 PM' mixes a 24-hour time with AM/PM; write '13:06' or a 12-hour time",
      ])
  }

  /// A time left as a placeholder keeps the half of the day and the date written after it
  /// ("xx:xx PM January 21, 2026: …"): the entry has the date, its text only the event, and the
  /// rule names the placeholder alone.
  @Test func aBrokenTimeBeforeItsDate() throws {
    let text =
      "## Timeline (PST)\n\n2:05 PM January 21, 2026: deployed\n\n"
      + "xx:xx PM January 21, 2026: The user was informed\n"
    let entries = try #require(TestSupport.parse(text).timeline?.entries)
    #expect(entries.map(\.time) == ["2:05 PM January 21, 2026", "xx:xx PM January 21, 2026"])
    #expect(entries.map(\.text) == ["deployed", "The user was informed"])
    #expect(entries.map(\.date?.description) == ["2026-01-21", "2026-01-21"])
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(messages == ["'xx:xx PM' is not a time; write the time the event happened, e.g. '14:05'"])
  }

  /// An entry with no time under a date heading is on that day: it has the date, and the rule
  /// asks for the time first, as the heading already gives the day. Steps with no time anywhere
  /// under one heading are still reported once.
  @Test func anEntryWithNoTimeUnderADateHeading() throws {
    let text = "## Timeline (UTC)\n\n### October 1, 2025\n\n- 10:00 deploy\n- Migration enabled RLS\n"
    let found = try entries(text)
    #expect(found.map(\.date?.description) == ["2025-10-01", "2025-10-01"])
    #expect(found[1].timestamp == nil && found[1].timeOfDay == nil)
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(messages == ["timeline entry on 2025-10-01 has no time; start it with one, e.g. '14:05' or '2:05 PM'"])
    let steps = TestSupport.lint("## Timeline\n\n### October 1, 2025\n\n- Reboot\n- Restore\n- Verify\n")
      .filter { $0.rule == "timeline-time" }
    #expect(steps.count == 1 && steps.first?.message.hasPrefix("none of the timeline's 3 entries") == true)
  }

  /// Lines of one paragraph (no bullets) are entries too, a broken time's line included: it was
  /// dropped before, so the broken time went unreported.
  @Test func brokenTimesInParagraphLinesAreRecorded() throws {
    let text = """
      ## Timeline

      All times BST.

      14:05 - deploy starts
      14.43 - db failover
      2.45pm - payments recovered
      13:06 PM - paged
      """
    let entries = try entries(text)
    #expect(entries.map(\.time) == ["14:05", "14.43", "2.45pm", "13:06 PM"])
    // "2.45pm" is the British clock, read; "14.43" may be a date.
    #expect(entries.map(\.status) == [.partial, .unrecognized, .partial, .unrecognized])
    #expect(entries.map(\.line) == [5, 6, 7, 8])
    let messages = TestSupport.lint(text).filter { $0.rule == "timeline-time" }.map(\.message)
    #expect(
      messages == [
        "'14.43' is not a time; write it with a colon, e.g. '14:43'",
        "'13:06 PM' mixes a 24-hour time with AM/PM; write '13:06' or a 12-hour time",
      ])
  }

  /// A table whose time column names a zone is read in that zone even when the section declared
  /// another; the entries after the table are back in the section's.
  @Test func aTableColumnsZoneWinsForItsRows() throws {
    let document = TestSupport.parse(
      """
      **Date:** 2024-07-02

      ## Timeline (UTC)

      - 14:05 deploy starts

      | Time (PDT) | Event |
      |---|---|
      | 07:50 | follow-up sync |

      - 15:10 resolved
      """)
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "UTC")
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2024-07-02T14:05:00Z", "2024-07-02T07:50:00-07:00", "2024-07-02T15:10:00Z",
      ])
  }

  /// A bullet that opens with a bold label names the moment its time follows ("**Detected:**
  /// 14:05 — PagerDuty alert fired"); one that states a length ("**Duration:**", "**MTTR:**") is
  /// the document's figure, not an entry with no time.
  @Test func boldLabelsInATimelinesBullets() throws {
    let document = TestSupport.parse(
      """
      **Date:** 2026-07-12

      ## Timeline (UTC)

      - **Detected:** 14:05 — PagerDuty alert fired
      - **Mitigated:** 14:40 rollback
      - **Duration:** 70 minutes
      - **MTTR:** 70 minutes
      - 15:15 all clear
      """)
    let timeline = try #require(document.timeline)
    #expect(
      timeline.entries.map(\.timestamp) == ["2026-07-12T14:05:00Z", "2026-07-12T14:40:00Z", "2026-07-12T15:15:00Z"])
    #expect(timeline.entries.map(\.text) == ["Detected: PagerDuty alert fired", "Mitigated: rollback", "all clear"])
    #expect(timeline.entries.first?.milestone == .detected)
    #expect(document.statedDurations.map(\.raw) == ["70 minutes"])
    #expect(document.metadata.fields.contains { $0.key == "MTTR" && $0.value == "70 minutes" })
    let findings = TestSupport.lint(
      "# T\n\n**Date:** 2026-07-12\n\n## Timeline (UTC)\n\n- 14:05 alert\n- **Duration:** 70 minutes\n")
    #expect(!findings.contains { $0.rule == "timeline-time" })
  }

  /// A timeline that closes with its measures as plain bullets ("**Key Metrics:**" over "- MTTD
  /// (first alert → on-call aware): 3 minutes", "- MTTA (…): 3 minutes") states figures, not
  /// entries with no time; a plain bullet that names no measure still is one.
  @Test func plainMeasuresAfterATimelinesTable() throws {
    let markdown = """
      # T

      **Date:** 2024-01-15

      ## Timeline

      | Time (UTC) | Event |
      |---|---|
      | 14:21 | Alert fires |
      | 14:57 | Resolved |

      **Key Metrics:**
      - MTTD (first alert → on-call aware): 3 minutes
      - MTTA (alert → acknowledgment): 3 minutes
      - TTR: 36 minutes
      - Customer emails: answered
      """
    let timeline = try #require(TestSupport.parse(markdown).timeline)
    #expect(timeline.entries.map(\.text) == ["Alert fires", "Resolved", "Customer emails: answered"])
    let untimed = TestSupport.lint(markdown).filter { $0.rule == "timeline-time" }.map(\.location.line)
    #expect(untimed == [16])
  }

  /// A timeline kept as a table of milestones may give the length in a row of its own ("|
  /// Duration | 29 minutes |"): a figure duration-mismatch holds to the span, not an entry with
  /// no time; a row naming no length is still an entry.
  @Test func aLengthRowInATimelineTable() throws {
    func markdown(_ length: String) -> String {
      "# T\n\n**Date:** 2024-05-02\n\n## Timeline\n\n| Field | Value |\n|---|---|\n| Start | 14:02 UTC |\n"
        + "| Paged | 14:09 UTC |\n| \(length) |\n| Resolved | 14:31 UTC |\n"
    }
    let document = TestSupport.parse(markdown("Duration | 29 minutes"))
    #expect(document.timeline?.entries.map(\.text) == ["Start", "Paged", "Resolved"])
    #expect(document.statedDurations.map(\.minutes) == [29])
    #expect(!TestSupport.lint(markdown("Duration | 29 minutes")).contains { $0.rule == "duration-mismatch" })
    let wrong = TestSupport.lint(markdown("**Duration** | 45 min")).filter { $0.rule == "duration-mismatch" }
    #expect(wrong.map(\.location.line) == [11])
    // A count or an outcome in the time's cell is a fact too; a time that cannot be read is still
    // an entry, for timeline-time to report.
    for fact in ["Records deleted | 1,059 total", "Status | ✅ Success", "Users affected | 3 customers"] {
      #expect(TestSupport.parse(markdown(fact)).timeline?.entries.count == 3, "\(fact)")
    }
    for entry in ["Rollback | 14.43", "Escalated | ??:??", "Rollback | 3 failed"] {
      #expect(TestSupport.parse(markdown(entry)).timeline?.entries.count == 4, "\(entry)")
    }
  }

  /// A list of the incident's facts over the entries ("- **Start time (detected):** …", "- **End
  /// time (recovered):** …", "- **Duration (MTTR):** …", then a table) states its window: the
  /// details, not entries that would run out of order before the table's.
  @Test func aListOfFactsOverTheEntriesStatesTheWindow() throws {
    let markdown = """
      # Watchdog false positive

      **Date:** 2026-07-12

      ## Incident Timeline

      - **Start time (detected):** 2026-07-12T20:43:00Z (watchdog filed #6374)
      - **End time (recovered):** 2026-07-13T08:15:00Z (read-path fault cleared)
      - **Duration (MTTR):** ~11h30m to recovery

      | Actor | Time (UTC) | Action |
      |---|---|---|
      | system | 2026-07-12 20:43 | Watchdog files P1 #6374. |
      | system | 2026-07-13 08:15 | Read path recovers. |
      """
    let document = TestSupport.parse(markdown)
    let timeline = try #require(document.timeline)
    #expect(timeline.entries.map(\.timestamp) == ["2026-07-12T20:43:00Z", "2026-07-13T08:15:00Z"])
    #expect(document.metadata.start?.timestamp == "2026-07-12T20:43:00Z" && document.metadata.start?.line == 7)
    #expect(document.metadata.end?.timestamp == "2026-07-13T08:15:00Z")
    #expect(document.statedDurations.map(\.minutes) == [690])
    let rules = Set(TestSupport.lint(markdown).map(\.rule))
    #expect(
      !rules.contains("timeline-order") && !rules.contains("timeline-time") && !rules.contains("duration-mismatch"))
    // Alone in the section, the same list is the timeline.
    let alone = TestSupport.parse(
      "**Date:** 2026-07-12\n\n## Timeline (UTC)\n\n- **Start:** 20:43\n- **Resolved:** 21:15\n")
    #expect(alone.timeline?.entries.count == 2 && alone.metadata.start == nil)
  }

  /// A timeline out of order spans nothing: a stated length is not held to a negative span (the
  /// order is what timeline-order reports).
  @Test func aTimelineOutOfOrderSpansNothing() throws {
    let markdown = """
      # T

      **Date:** 2026-07-12

      **Duration:** 2 hours

      ## Timeline (UTC)

      - 14:00 alert
      - 13:10 rollback
      """
    #expect(TestSupport.parse(markdown).timeline?.span == nil)
    let rules = TestSupport.lint(markdown).map(\.rule)
    #expect(rules.contains("timeline-order") && !rules.contains("duration-mismatch"))
  }

  /// A timeline told over several sections, a day each, is read whole: each heading dates the
  /// entries under it (a night that runs past midnight keeps its second day). A short timeline
  /// and a detailed one of the same events stay apart: the longer is read.
  @Test func aTimelineToldOverSectionsADayEach() throws {
    let document = TestSupport.parse(
      """
      # DB outage

      **Date:** 2026-03-03

      ## Timeline — March 3 (UTC)

      - 22:10 replication lag alert
      - 23:40 primary fails over

      ## Timeline — March 4 (UTC)

      - 00:20 writes restored
      - 01:05 incident resolved

      ## Root Cause

      Disk.
      """)
    let timeline = try #require(document.timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2026-03-03T22:10:00Z", "2026-03-03T23:40:00Z", "2026-03-04T00:20:00Z", "2026-03-04T01:05:00Z",
      ])
    #expect(timeline.title == "Timeline — March 3 (UTC)")
    let detailed = TestSupport.parse(
      "# T\n\n## Timeline\n\n- 14:05 deploy\n- 14:40 resolved\n\n## Detailed Timeline\n\n- 14:05 deploy starts\n- 14:12 alert\n- 14:40 resolved\n"
    )
    #expect(detailed.timeline?.entries.count == 3 && detailed.timeline?.title == "Detailed Timeline")
    // The same heading again after a part of the story carries the timeline on.
    let story = TestSupport.parse(
      "# T\n\n**Date:** 2022-12-18\n\n# Timeline\n\n- 13:00 queue backs up\n- 17:00 incident declared\n\n"
        + "# The night\n\nA poem.\n\n# Timeline\n\n- 17:58 no longer bottlenecked\n- 18:18 queues drained\n")
    #expect(story.timeline?.entries.map(\.time) == ["13:00", "17:00", "17:58", "18:18"])
    // So is one whose heading says it carries on ("Timeline (continued)", "Timeline — part 2").
    for heading in ["Timeline (continued)", "Timeline, cont.", "Timeline — part 2"] {
      let continued = TestSupport.parse(
        "# T\n\n**Date:** 2022-12-18\n\n## Timeline\n\n- 13:00 queue backs up\n- 17:00 incident declared\n\n"
          + "## Graphs\n\nA picture.\n\n## \(heading)\n\n- 17:58 no longer bottlenecked\n")
      #expect(continued.timeline?.entries.map(\.time) == ["13:00", "17:00", "17:58"], "\(heading)")
    }
  }

  /// A timeline whose end (or start) is an estimate ("~16:10") holds a stated length to itself by
  /// a quarter of an hour, as an estimated length is held; a written time, by the tolerance.
  @Test func anEstimatedEndLoosensTheTolerance() {
    func findings(_ end: String) -> [Finding] {
      TestSupport.lint(
        "# T\n\n**Date:** 2026-07-12\n\n**Duration:** 2 hours\n\n## Timeline (UTC)\n\n- 14:00 alert\n- \(end) resolved\n"
      ).filter { $0.rule == "duration-mismatch" }
    }
    #expect(findings("~16:10").isEmpty)
    #expect(findings("16:10").count == 1)
    #expect(findings("~16:30").count == 1, "30 minutes is more than an estimate's quarter hour")
    let metrics = IncidentMetrics.compute(
      TestSupport.parse(
        "# T\n\n**Date:** 2026-07-12\n\n**Duration:** 2 hours\n\n## Timeline (UTC)\n\n- 14:00 alert\n- ~16:10 resolved\n"
      ),
      toleranceMinutes: 5)
    #expect(metrics.statedDurations.first?.agrees != false)
  }

  /// A dash in a row's time cell says the row has no time of its own: what it tells goes with the
  /// entry above, not into an entry with no time; a dash before any entry is still reported.
  @Test func aDashForTheTimeGoesWithTheEntryAbove() throws {
    let markdown = """
      # T

      **Date:** 2026-08-10

      ## Timeline (UTC)

      | Time | Event |
      |---|---|
      | 19:52:31 | 200s again |
      | — | logs show nothing unusual |
      """
    let timeline = try #require(TestSupport.parse(markdown).timeline)
    #expect(timeline.entries.map(\.text) == ["200s again logs show nothing unusual"])
    #expect(!TestSupport.lint(markdown).contains { $0.rule == "timeline-time" })
    let first = TestSupport.lint(
      "# T\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| - | setup |\n| 14:05 | deploy |\n")
    #expect(first.contains { $0.rule == "timeline-time" })
  }

  /// A time column's cell may hold the French clock alone, on the hour or spaced as French
  /// typography spaces it ("22h", "~22h", "10 h", "9 h 05"); in a bullet "2h" stays a length.
  @Test func theFrenchClockAloneInATimeCell() throws {
    let document = TestSupport.parse(
      """
      **Date :** 2026-05-18

      ## Chronologie (heure de Paris)

      | Heure | Événement |
      |---|---|
      | 9 h 05 | Commit du jeton |
      | 10 h | Détection |
      | ~22h | Jeton révoqué |
      | 22H | Purge de l'historique |

      - 2h de retard
      """)
    let timeline = try #require(document.timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2026-05-18T09:05:00+02:00", "2026-05-18T10:00:00+02:00", "2026-05-18T22:00:00+02:00",
        "2026-05-18T22:00:00+02:00", nil,
      ])
    #expect(timeline.entries.map(\.isApproximate) == [false, false, true, false, false])
    #expect(timeline.entries.map(\.text).first == "Commit du jeton")
  }

  /// A timeline folded into `<details>` names its zone in the caption; the caption's place is
  /// where the zone was declared.
  @Test func aCollapsedTimelinesCaptionNamesItsZone() throws {
    let document = TestSupport.parse(
      """
      # DNS failures (2024-08-19)

      ## Timeline

      <details>
      <summary>Full timeline (CEST)</summary>

      | Time | Event |
      |------|-------|
      | 16:02 | Resolver fleet rolled |
      | 16:27 | Resolution rates back to normal |

      </details>
      """)
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "Europe/Berlin")
    #expect(timeline.timezone.map { [$0.line, $0.column] } == [6, 10])
    #expect(timeline.entries.map(\.timestamp) == ["2024-08-19T16:02:00+02:00", "2024-08-19T16:27:00+02:00"])
  }

  /// A callout a wiki export wraps in a tag (`<aside>` over "📆 All timestamps in UTC") notes the
  /// timeline's zone where its text stands; a template's hint in an HTML comment does not.
  @Test func aCalloutInATagNotesTheZone() throws {
    let document = TestSupport.parse(
      """
      # Login failures (2023-03-03)

      ## Incident Timeline

      <aside>
      📆 All timestamps in UTC

      </aside>

      | Date / Time | Event |
      | --- | --- |
      | 09:36:09 | Alert opened the incident |
      | 10:12:10 | Incident closed |
      """)
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "UTC")
    #expect(timeline.timezone.map { [$0.line, $0.column] } == [6, 1])
    #expect(timeline.entries.map(\.timestamp) == ["2023-03-03T09:36:09Z", "2023-03-03T10:12:10Z"])
    let hinted = TestSupport.parse(
      """
      # Login failures (2023-03-03)

      ## Incident Timeline

      <!-- All times in UTC, please -->

      | Time | Event |
      | --- | --- |
      | 09:36 | Alert opened the incident |
      """)
    #expect(hinted.timeline?.timezone == nil)
  }

  /// A row of ellipses (`| … | … |`, `| ... | ... | ... |`) marks rows left out, in a timeline or
  /// an action-item table: it is no entry (no "'…' is not a time") and no item; a row with a time
  /// or a task beside its ellipsis still is one.
  @Test func rowsOfEllipsesAreRowsLeftOut() throws {
    let text = """
      # Login failures (2023-03-03)

      ## Timeline (UTC)

      | Time | Event | Who |
      | --- | --- | --- |
      | 09:36 | Alert opened the incident | bot |
      | … | … | … |
      | ... | ... | |
      | 10:05 | … | Ana |
      | 10:12 | Incident closed | Ana |

      ## Follow-up actions

      | Action | Assignee |
      | --- | --- |
      | Add an override button to the rota | Martha Lambert |
      | … | … |
      """
    let document = TestSupport.parse(text)
    let timeline = try #require(document.timeline)
    #expect(timeline.entries.map(\.time) == ["09:36", "10:05", "10:12"])
    #expect(document.actionItems.map(\.title) == ["Add an override button to the rota"])
    #expect(!TestSupport.lint(text).contains { $0.rule == "timeline-time" })
  }

  /// A second time column in another zone ("Time (UTC) | Time (PT)") is each entry's alternate
  /// time, so a pair that names two moments is reported.
  @Test func aSecondTimeColumnIsTheAlternateTime() throws {
    let text = """
      **Date:** 2024-03-02

      ## Timeline

      | Time (UTC) | Time (PT) | Event |
      |---|---|---|
      | 14:05 | 06:05 | deploy |
      | 14:12 | 07:12 | alert |
      """
    let entries = try entries(text)
    #expect(entries.map(\.text) == ["deploy", "alert"])
    #expect(entries.map { $0.alternate?.timestamp } == ["2024-03-02T06:05:00-08:00", "2024-03-02T07:12:00-08:00"])
    let pairs = TestSupport.lint(text).filter { $0.rule == "timeline-timezone" }
    #expect(pairs.map(\.line) == [8], "07:12 PST is 15:12 UTC, an hour off")
  }

  @Test func timesWithoutDateOrZoneArePartial() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        ## Timeline

        - 14:05 deploy
        - 14:10 alert
        """
      ).timeline)
    #expect(timeline.timezone == nil)
    #expect(timeline.entries.allSatisfy { $0.status == .partial && $0.timestamp == nil })
    #expect(timeline.entries.map(\.timeOfDay?.description) == ["14:05", "14:10"])
  }

  @Test func entryZonesFormTheDeclarationWhenTheyAgree() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        **Date:** 2024-01-15

        ## Timeline

        - 09:00 EST deploy
        - 09:30 EST rollback
        """
      ).timeline)
    #expect(timeline.timezone?.source == .entries)
    #expect(timeline.timezone?.identifier == "America/New_York")
    #expect(timeline.entries.first?.timestamp == "2024-01-15T09:00:00-05:00")
  }

  @Test func localTimeAndAmbiguousZones() throws {
    let local = try #require(TestSupport.parse("## Timeline\n\nAll times are local time.\n\n- 10:00 start\n").timeline)
    #expect(local.timezone?.isLocalTime == true)
    #expect(local.timezone?.identifier == nil)
    let ist = try #require(TestSupport.parse("## Timeline\n\nTimes in IST\n\n- 10:00 start\n").timeline)
    #expect(ist.timezone?.isAmbiguous == true)
    #expect(ist.timezone?.identifier == "Asia/Kolkata")
  }

  @Test func daylightSavingDependsOnTheDate() throws {
    let winter = try entries("**Date:** 2024-01-15\n\n## Timeline\n\nAll times Pacific\n\n- 10:00 start\n")
    let summer = try entries("**Date:** 2024-07-15\n\n## Timeline\n\nAll times Pacific\n\n- 10:00 start\n")
    #expect(winter.first?.timestamp == "2024-01-15T10:00:00-08:00")
    #expect(summer.first?.timestamp == "2024-07-15T10:00:00-07:00")
  }

  /// The hour the clocks go back happens twice: PDT then PST tell the two apart, in the timeline,
  /// in a declaration and in the stated end, and neither is reported as out of season. PST in
  /// July is still read as Pacific time and reported.
  @Test func abbreviationPicksTheRepeatedHour() throws {
    let text = """
      **Date:** 2024-11-03
      **End:** 01:10 PST

      ## Timeline

      - 01:30 PDT backlog starts
      - 01:50 PDT alert fires
      - 01:05 PST rolled back
      - 01:10 PST resolved
      """
    let document = TestSupport.parse(text)
    #expect(
      document.timeline?.entries.map(\.timestamp) == [
        "2024-11-03T01:30:00-07:00", "2024-11-03T01:50:00-07:00", "2024-11-03T01:05:00-08:00",
        "2024-11-03T01:10:00-08:00",
      ])
    #expect(document.metadata.end?.timestamp == "2024-11-03T01:10:00-08:00")
    let judged = ["timeline-order", "timeline-timezone", "duration-mismatch"]
    #expect(TestSupport.lint(text).filter { judged.contains($0.rule) }.map(\.message) == [])

    let declared = try entries("**Date:** 2024-11-03\n\n## Timeline\n\nAll times PST\n\n- 01:05 x\n")
    #expect(declared.first?.timestamp == "2024-11-03T01:05:00-08:00")
    let july = try entries("**Date:** 2024-07-15\n\n## Timeline\n\n- 10:00 PST start\n")
    #expect(july.first?.timestamp == "2024-07-15T10:00:00-07:00")
  }

  /// A front-matter date written as a timestamp with its offset gives an undeclared timeline
  /// that offset; a date alone gives no zone.
  @Test func theOffsetOfADatedTimestampIsTheTimelinesZone() throws {
    let offset = try entries("---\ndate: 2024-03-02T14:05:00-07:00\n---\n\n## Timeline\n\n- 14:05 deploy\n")
    #expect(offset.map(\.timestamp) == ["2024-03-02T14:05:00-07:00"])
    let named = try entries("---\ndate: 2024-03-02 14:05 CET\n---\n\n## Timeline\n\n- 14:05 deploy\n")
    #expect(named.map(\.timestamp) == ["2024-03-02T14:05:00+01:00"])
    // So does an exported start or end (`detected_at`, `resolved_at`) written so.
    let exported = try entries(
      "---\nresolved_at: 2026-09-09T18:54:00-03:00\n---\n\n## Línea de tiempo\n\n- 18:40 a\n- 18:54 b\n")
    #expect(exported.map(\.timestamp) == ["2026-09-09T18:40:00-03:00", "2026-09-09T18:54:00-03:00"])
    let plain = try entries("---\ndate: 2024-03-02\n---\n\n## Timeline\n\n- 14:05 deploy\n")
    #expect(plain.map(\.timestamp) == [nil] && plain.map(\.status) == [.partial])
    // A date field that names the zone beside its window, in words and French clock times.
    let words = try entries(
      "**When:** 2024-09-03, 14h05–15h20 (heure de Paris)\n\n## Chronologie\n\n- 14h05 : alerte\n- 15h20 : rétabli\n")
    #expect(words.map(\.timestamp) == ["2024-09-03T14:05:00+02:00", "2024-09-03T15:20:00+02:00"])
  }

  /// A summary given as a label ("> **Summary:** From 2024-11-02 17:05 to 17:48 UTC …") dates
  /// and zones a timeline that has neither, as a summary section's opening does.
  @Test func aSummaryLabelDatesAndZonesTheTimeline() throws {
    let document = TestSupport.parse(
      "# Elevated 5xx\n\n> **Summary:** From 2024-11-02 17:05 to 17:48 UTC the API failed.\n> **Severity:** SEV-2\n\n"
        + "## Timeline\n\n```\n17:05 deploy\n17:48 5xx rate normal\n```\n")
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "UTC" && timeline.timezone?.source == .summary)
    #expect(timeline.timezone?.line == 3 && timeline.timezone?.column == 16)
    #expect(timeline.entries.map(\.timestamp) == ["2024-11-02T17:05:00Z", "2024-11-02T17:48:00Z"])
  }

  /// A summary label beside a summary heading ("**TL;DR:** From 08:12 to 08:57 CET, …" over
  /// "## What happened") states the incident's window, which duration-mismatch then holds the
  /// timeline to.
  @Test func aSummaryLabelBesideASummaryHeadingStatesTheWindow() throws {
    let text =
      "# Edge 502s\n\n**Date:** 2024-11-04\n\n**TL;DR:** From 08:12 to 08:57 CET, a WAF rule returned 502.\n\n"
      + "## What happened\n\nA rule set went live.\n\n## Timeline (CET)\n\n- 08:12 errors begin\n- 09:20 resolved\n"
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.minutes) == [45])
    #expect(document.statedDurations.first?.line == 5)
    #expect(TestSupport.lint(text).contains { $0.rule == "duration-mismatch" && $0.line == 5 })
  }

  @Test func metadataZoneAppliesWhenTheTimelineDeclaresNone() throws {
    let timeline = try #require(
      TestSupport.parse(
        """
        ---
        date: 2024-07-15
        timezone: America/Los_Angeles
        ---

        ## Timeline

        - 14:00 start
        """
      ).timeline)
    #expect(timeline.timezone?.source == .metadata)
    #expect(timeline.entries.first?.timestamp == "2024-07-15T14:00:00-07:00")
  }

  /// A note before the first section that names the zone ("All times are in Pacific Time"), in
  /// a paragraph or a Notion callout, is the timeline's zone when nothing nearer names one.
  @Test func aZoneNoteBeforeTheFirstSection() throws {
    for (note, line) in [
      ("All times are in Pacific Time.", 5), ("<aside>\n💡 All times are in Pacific Time.\n\n</aside>", 6),
    ] {
      let document = TestSupport.parse(
        "# Checkout outage\n\nIncident date: March 2, 2024\n\n\(note)\n\n## Timeline\n\n- 3:05 PM flag on\n- 3:42 PM resolved\n"
      )
      let timeline = try #require(document.timeline)
      #expect(timeline.timezone?.identifier == "America/Los_Angeles", "\(note)")
      #expect(timeline.timezone?.line == line && timeline.timezone?.source == .note, "\(note)")
      #expect(timeline.entries.first?.timestamp == "2024-03-02T15:05:00-08:00", "\(note)")
    }
    // A zone named in passing before the sections is no note about the times.
    let passing = TestSupport.parse(
      "# Outage\n\nOur Berlin office saw it first.\n\n## Timeline\n\n- 3:05 PM flag on\n- 3:42 PM resolved\n")
    #expect(passing.timeline?.timezone == nil)
  }

  @Test func noTimelineSection() {
    #expect(TestSupport.parse("# Title\n\n## Summary\n\nNothing happened at 14:05.\n").timeline == nil)
  }

  /// Without a timeline heading, a section of another name whose list is mostly times is the
  /// timeline (Azure's "How did we respond?"); a known section's list, or two timed lines in
  /// four, is not.
  /// incident.io's "Key moments" table is the timeline: each row named by its moment.
  @Test func anIncidentToolsKeyMoments() throws {
    let timeline = try #require(
      TestSupport.parse(
        "# INC-482\n\n## Key moments\n\n| Moment | Time |\n|---|---|\n| Impact started | 2 Mar 2024, 14:01 GMT |\n"
          + "| Reported | 2 Mar 2024, 14:05 GMT |\n| Fixed | 2 Mar 2024, 14:40 GMT |\n| Resolved | 2 Mar 2024, 14:50 GMT |\n"
      ).timeline)
    #expect(timeline.entries.map(\.milestone) == [.started, .detected, .mitigated, .resolved])
    #expect(timeline.entries.first?.timestamp == "2024-03-02T14:01:00Z")
  }

  /// A table Markdown did not read as one (its delimiter row forgotten, or written as pandoc's
  /// grid table) keeps its rows as entries, placed at their first cell; borders are passed over.
  @Test func aTableMarkdownDidNotReadAsOne() throws {
    let forgotten = try entries(
      "**Date:** 2024-03-02\n\n## Timeline (UTC)\n\n| Time | Event |\n| 14:05 | Deploy starts |\n| 14:12 | Alert fires |\n"
    )
    #expect(forgotten.map(\.text) == ["Deploy starts", "Alert fires"])
    #expect(forgotten.map { [$0.line, $0.column] } == [[6, 3], [7, 3]])
    #expect(forgotten.map(\.timestamp) == ["2024-03-02T14:05:00Z", "2024-03-02T14:12:00Z"])
    let grid = try entries(
      """
      **Date:** 2024-03-02

      ## Timeline (UTC)

      +-------+---------------+
      | Time  | Event         |
      +=======+===============+
      | 14:05 | Deploy starts |
      +-------+---------------+
      | 14:40 | Rolled back   |
      +-------+---------------+
      """)
    #expect(grid.map(\.text) == ["Deploy starts", "Rolled back"] && grid.map(\.line) == [8, 10])
    // Its header names the zone as a table's does; a link in a cell stays part of the event.
    let zoned = try #require(
      TestSupport.parse(
        "**Date:** 2024-07-02\n\n## Timeline\n\n| Time (PDT) | Event |\n| 14:05 | Deploy starts [log](https://l.example) |\n"
          + "| 14:12 | Alert fires |\n"
      ).timeline)
    #expect(zoned.timezone?.identifier == "America/Los_Angeles" && zoned.timezone?.line == 5)
    #expect(zoned.entries.map(\.text) == ["Deploy starts log", "Alert fires"])
    #expect(zoned.entries.map(\.timestamp) == ["2024-07-02T14:05:00-07:00", "2024-07-02T14:12:00-07:00"])
  }

  /// A report told as prose, with no timeline heading and no list of times, has its timeline in
  /// the sentences of its story that open with a time; the section keeps its kind.
  @Test func aStoryWithTimesIsTheTimelineOfAReportWithoutOne() throws {
    let document = TestSupport.parse(
      """
      # Queue backlog

      **Date:** 2024-10-14

      ## What happened

      At 10:47 PM PDT the consumer fleet stopped acknowledging messages. At 11:05 PM the on-call engineer
      was paged. By 12:30 AM a fix had been deployed, and at 1:12 AM the backlog was drained.

      ## Root cause

      A deadlock.
      """)
    let timeline = try #require(document.timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2024-10-14T22:47:00-07:00", "2024-10-14T23:05:00-07:00", "2024-10-15T00:30:00-07:00",
        "2024-10-15T01:12:00-07:00",
      ])
    #expect(timeline.entries.map(\.milestone) == [nil, .detected, .mitigated, .resolved])
    #expect(document.sections.map(\.kind) == [nil, .summary, .rootCause] && timeline.title == "What happened")
    // Two times in the story are no timeline; a timeline heading is read where it stands.
    let two = TestSupport.parse("# T\n\n## What happened\n\nAt 14:05 it broke. At 14:10 we fixed it.\n")
    #expect(two.timeline == nil)
  }

  /// A story whose times stand inside its sentences ("was paged at 3:22 AM", "recovered by
  /// 4:20 AM") is a timeline too, when no section has three sentences that open with one; a hedge
  /// after "At" is read, and a time wrapped onto the next line after its "at" goes on with its
  /// sentence.
  @Test func aStoryWithTimesInsideItsSentencesIsTheTimeline() throws {
    let document = TestSupport.parse(
      """
      # 2023-08-19 DNS outage

      ### What happened
      At approximately 3:15 AM PDT on Saturday, our internal DNS resolvers stopped answering.
      The on-call engineer was paged at 3:22 AM and restarted the resolver fleet at
      3:58 AM. All services recovered by 4:20 AM.

      ### Why
      A kernel upgrade changed a sysctl default.
      """)
    let timeline = try #require(document.timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2023-08-19T03:15:00-07:00", "2023-08-19T03:22:00-07:00", "2023-08-19T03:58:00-07:00",
        "2023-08-19T04:20:00-07:00",
      ])
    #expect(timeline.entries.map(\.time) == ["approximately 3:15 AM PDT", "3:22 AM", "3:58 AM", "4:20 AM"])
    #expect(timeline.entries.map(\.milestone) == [nil, .detected, nil, .resolved])
    #expect(timeline.entries[2].text == "restarted the resolver fleet at 3:58 AM.")
    #expect(document.sections.map(\.kind) == [nil, .summary, .rootCause] && timeline.title == "What happened")
    // A section with three sentences that open with a time is preferred to an earlier one that
    // only mentions times.
    let both = TestSupport.parse(
      "# T\n\n## Summary\n\nWe were paged at 14:07, rolled back at 14:30 and recovered by 14:45.\n\n"
        + "## What happened\n\nAt 14:05 it broke. At 14:07 we were paged. At 14:45 it recovered.\n")
    #expect(both.timeline?.title == "What happened")
  }

  @Test func aListOfTimesUnderAnotherHeadingIsTheTimeline() throws {
    let document = TestSupport.parse(
      """
      # PIR

      ## What happened?

      - 09:50 UTC a config change ships
      - 09:57 UTC impact begins
      - 10:05 UTC alerts fire

      ## How did we respond?

      - 09:57 UTC on 23 October 2024 – Customer impact began.
      - 10:05 UTC on 23 October 2024 – Monitoring detected the failures.
      - Engineers were engaged.
      - 05:40 UTC on 24 October 2024 – Full recovery.
      """)
    let timeline = try #require(document.timeline)
    #expect(timeline.title == "How did we respond?" && timeline.line == 9)
    #expect(
      timeline.entries.compactMap(\.timestamp) == [
        "2024-10-23T09:57:00Z", "2024-10-23T10:05:00Z", "2024-10-24T05:40:00Z",
      ])
    #expect(document.sections.map(\.kind) == [nil, .summary, .timeline])
    let sparse = TestSupport.parse(
      "# T\n\n## Notes\n\n- 09:57 UTC impact\n- see the dashboard\n- ask Bo\n- 10:05 UTC alert\n")
    #expect(sparse.timeline == nil && sparse.sections.map(\.kind) == [nil, nil])
    // Times written wrongly count: they are still the timeline's, for timeline-time to report.
    let broken = TestSupport.parse(
      "# PIR\n\n## How did we respond?\n\n- 09:46 UTC errors began\n- ??:?? UTC alert fired\n"
        + "- 10:47 UTC rolled back\n- 14.43 UTC resolved\n- 11:00 UTC all clear\n")
    #expect(broken.timeline?.entries.count == 5 && broken.sections.map(\.kind) == [nil, .timeline])
  }

  /// A status page's history pasted under a heading of another name is the timeline: each
  /// update's time is alone on the line under its text. Two updates, or prose whose paragraphs'
  /// last lines open with a time, are not.
  @Test func statusPageUpdatesUnderAnotherHeadingAreTheTimeline() throws {
    let updates = """
      **Resolved** - This incident has been resolved.
      Mar 12, 10:45 UTC

      **Monitoring** - A fix has been implemented and we are monitoring the results.
      Mar 12, 10:20 UTC

      **Investigating** - We are investigating delays in push notifications.
      Mar 12, 09:58 UTC
      """
    let document = TestSupport.parse(
      "# Delayed notifications (March 12, 2024)\n\n## Status page updates\n\n\(updates)\n")
    let timeline = try #require(document.timeline)
    #expect(timeline.title == "Status page updates" && timeline.newestFirst)
    #expect(
      timeline.entries.map(\.timestamp) == ["2024-03-12T09:58:00Z", "2024-03-12T10:20:00Z", "2024-03-12T10:45:00Z"])
    #expect(timeline.entries.map(\.milestone) == [.detected, .mitigated, .resolved])
    #expect(document.sections.map(\.kind) == [nil, .timeline])
    let two = updates.components(separatedBy: "\n\n").prefix(2).joined(separator: "\n\n")
    #expect(TestSupport.parse("# T\n\n## Status page updates\n\n\(two)\n").timeline == nil)
    let prose =
      "We rolled back\n10:45 UTC was the plan.\n\nWe paged Bo\n10:50 UTC or so.\n\nAll clear\n11:00 UTC, we think.\n"
    #expect(TestSupport.parse("# T\n\n## Notes\n\n\(prose)").timeline == nil)
  }

  /// A timeline kept in the front matter as a list is read when the text has none: mappings of a
  /// time and an event (the date a key of its own, or not), or lines; each entry placed at its time.
  @Test func aTimelineInTheFrontMatter() throws {
    let text = """
      ---
      date: 2024-02-29
      timeline:
        - time: "2024-02-29T08:00:00Z"
          event: Certificate expires
        - date: 2024-02-29
          time: "08:07 UTC"
          description: Alerts fire
        - 08:31 UTC new certificate deployed
      ---

      ## Summary

      Static assets failed to load.
      """
    let document = TestSupport.parse(text)
    let timeline = try #require(document.timeline)
    #expect(timeline.title == "timeline" && timeline.line == 3)
    #expect(
      timeline.entries.map(\.timestamp) == ["2024-02-29T08:00:00Z", "2024-02-29T08:07:00Z", "2024-02-29T08:31:00Z"])
    #expect(timeline.entries.map(\.text) == ["Certificate expires", "Alerts fire", "new certificate deployed"])
    #expect(timeline.entries.map { [$0.line, $0.column] } == [[4, 12], [7, 12], [9, 5]])
    #expect(timeline.entries.map(\.milestone) == [nil, .detected, nil])
    // It is the document's timeline section: none is reported missing.
    #expect(document.sections.first { $0.kind == .timeline }.map { [$0.line, $0.column] } == [3, 1])
    #expect(!TestSupport.lint(text).contains { $0.message.hasPrefix("missing required section 'Timeline'") })
    // A timeline in the text is the timeline; the front matter's list is then only a field.
    let both = TestSupport.parse(
      "---\ntimeline:\n  - time: '08:00 UTC'\n    event: a\n---\n\n## Timeline\n\n- 09:00 UTC b\n")
    #expect(both.timeline?.entries.map(\.text) == ["b"])
    // A list under another key is no timeline.
    #expect(TestSupport.parse("---\nnotes:\n  - 08:00 UTC a\n---\n\n## Summary\n\nx\n").timeline == nil)
  }

  /// The same history pasted under the title, with no heading of its own, is the timeline; the
  /// title's section keeps its kind, and the sections after it are read as ever.
  @Test func statusPageUpdatesUnderTheTitleAreTheTimeline() throws {
    let updates = """
      **Resolved** - This incident has been resolved.
      Mar 12, 2024 - 10:45 UTC

      **Monitoring** - A fix has been implemented and we are monitoring the results.
      Mar 12, 2024 - 10:20 UTC

      **Investigating** - We are investigating delays in push notifications.
      Mar 12, 2024 - 09:58 UTC
      """
    let document = TestSupport.parse("# Delayed notifications\n\n\(updates)\n\n## Root cause\n\nA bad push.\n")
    let timeline = try #require(document.timeline)
    #expect(timeline.newestFirst && timeline.line == 1)
    #expect(timeline.entries.map(\.line) == [10, 7, 4])
    #expect(
      timeline.entries.map(\.timestamp) == ["2024-03-12T09:58:00Z", "2024-03-12T10:20:00Z", "2024-03-12T10:45:00Z"])
    #expect(document.sections.map(\.kind) == [nil, .rootCause] && document.rootCause?.markdown == "A bad push.")
    let two = updates.components(separatedBy: "\n\n").prefix(2).joined(separator: "\n\n")
    #expect(TestSupport.parse("# T\n\n\(two)\n\n## Root cause\n\nx\n").timeline == nil)
  }

  @Test func hashInsideCodeFenceIsNotAHeading() throws {
    let document = TestSupport.parse(
      """
      ## Timeline

      ```
      # 14:05 not a heading
      14:06 not an entry
      ```

      - 14:10 real entry
      """)
    #expect(document.sections.count == 1)
    #expect(try #require(document.timeline).entries.map(\.time) == ["14:10"])
  }
}

@Suite struct TimestampFormatTests {
  /// The in-place writer agrees with the general one for every shape it takes: years of one to
  /// four digits, both signs of offset, UTC with and without a zero offset.
  @Test func inPlaceFormatAgreesWithTheGeneralOne() {
    var random = TestRandom(state: 0x2545_F491_4F6C_DD1D)
    func next(_ bound: Int) -> Int { random.next(bound) }
    for _ in 0..<2000 {
      let year = [1, 9, 10, 999, 1000, 2024, 9999][next(7)]
      guard let date = CalendarDate(year: year, month: 1 + next(12), day: 1 + next(28)),
        let time = TimeOfDay(hour: next(24), minute: next(60), second: next(60))
      else { continue }
      let offset = (next(2) == 0 ? -1 : 1) * next(15 * 3600)
      for isUTC in [false, true] {
        for offset in [offset, 0] {
          let fast = TimestampResolver.format(date: date, time: time, offset: offset, isUTC: isUTC)
          #expect(fast == TimestampResolver.generalFormat(date: date, time: time, offset: offset, isUTC: isUTC))
        }
      }
    }
  }

  /// A list that writes its times as four digits with no zone letter ("0905: deploy", "0912 -
  /// alert") is read so; a list of years is not, nor one such line among other times.
  @Test func fourDigitTimesWithoutAZoneLetter() throws {
    let text = """
      **Date:** 2024-05-14

      ## Timeline (UTC)

      - 0905: deploy of payments v2.3 begins
      - 0912 - error rate alert fires
      - 0931 – rollback started
      - 1004: all clear, resolved
      """
    let timeline = try #require(TestSupport.parse(text).timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2024-05-14T09:05:00Z", "2024-05-14T09:12:00Z", "2024-05-14T09:31:00Z", "2024-05-14T10:04:00Z",
      ])
    #expect(timeline.entries.map(\.time) == ["0905", "0912", "0931", "1004"])
    #expect(timeline.entries.map(\.text).first == "deploy of payments v2.3 begins")
    #expect(timeline.entries.map(\.milestone).last == .resolved)
    #expect(TestSupport.lint(text).filter { $0.rule == "timeline-time" }.isEmpty)
    let years = TestSupport.parse("## Timeline\n\n- 2019: service launched\n- 2021: moved to k8s\n- 1930: x\n")
    #expect(years.timeline?.entries.allSatisfy { $0.timeOfDay == nil } == true)
    let mixed = TestSupport.parse(
      text.replacingOccurrences(of: "- 0912 - error", with: "- 09:12 error").replacingOccurrences(
        of: "- 0931 – rollback", with: "- 09:31 rollback"
      ).replacingOccurrences(of: "- 1004:", with: "- 10:04"))
    #expect(mixed.timeline?.entries.map(\.timeOfDay?.description) == [nil, "09:12", "09:31", "10:04"])
    #expect(TimelineParser.militaryTime("0905:30 x") == nil && TimelineParser.militaryTime("2024-05-14 x") == nil)
    #expect(TimelineParser.militaryTime("2460: x") == nil && TimelineParser.militaryTime("0905 deploy") == nil)
  }
}
