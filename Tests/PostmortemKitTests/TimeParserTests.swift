import Testing

@testable import PostmortemKit

@Suite struct TimeParserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var raw: String
    var time: String?
    var zone: String?
    var date: String?
    var rest: String
    var testDescription: String { input }
  }

  static let readable: [Case] = [
    Case(
      input: "2:00PM: Builder service began failing", raw: "2:00PM", time: "14:00",
      rest: "Builder service began failing"),
    Case(input: "14:05 - deploy starts", raw: "14:05", time: "14:05", rest: "deploy starts"),
    Case(input: "12 noon: Hotfix shipped", raw: "12 noon", time: "12:00", rest: "Hotfix shipped"),
    Case(
      input: "Midnight UTC - certificate rolls over", raw: "Midnight UTC", time: "00:00", zone: "UTC",
      rest: "certificate rolls over"),
    Case(input: "14:12 — alert fires", raw: "14:12", time: "14:12", rest: "alert fires"),
    Case(input: "14:05 UTC - deploy", raw: "14:05 UTC", time: "14:05", zone: "UTC", rest: "deploy"),
    Case(input: "2:05 PM PDT Deploy starts", raw: "2:05 PM PDT", time: "14:05", zone: "PDT", rest: "Deploy starts"),
    Case(input: "12:30 AM batch", raw: "12:30 AM", time: "00:30", rest: "batch"),
    Case(input: "12:15pm lunch", raw: "12:15pm", time: "12:15", rest: "lunch"),
    Case(input: "9 a.m. standup", raw: "9 a.m.", time: "09:00", rest: "standup"),
    Case(input: "2PM kickoff", raw: "2PM", time: "14:00", rest: "kickoff"),
    Case(input: "23:59:30 last write", raw: "23:59:30", time: "23:59:30", rest: "last write"),
    Case(
      input: "2025-04-29 14:00: start", raw: "2025-04-29 14:00", time: "14:00", date: "2025-04-29", rest: "start"),
    Case(
      input: "2024-03-02T14:05:00Z deploy", raw: "2024-03-02T14:05:00Z", time: "14:05", zone: "Z", date: "2024-03-02",
      rest: "deploy"),
    Case(
      input: "2024-03-02T14:05:00.250-07:00 x", raw: "2024-03-02T14:05:00.250-07:00", time: "14:05", zone: "-07:00",
      date: "2024-03-02", rest: "x"),
    Case(input: "14:05 (UTC) paged", raw: "14:05 (UTC)", time: "14:05", zone: "UTC", rest: "paged"),
    Case(input: "1405Z tanker", raw: "1405Z", time: "14:05", zone: "Z", rest: "tanker"),
    Case(input: "14:05 UTC+2 x", raw: "14:05 UTC+2", time: "14:05", zone: "UTC+2", rest: "x"),
    Case(input: "Mon 23:50 job starts", raw: "Mon 23:50", time: "23:50", rest: "job starts"),
    Case(
      input: "May 12, 2024, at 10:00 AM deploy", raw: "May 12, 2024, at 10:00 AM", time: "10:00", date: "2024-05-12",
      rest: "deploy"),
    Case(
      input: "March 2, 2024 2:05 PM EST report", raw: "March 2, 2024 2:05 PM EST", time: "14:05", zone: "EST",
      date: "2024-03-02", rest: "report"),
    Case(input: "14:05 Eastern region fails", raw: "14:05", time: "14:05", rest: "Eastern region fails"),
    Case(
      input: "2:05 PM Eastern: alert fires", raw: "2:05 PM Eastern", time: "14:05", zone: "Eastern",
      rest: "alert fires"),
    Case(input: "9:40 AM Pacific", raw: "9:40 AM Pacific", time: "09:40", zone: "Pacific", rest: ""),
    Case(input: "14:05 (Mountain) paged", raw: "14:05 (Mountain)", time: "14:05", zone: "Mountain", rest: "paged"),
    Case(input: "14:05 Pacific (Pacific) x", raw: "14:05", time: "14:05", rest: "Pacific (Pacific) x"),
    Case(
      input: "3:10 PM Eastern the service recovered", raw: "3:10 PM Eastern", time: "15:10", zone: "Eastern",
      rest: "the service recovered"),
    Case(input: "14:05 Eastern Region fails", raw: "14:05", time: "14:05", rest: "Eastern Region fails"),
    Case(
      input: "2:05 PM Central: alert fires", raw: "2:05 PM Central", time: "14:05", zone: "Central",
      rest: "alert fires"),
    Case(input: "14:05 Central region fails", raw: "14:05", time: "14:05", rest: "Central region fails"),
    // The offset from UTC written apart in the brackets.
    Case(input: "9:21 PM( GMT 0) — detected", raw: "9:21 PM( GMT 0)", time: "21:21", zone: "GMT", rest: "detected"),
    Case(input: "14h30 CET réplica relancée", raw: "14h30 CET", time: "14:30", zone: "CET", rest: "réplica relancée"),
    Case(input: "9h05 : alerte", raw: "9h05", time: "09:05", rest: "alerte"),
    Case(input: "14h : déploiement", raw: "14h", time: "14:00", rest: "déploiement"),
    Case(input: "9 h 12 : début des erreurs", raw: "9 h 12", time: "09:12", rest: "début des erreurs"),
    Case(
      input: "At approximately 3:15 AM PDT the resolvers stopped", raw: "approximately 3:15 AM PDT", time: "03:15",
      zone: "PDT", rest: "the resolvers stopped"),
    Case(input: "9h – alerte", raw: "9h", time: "09:00", rest: "alerte"),
    // On the hour after its date, closing a timeline's time cell.
    Case(input: "2026-05-18 ~22h", raw: "2026-05-18 ~22h", time: "22:00", date: "2026-05-18", rest: ""),
    Case(
      input: "Mar 2, 2024 - 15:40 UTC", raw: "Mar 2, 2024 - 15:40 UTC", time: "15:40", zone: "UTC", date: "2024-03-02",
      rest: ""),
    Case(
      input: "Posted Mar 02, 2024 - 15:40 UTC", raw: "Mar 02, 2024 - 15:40 UTC", time: "15:40", zone: "UTC",
      date: "2024-03-02", rest: ""),
    Case(
      input: "14:05 · Ana Lima · Incident declared", raw: "14:05", time: "14:05", rest: "Ana Lima · Incident declared"),
    Case(input: "1405 hrs: deploy starts", raw: "1405 hrs", time: "14:05", rest: "deploy starts"),
    Case(input: "0905 UTC deploy", raw: "0905 UTC", time: "09:05", zone: "UTC", rest: "deploy"),
    Case(input: "1405 PST deploy", raw: "1405 PST", time: "14:05", zone: "PST", rest: "deploy"),
    Case(
      input: "2024-03-12 — 14:05 deploy", raw: "2024-03-12 — 14:05", time: "14:05", date: "2024-03-12",
      rest: "deploy"),
    Case(input: "March 12 — 14:05 UTC deploy", raw: "March 12 — 14:05 UTC", time: "14:05", zone: "UTC", rest: "deploy"),
    Case(input: "23:59 Nov 13 renewal fails", raw: "23:59 Nov 13", time: "23:59", rest: "renewal fails"),
    Case(
      input: "14:05 UTC on 2024-03-02: deploy", raw: "14:05 UTC on 2024-03-02", time: "14:05", zone: "UTC",
      date: "2024-03-02", rest: "deploy"),
    Case(input: "14:05 3/4 of the servers fail", raw: "14:05", time: "14:05", rest: "3/4 of the servers fail"),
    // Seconds left as a placeholder; a bound instead of the moment ("at the latest 11:30").
    Case(
      input: "11:51:xx — backend receives shutdown", raw: "11:51:xx", time: "11:51", rest: "backend receives shutdown"),
    Case(input: "≤11:30 Normal traffic", raw: "≤11:30", time: "11:30", rest: "Normal traffic"),
    Case(input: "≥ 14:00 queue drains", raw: "≥ 14:00", time: "14:00", rest: "queue drains"),
    // The date in brackets after the time; other brackets are the event's.
    Case(input: "12:10am (Mar 6): Follow-up deploy", raw: "12:10am (Mar 6)", time: "00:10", rest: "Follow-up deploy"),
    Case(
      input: "00:10 (2024-03-06) deploy", raw: "00:10 (2024-03-06)", time: "00:10", date: "2024-03-06",
      rest: "deploy"),
    Case(input: "14:05 (Mar 6 was a Sunday) x", raw: "14:05", time: "14:05", rest: "(Mar 6 was a Sunday) x"),
    Case(
      input: "2018 October 21 22:52 UTC", raw: "2018 October 21 22:52 UTC", time: "22:52", zone: "UTC",
      date: "2018-10-21", rest: ""),
    Case(
      input: "14:05 UTC / 06:05 PST deploy", raw: "14:05 UTC / 06:05 PST", time: "14:05", zone: "UTC", rest: "deploy"),
    Case(input: "14:05 UTC (UTC+2) x", raw: "14:05 UTC", time: "14:05", zone: "UTC", rest: "(UTC+2) x"),
    Case(
      input: "2024-03-02 – 9:05 AM deploy", raw: "2024-03-02 – 9:05 AM", time: "09:05", date: "2024-03-02",
      rest: "deploy"),
  ]

  /// Times relative to a T+0, in the forms runbooks and incident reviews write them.
  @Test(arguments: [
    ("T+0:09 on-call finds it", 540, "T+0:09", "on-call finds it"), ("T+1h10m cleared", 4200, "T+1h10m", "cleared"),
    ("T-12m broker restarts", -720, "T-12m", "broker restarts"), ("T0 page fires", 0, "T0", "page fires"),
    ("T+45 min: rollback", 2700, "T+45 min", "rollback"), ("T+00:09:30 x", 570, "T+00:09:30", "x"),
    ("T+1h 10m x", 4200, "T+1h 10m", "x"), ("T+5 paged", 300, "T+5", "paged"),
    ("T0: login error alert fires", 0, "T0", "login error alert fires"),
    // Without its T, as a table of rough times counts from its first row: a unit is needed.
    ("+3 min", 180, "+3 min", ""), ("+1h20m rollback", 4800, "+1h20m", "rollback"),
    // A chaos test's day before its offset, which counts the hours already.
    ("Day 1 - T+0:40 - node2 marked NotReady", 2400, "T+0:40", "node2 marked NotReady"),
    ("Day 2 - T+25:30 - Service fully restored", 91800, "T+25:30", "Service fully restored"),
  ])
  func readsRelativeTimes(_ input: String, _ seconds: Int, _ raw: String, _ rest: String) throws {
    let expression = try #require(TimeParser.scan(input))
    #expect(expression.relativeSeconds == seconds && expression.raw == raw && String(expression.rest) == rest)
    #expect(expression.time == nil && expression.isTimed)
  }

  @Test(arguments: [
    "Tuesday 5 servers", "T+ soon", "T+9999999 h", "T +5", "Tx+5", "T00:05 x", "+1 to this", "+05:30 offset",
    "+ 3 min", "Day 2 of T+5 tests",
  ])
  func notRelativeTimes(_ input: String) {
    #expect(TimeParser.scan(input)?.relativeSeconds == nil)
  }

  @Test(arguments: readable)
  func readsTimes(_ c: Case) throws {
    let expression = try #require(TimeParser.scan(c.input))
    #expect(expression.raw == c.raw)
    #expect(expression.time?.description == c.time)
    #expect(expression.zone?.text == c.zone)
    #expect(expression.date?.description == c.date)
    #expect(String(expression.rest) == c.rest)
    #expect(!expression.isUnrecognized)
  }

  /// The British clock writes a full stop where others write a colon: with its am or pm, it is a
  /// time ("2.45pm", "2.12 PM", "11.05 a.m."); without, "14.43" stays unreadable (it may be a date).
  @Test(arguments: [
    ("2.45pm payments recovered", "14:45", "payments recovered"), ("2.12 PM - alert fires", "14:12", "alert fires"),
    ("11.05 a.m. rollback", "11:05", "rollback"), ("12.30am batch starts", "00:30", "batch starts"),
  ])
  func britishClock(_ input: String, _ time: String, _ rest: String) throws {
    let expression = try #require(TimeParser.scan(input))
    #expect(expression.time?.description == time && !expression.isUnrecognized, "\(input)")
    #expect(String(expression.rest) == rest, "\(input)")
  }

  @Test(arguments: [
    "14.43 db failover", "25:10 restart", "13:06 PM deploy", "??:?? customer report", "--:-- unknown",
    "[???] customer reports start arriving", "XX:XX something", "HH:MM placeholder", "TBD page sent", "24:30 late",
    "25h10 restart", "19.11 – 19:20 rollback", "2024-09-03 ??:?? cert rotated", "13.45pm payments recovered",
    "Mar 2 14.43 db failover", "14.43Z db failover", "??:??Z alert", "HH:MM:SS placeholder",
  ])
  func flagsUnreadableTimes(_ input: String) throws {
    let expression = try #require(TimeParser.scan(input), "\(input) should be recorded as an unreadable time")
    #expect(expression.isUnrecognized)
    #expect(expression.time == nil)
    #expect(!expression.raw.isEmpty)
    // The zone letter against a broken time is part of it, not the event.
    #expect(!expression.rest.hasPrefix("Z"), "\(input)")
  }

  @Test(arguments: [
    "Deploy starts", "2 engineers joined", "3.5k errors per second", "The 14th floor", "", "   ", "Noonan joined",
    "12 engineers at noon", "2h to recover", "2h", "36h: retention window", "2 h 30 de retard",
  ])
  func ignoresTextWithoutATime(_ input: String) {
    #expect(TimeParser.scan(input) == nil)
  }

  /// A day written in ISO's order without its year ("07-20 04:10:46", as a homelab's timeline
  /// table writes a night that runs over three days) is the month and day, month first whatever
  /// the numbers, before a time (hedged too: "07-22 ~13:00") or a span; a span of numbers
  /// before words is none ("12-15 minutes later").
  @Test func monthAndDayInISOOrder() throws {
    let second = try #require(TimeParser.scan("07-20 04:10:46 Last journal entry"))
    #expect(second.monthDay == TimeExpression.MonthDay(month: 7, day: 20) && second.time?.description == "04:10:46")
    #expect(second.rest == "Last journal entry")
    let hedged = try #require(TimeParser.scan("07-22 ~13:00 Confirmed healthy"))
    #expect(hedged.monthDay == TimeExpression.MonthDay(month: 7, day: 22) && hedged.isApproximate)
    let span = try #require(TimeParser.scan("07-20 02:00–04:00 Nightly backup window opens", allowingRange: true))
    #expect(span.monthDay?.day == 20 && span.time?.description == "02:00")
    #expect(TimeParser.scan("12-15 minutes later the queue drained")?.monthDay == nil)
    #expect(TimeParser.scan("7-20 04:00 x")?.monthDay == nil, "ISO writes two digits")
  }

  /// A full timestamp or a time to the second may carry its offset after a space, as logs and
  /// git write it; after a bare time a signed number is the event's ("14:05 +1000 requests").
  @Test func spacedOffsetsAfterAFullTimestamp() throws {
    let logged = try #require(TimeParser.scan("2019-05-04 00:15 +0000 First bug filed"))
    #expect(logged.zone?.fixedOffset == 0 && logged.rest == "First bug filed")
    let colon = try #require(TimeParser.scan("2024-03-02 14:05:00 -07:00 deploy"))
    #expect(colon.zone?.fixedOffset == -25_200 && colon.rest == "deploy")
    // The German short date, its full stop after the month, then the time.
    let german = try #require(TimeParser.scan("26.11. 14:10 alert fired"))
    #expect(german.monthDay == TimeExpression.MonthDay(month: 11, day: 26) && german.time?.description == "14:10")
    #expect(german.rest == "alert fired" && german.date == nil)
    let chat = try #require(TimeParser.scan("@ 09:25 - traffic back to normal"))
    #expect(chat.time?.description == "09:25" && chat.rest == "traffic back to normal")
    #expect(TimeParser.scan("@ana rolled back") == nil)
    let bare = try #require(TimeParser.scan("14:05 +1000 requests"))
    #expect(bare.zone == nil && bare.rest == "+1000 requests")
    // A time to the second is a log's too: "14:01:58 +0200 — failover".
    let toTheSecond = try #require(TimeParser.scan("14:01:58 +0200 — First failover"))
    #expect(toTheSecond.zone?.fixedOffset == 7_200 && toTheSecond.rest == "First failover")
  }

  @Test func approximateTimes() throws {
    #expect(try #require(TimeParser.scan("~14:20 on-call acknowledges")).isApproximate)
    let approx = try #require(TimeParser.scan("approx. 14:20 on-call acknowledges"))
    #expect(approx.isApproximate)
    #expect(approx.time?.description == "14:20")
    #expect(try #require(TimeParser.scan("14:20 on-call")).isApproximate == false)
    // GitLab's "23:00-ish": the hedge after the time is part of it, not of the text.
    for written in ["2017/01/31 23:00-ish: YP thinks", "23:00ish: YP thinks"] {
      let ish = try #require(TimeParser.scan(written, allowingRange: true))
      #expect(ish.isApproximate && ish.time?.description == "23:00" && ish.rest == "YP thinks", "\(written)")
    }
    #expect(try #require(TimeParser.scan("14:20 - ish is a word")).isApproximate == false)
    // A hedge in brackets after the time: "09:40 (approx.) — support ticket".
    for written in ["09:40 (approx.) — support ticket", "09:40 (est) — support ticket"] {
      let hedged = try #require(TimeParser.scan(written))
      #expect(hedged.isApproximate && hedged.rest == "support ticket", "\(written)")
    }
    let aside = try #require(TimeParser.scan("09:40 (about the deploy) support ticket"))
    #expect(aside.isApproximate == false && aside.rest == "(about the deploy) support ticket")
    // "±" hedges as "~" does, before the time or between its date and it (GitLab's 2017 log).
    for written in ["2017/01/31 ± 23:00 YP thinks", "±23:00 YP thinks", "2017/01/31 ~23:00 YP thinks"] {
      let hedged = try #require(TimeParser.scan(written, allowingRange: true))
      #expect(hedged.isApproximate && hedged.time?.description == "23:00" && hedged.rest == "YP thinks", "\(written)")
    }
  }

  /// The separator between a time and its event is no part of the event: dashes, bars, bullets
  /// and arrows, an emoji arrow with its variation selector too.
  @Test(arguments: [
    "14:05 - deploy", "14:05 | deploy", "14:05 → deploy", "14:05 ⇒ deploy", "14:05 ➜ deploy", "14:05 ➡️ deploy",
    "14:05 • deploy", "14:05 :: deploy", "14:05 -> deploy",
  ])
  func separatorsBeforeTheEvent(_ line: String) throws {
    let expression = try #require(TimeParser.scan(line))
    #expect(expression.time?.description == "14:05" && expression.rest == "deploy", "\(line)")
  }

  /// The offset from the start a timeline writes beside a time ("(+5m)", "[T+25m]", "(T+0:35)") is
  /// neither the time as written nor the event; a zone in brackets is still the zone.
  @Test(arguments: [
    ("14:05 (T+0) deploy", "14:05"), ("14:10 (+5m) alert", "14:10"), ("14:20 [+15m] deploy", "14:20"),
    ("14:30 [T+1h10m] deploy", "14:30"), ("14:40 (T+0:35) deploy", "14:40"),
  ])
  func offsetsBesideTheTime(_ line: String, _ time: String) throws {
    let expression = try #require(TimeParser.scan(line))
    #expect(expression.raw == time && expression.time?.description == time, "\(line)")
    #expect(!expression.rest.hasPrefix("(") && !expression.rest.hasPrefix("["), "\(line)")
    let zoned = try #require(TimeParser.scan("14:05 (+02:00) deploy"))
    #expect(zoned.zone?.fixedOffset == 7200 && zoned.rest == "deploy")
  }

  /// date(1)'s "Sat Mar 2 14:25:01 PST 2024" gives the year after the zone; a number followed by
  /// words there is a count ("… UTC 2024 requests failed").
  @Test func theYearAfterTheZone() throws {
    let stamped = try #require(TimeParser.scan("Sat Mar 2 14:25:01 PST 2024 — date output"))
    #expect(stamped.date?.description == "2024-03-02" && stamped.rest == "date output")
    let counted = try #require(TimeParser.scan("Mar 2 14:35 UTC 2024 requests failed"))
    #expect(counted.date == nil && counted.monthDay != nil && counted.rest == "2024 requests failed")
  }

  /// A relative time may carry its clock in brackets or after `=`: the same moment.
  @Test(arguments: [
    ("T+0 (14:00 UTC): deploy", "T+0 (14:00 UTC)", "14:00", "UTC", "deploy"),
    ("T+5m = 2:05 PM alert", "T+5m = 2:05 PM", "14:05", nil, "alert"),
    ("T+5m (3 pods) crash", "T+5m", nil, nil, "(3 pods) crash"),
  ])
  func relativeTimeWithItsClock(_ input: String, _ raw: String, _ time: String?, _ zone: String?, _ rest: String)
    throws
  {
    let expression = try #require(TimeParser.scan(input))
    #expect(expression.raw == raw && String(expression.rest) == rest)
    #expect(expression.time?.description == time && expression.zone?.text == zone)
    #expect(expression.relativeSeconds != nil)
  }

  /// ISO 8601's time without its date ("T14:35Z") is the time; "T+0:09" stays relative.
  @Test func anISOTimeWithoutItsDate() throws {
    let iso = try #require(TimeParser.scan("T14:35Z escalation"))
    #expect(iso.time?.description == "14:35" && iso.zone?.identifier == "UTC" && iso.rest == "escalation")
    #expect(try #require(TimeParser.scan("T+0:09 relative")).relativeSeconds == 540)
  }

  /// Emoji that mark a line and a leading "At" or "By" stand before the time, not in it.
  @Test(arguments: [
    ("🔴 14:06 outage begins", "14:06", "outage begins"), ("✅ 14:50 resolved", "14:50", "resolved"),
    ("⚠️ 2:05 PM alert", "2:05 PM", "alert"), ("At 14:10, rollback", "14:10", "rollback"),
    ("by 14:30 the queue drained", "14:30", "the queue drained"),
    // Slack's shortcodes, pasted with the chat.
    (":clock2: 10:02 deploy", "10:02", "deploy"), (":rotating_light: 14:06 alert fires", "14:06", "alert fires"),
  ])
  func leadingEmojiAndWords(_ line: String, _ raw: String, _ rest: String) throws {
    let expression = try #require(TimeParser.scan(line))
    #expect(expression.raw == raw && expression.rest == rest[...])
  }

  @Test(arguments: [
    "🔥 3 hosts down", "At least 3 hosts", "by design", "# 14 fixes", "9999 UTC", "1260 GMT", ":fire: 3 hosts down",
    ":clock2:10:02 deploy",
  ])
  func leadingEmojiAndWordsAloneAreNoTime(_ line: String) {
    #expect(TimeParser.scan(line)?.time == nil)
  }

  /// Timeline entries that span a few minutes are read whole: the start is the time, the written
  /// span is the raw text, and a zone after either end counts. A dash before a number that is no
  /// time ("- 2 pods") is not a span. Without `allowingRange` the end is left for the caller
  /// (DurationParser reads "2:00PM to 7:30PM" as two times).
  @Test(
    arguments: [
      ("23:40 – 23:45 replication lag grows", "23:40 – 23:45", "23:40", nil, "replication lag grows"),
      ("23:46 UTC - 23:50 UTC lag peaks", "23:46 UTC - 23:50 UTC", "23:46", "UTC", "lag peaks"),
      ("23:51-23:55 UTC, still lagging", "23:51-23:55 UTC", "23:51", "UTC", "still lagging"),
      ("2:05 PM to 2:20 PM PDT deploy", "2:05 PM to 2:20 PM PDT", "14:05", "PDT", "deploy"),
      ("23:58 - 2 pods restarted", "23:58", "23:58", nil, "2 pods restarted"),
      ("14:45 → 14:50: cache warmed", "14:45 → 14:50", "14:45", nil, "cache warmed"),
      // Opened and closed by the words of other languages.
      ("entre 18:40 y 18:45 — despliegue 2", "18:40 y 18:45", "18:40", nil, "despliegue 2"),
      ("zwischen 14:05 und 14:20 Uhr: Ausfall", "14:05 und 14:20 Uhr", "14:05", nil, "Ausfall"),
      ("18:40 hasta 18:45 — despliegue", "18:40 hasta 18:45", "18:40", nil, "despliegue"),
      // A start without its half of the day is in the end's, or the one before when that puts it first.
      ("1:21–1:29 PM Composer saves", "1:21–1:29 PM", "13:21", nil, "Composer saves"),
      ("11:50–12:10 PM lunch deploy", "11:50–12:10 PM", "11:50", nil, "lunch deploy"),
      ("12:30 to 1:15 PM migration", "12:30 to 1:15 PM", "12:30", nil, "migration"),
      ("11:40–1:10 AM overnight", "11:40–1:10 AM", "23:40", nil, "overnight"),
      // An end that writes only its minutes, or its seconds after a time to the second.
      ("10:15–30 — errors on checkout", "10:15–30", "10:15", nil, "errors on checkout"),
      ("22:32:04–08 — compactor writes a block", "22:32:04–08", "22:32:04", nil, "compactor writes a block"),
      ("10:40-45: retries", "10:40-45", "10:40", nil, "retries"),
      // Not an end: earlier than the start, or part of a number.
      ("10:45-30 users paged", "10:45", "10:45", nil, "30 users paged"),
      // The moments one event happened at, in the half of the day the last one writes.
      ("5:12, 6:17, 7:22 PM — the alert re-fires", "5:12, 6:17, 7:22 PM", "17:12", nil, "the alert re-fires"),
      ("05:12, 06:17, 07:22 AM — the alert re-fires", "05:12, 06:17, 07:22 AM", "05:12", nil, "the alert re-fires"),
      ("11:50, 12:10 PM retries", "11:50, 12:10 PM", "11:50", nil, "retries"),
    ] as [(String, String, String, String?, String)])
  func spans(_ line: String, _ raw: String, _ time: String, _ zone: String?, _ rest: String) throws {
    let expression = try #require(TimeParser.scan(line, allowingRange: true))
    #expect(expression.raw == raw)
    #expect(expression.time?.description == time)
    #expect(expression.zone?.text == zone)
    #expect(expression.rest == rest[...])
    #expect(TimeParser.scan("2:00PM to 7:30PM")?.raw == "2:00PM")
  }

  /// Clock times written with Korean, Japanese and Chinese hour and minute marks, with the words
  /// for the half of the day before them; "1時間" and "2시간" are lengths, not times.
  @Test(
    arguments: [
      ("오전 10시 31분 서버 다운", "오전 10시 31분", "10:31", "서버 다운"), ("15시 50분 복구 완료", "15시 50분", "15:50", "복구 완료"),
      ("10時35分 アラート発報", "10時35分", "10:35", "アラート発報"), ("午後3時40分 復旧", "午後3時40分", "15:40", "復旧"),
      ("下午3点20分，恢复", "下午3点20分", "15:20", "恢复"), ("9点半 发布", "9点半", "09:30", "发布"),
      ("오전 10시 31분 12초 장애 발생", "오전 10시 31분 12초", "10:31:12", "장애 발생"), ("午前12時5分 x", "午前12時5分", "00:05", "x"),
    ] as [(String, String, String, String)])
  func clocksWithHourAndMinuteMarks(_ line: String, _ raw: String, _ time: String, _ rest: String) throws {
    let expression = try #require(TimeParser.scan(line))
    #expect(expression.raw == raw && expression.time?.description == time && expression.rest == rest[...])
    #expect(TimeParser.scan("1時間後に復旧")?.time == nil && TimeParser.scan("2시간 동안 장애")?.time == nil)
    // After a date: "2024年8月23日 10時31分 障害発生".
    let dated = try #require(TimeParser.scan("2024年8月23日 10時31分 障害発生"))
    #expect(dated.date?.description == "2024-08-23" && dated.time?.description == "10:31")
    #expect(dated.raw == "2024年8月23日 10時31分" && dated.rest == "障害発生")
    // The clock may follow the day's mark with no space ("25日午後3時", "23일오전 10시").
    let joined = try #require(TimeParser.scan("2021年11月26日午前10時47分"))
    #expect(joined.date?.description == "2021-11-26" && joined.time?.description == "10:47")
    #expect(TimeParser.scan("2024년 8월 23일오전 10시 31분")?.time?.description == "10:31")
    #expect(TimeParser.scan("2021年11月25日本番障害")?.time == nil)
  }

  /// A Japanese report's details under headings of their own: "発生日時" (when it happened) is the
  /// start, "2021年11月25日午後3時" 3 PM that day; "障害の内容" is the summary.
  @Test func japaneseDetailHeadings() throws {
    let text = """
      # v1.4.0リリースで発生した障害について

      ## 障害の内容
      アップデート後にアプリが起動できなくなる。

      ### 発生日時
      2021年11月25日午後3時

      ### 復旧日時
      2021年11月26日午前10時47分

      ## 原因
      移行処理の不具合。
      """
    let document = TestSupport.parse(text)
    #expect(document.metadata.start?.timeOfDay?.description == "15:00")
    #expect(document.metadata.end?.timeOfDay?.description == "10:47")
    #expect(document.sections.map(\.kind).contains(.summary))
    #expect(!TestSupport.lint(text).contains { $0.message.hasPrefix("missing metadata 'date'") })
  }

  /// The words before a time in other languages: "a las 18:40" is the time, "antes de las 18:40"
  /// and "gegen 14:05" hedge it; a word that is no such phrase ("antes de desplegar") is none.
  @Test func leadPhrasesOfOtherLanguages() throws {
    let at = try #require(TimeParser.scan("a las 18:40 — servicio en vivo"))
    #expect(at.time?.description == "18:40" && !at.isApproximate && at.rest == "servicio en vivo")
    let before = try #require(TimeParser.scan("antes de las 18:40 — despliegue 1: el frontend no arranca"))
    #expect(before.time?.description == "18:40" && before.isApproximate)
    #expect(TimeParser.scan("gegen 14:05 Uhr Alarm")?.isApproximate == true)
    #expect(TimeParser.scan("vers 14h30 : alerte")?.time?.description == "14:30")
    #expect(TimeParser.scan("antes de desplegar 2 pods")?.time == nil)
  }

  /// The words that open or bound a stretch ("since 14:30", "ab 19:27", "until 15:00", "bis
  /// 21:00") lead the entry's time and stay written with it; "after" and "before" make it an
  /// estimate; a length after them is no time.
  @Test func wordsThatBoundAStretch() throws {
    let since = try #require(TimeParser.scan("Since 14:30 the queue grew"))
    #expect(since.time?.description == "14:30" && since.raw == "Since 14:30" && !since.isApproximate)
    #expect(since.rest == "the queue grew")
    let until = try #require(TimeParser.scan("bis 21:00 Heizstab läuft"))
    #expect(until.time?.description == "21:00" && until.raw == "bis 21:00" && until.rest == "Heizstab läuft")
    #expect(TimeParser.scan("ab 19:27 ESP verliert das WLAN")?.time?.description == "19:27")
    let after = try #require(TimeParser.scan("after 15:10 traffic recovered"))
    #expect(after.time?.description == "15:10" && after.isApproximate && after.raw == "after 15:10")
    #expect(TimeParser.scan("since 2 hours the queue grew")?.time == nil)
    #expect(TimeParser.scan("Until the rollback, errors")?.time == nil)
  }

  /// A template's "HH:MM:SS" is one unreadable time, its seconds and all; "SS" alone is none.
  @Test func aPlaceholderTimeToTheSecond() throws {
    let expression = try #require(TimeParser.scan("`HH:MM:SS`: {Description}"))
    #expect(expression.isUnrecognized)
    #expect(expression.raw == "HH:MM:SS")
    #expect(expression.rest == "{Description}")
    #expect(TimeParser.scan("SS: the ship sailed") == nil)
  }

  /// In a time column's cell the French clock may stand alone: "22h" is the time there, a
  /// length in running text; what follows it ("2 h 30 de retard") still makes it a length.
  @Test func theFrenchClockClosingACell() throws {
    for (cell, time) in [("22h", "22:00"), ("22H", "22:00"), ("10 h", "10:00"), ("9 h 05", "09:05"), ("~7h", "07:00")] {
      let expression = try #require(TimeParser.scan(cell, closingCell: true), "\(cell)")
      #expect(expression.time?.description == time && expression.raw == cell && expression.rest.isEmpty, "\(cell)")
      #expect(TimeParser.scan(cell)?.time == nil, "\(cell) outside a cell")
    }
    for cell in ["2 h 30 de retard", "25h", "9 h 75", "9h 05 x", "10 hours"] {
      #expect(TimeParser.scan(cell, closingCell: true)?.time == nil, "\(cell)")
    }
  }

  @Test func placeholderDateIsInvalid() throws {
    let expression = try #require(TimeParser.scan("2023-MM-DD 14:00 start"))
    #expect(expression.dateIsInvalid)
    #expect(expression.time?.description == "14:00")
  }

  @Test func zonesMapToIANA() throws {
    let cases: [(String, String?, Bool)] = [
      ("All times in Pacific Time (PT)", "America/Los_Angeles", false),
      ("All times UTC.", "UTC", false), ("Times are CEST", "Europe/Berlin", false),
      ("All times Eastern", "America/New_York", false), ("times in IST", "Asia/Kolkata", true),
      ("CST throughout", "America/Chicago", true), ("BST", "Europe/London", true),
      ("Times in America/Sao_Paulo", "America/Sao_Paulo", false), ("GMT", "UTC", false),
      ("All times PHT", "Asia/Manila", false), ("Times are NST", "America/St_Johns", false),
      ("All times ART", "America/Argentina/Buenos_Aires", false), ("Times in ADT", "America/Halifax", false),
      ("All times are Berlin time", "Europe/Berlin", false), ("Times in UK time", "Europe/London", false),
      ("Times: New York time", "America/New_York", false),
      // An ambiguous abbreviation with its place in brackets is no longer ambiguous.
      ("All times IST (India)", "Asia/Kolkata", false), ("Times in CST (China)", "Asia/Shanghai", false),
      ("BST (Bangladesh)", "Asia/Dhaka", false), ("IST (local)", "Asia/Kolkata", true),
      // A place's clock, local or not; the place settles the abbreviation in brackets after it.
      ("Times: Berlin local time", "Europe/Berlin", false), ("All times in Lisbon time", "Europe/Lisbon", false),
      ("All times are Dublin time (IST)", "Europe/Dublin", false),
      ("All times are Bengaluru local time (IST)", "Asia/Kolkata", false),
      ("Chronologie (heure de Paris)", "Europe/Paris", false),
      // The offset written before it settles the abbreviation too; an offset none of its zones
      // keeps leaves it ambiguous.
      ("All times in UTC+05:30 (IST)", "Asia/Kolkata", false), ("All times UTC+1 (IST)", "Europe/Dublin", false),
      ("Times UTC+3 (IST)", "Asia/Jerusalem", false), ("Times UTC+9 (IST)", "Asia/Kolkata", true),
      // "local" and the place in brackets after it.
      ("Times are local (Lisbon).", "Europe/Lisbon", false),
      ("All times in local time (New York)", "America/New_York", false),
      // "Central" alone, capitalised and closing its clause; the US regions by name.
      ("All times are Central.", "America/Chicago", false), ("All times Central", "America/Chicago", false),
      ("Times in US Central", "America/Chicago", false), ("All times US Pacific", "America/Los_Angeles", false),
    ]
    for (text, identifier, ambiguous) in cases {
      let match = try #require(TimeZoneTable.find(in: text), "\(text)")
      #expect(match.identifier == identifier, "\(text)")
      #expect(match.isAmbiguous == ambiguous, "\(text)")
    }
    #expect(TimeZoneTable.find(in: "times are approximate") == nil)
    #expect(TimeZoneTable.find(in: "we met at the cafe") == nil)
    #expect(TimeZoneTable.find(in: "the Berlin team paged") == nil)
    #expect(TimeZoneTable.find(in: "Lisbon was paged first") == nil)
    #expect(TimeZoneTable.find(in: "the central database and Central region failed") == nil)
    #expect(TimeZoneTable.find(in: "times are local (see the note)") == nil)
    let fixed = try #require(TimeZoneTable.find(in: "UTC-07:00"))
    #expect(fixed.fixedOffset == -25200)
  }
}

@Suite struct DateParserTests {
  @Test(arguments: [
    ("2024-03-02", "2024-03-02"), ("2024/03/02", "2024-03-02"), ("03/10/2021", "2021-03-10"),
    ("25/12/2021", "2021-12-25"), ("10.03.2021", "2021-03-10"), ("2 March 2024", "2024-03-02"),
    ("2nd of March, 2024", "2024-03-02"), ("March 2, 2024", "2024-03-02"), ("Mar 2nd 2024", "2024-03-02"),
    ("Tuesday, March 5, 2024", "2024-03-05"), ("2024-02-29", "2024-02-29"), ("[2025-04-29]", "2025-04-29"),
    ("2024-03-02 (Saturday)", "2024-03-02"), ("02-Mar-2024", "2024-03-02"), ("2-mar-24", "2024-03-02"),
    ("02/Mar/2024", "2024-03-02"), ("20240302", "2024-03-02"),
    // The non-breaking hyphen word processors put in dates.
    ("2025\u{2011}05\u{2011}20", "2025-05-20"), ("2025\u{2010}05\u{2010}20", "2025-05-20"),
    // Other languages' months: Spanish, French, German, Portuguese, Italian, Dutch; CJK marks.
    ("5 de marzo de 2024", "2024-03-05"), ("1er mars 2024", "2024-03-01"), ("5. März 2024", "2024-03-05"),
    ("12 de agosto de 2024", "2024-08-12"), ("3 maggio 2024", "2024-05-03"), ("5 maart 2024", "2024-03-05"),
    ("12 août 2024", "2024-08-12"), ("2024年4月8日", "2024-04-08"), ("2024년 4월 8일", "2024-04-08"),
    // A span of days is read as its first day.
    ("23-24 March 2026", "2026-03-23"), ("23–24 March 2026", "2026-03-23"), ("March 25-26, 2026", "2026-03-25"),
    ("Mar 25th–26th 2026", "2026-03-25"), ("12-13/09/2026", "2026-09-12"), ("12→13/09/2026", "2026-09-12"),
    ("12.–13.09.2026", "2026-09-12"), ("30-31/12/25", "2025-12-30"),
  ])
  func readsDates(_ input: String, _ expected: String) {
    guard case .valid(let date) = DateParser.parse(input) else {
      Issue.record("\(input) was not read as a date")
      return
    }
    #expect(date.description == expected)
  }

  @Test(arguments: [
    "2023-02-29", "2024-02-30", "2024-13-01", "2023-MM-DD", "13/45/2024", "2024-04-31", "31-Feb-2024",
  ])
  func flagsImpossibleDates(_ input: String) {
    #expect(DateParser.parse(input) == .invalid)
  }

  @Test(arguments: [
    "soon", "Q3", "next week", "", "1234", "12345678", "20241301", "02-Mar 2024", "2-Mar-123", "5 days ago",
    "2 ago 2024", "Marco 12, 2024", "2024年4月",
    // Not spans of days: the second day before the first, or past the month's longest.
    "24-23 March 2026", "March 25-40, 2026", "12-13/14/2026",
  ])
  func ignoresNonDates(_ input: String) {
    #expect(DateParser.parse(input) == .none)
  }

  @Test func calendarArithmetic() throws {
    let date = try #require(CalendarDate(year: 2024, month: 2, day: 28))
    #expect(date.adding(days: 1).description == "2024-02-29")
    #expect(date.adding(days: 2).description == "2024-03-01")
    #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
    #expect(date.weekday == 3)  // a Wednesday
    #expect(CalendarDate(year: 1999, month: 12, day: 31)!.adding(days: 1).description == "2000-01-01")
  }
}

@Suite struct DurationParserTests {
  @Test(arguments: [
    ("6 hours", 360), ("1h 30m", 90), ("5h30m", 330), ("90 minutes", 90), ("1.5 hours", 90), ("2 days", 2880),
    ("~3h", 180), ("about 45 min", 45), ("1 hour and 6 minutes", 66), ("an hour", 60), ("2:30", 150),
    ("2:00PM to 7:30PM", 330), ("14:00–15:06 UTC", 66), ("22:40 - 01:10", 150), ("from 23:15 until 01:30", 135),
    ("2025-04-29 14:00 - 2025-04-30 02:00", 720),
    // Halves, and minutes against the hours without their unit (each was read short before).
    ("1h20", 80), ("1h20 (approx)", 80), ("half an hour", 30), ("about an hour and a half", 90),
    ("2 and a half hours", 150), ("2 hours 3 incidents", 120),
    // Counts written as words.
    ("two hours", 120), ("about three and a half hours", 210), ("forty-five minutes", 45), ("ninety minutes", 90),
    ("one hour and twenty minutes", 80),
    // ISO 8601, as incident tools export a duration.
    ("PT1H20M", 80), ("P1DT2H", 1560), ("pt45m", 45), ("PT1.5H", 90), (" PT30M ", 30),
    // Abbreviated units with their full stops.
    ("1 Std. 45 Min.", 105), ("1 hr. 5 min", 65), ("2 hrs. 10 mins.", 130),
    // A window in brackets after the length adds nothing to it (this was 134 minutes).
    ("~2 hours (14:00-16:00 UTC)", 120), ("2h (09:00–11:00)", 120),
    // Minutes written apart after the hours' word, closing the length; a clock or a count is none.
    ("2 heures 15", 135), ("2 hours 15", 135), ("2 Stunden 15 (14:00–16:15)", 135), ("2 hours 14:00", 120),
    ("2 hours 15 users", 120), ("2 hours, 15", 120),
  ])
  func readsDurations(_ input: String, _ minutes: Int) {
    #expect(DurationParser.parse(input).minutes == minutes, "\(input)")
  }

  @Test func rangeKeepsEnds() throws {
    let reading = DurationParser.parse("14:00–15:06 UTC")
    #expect(reading.start?.raw == "14:00")
    #expect(reading.end?.raw == "15:06 UTC")
    #expect(reading.start?.zone?.identifier == "UTC")
  }

  /// "45 minutes (08:15 → 09:00 UTC)": a length, and the window it was measured over in brackets.
  @Test func aBracketedWindowAfterTheLengthGivesItsEnds() {
    let reading = DurationParser.parse("45 minutes (08:15 → 09:00 UTC)")
    #expect(reading.minutes == 45 && reading.start?.raw == "08:15" && reading.end?.raw == "09:00 UTC")
    #expect(reading.start?.zone?.identifier == "UTC")
    let unbracketed = DurationParser.parse("45 minutes (est.)")
    #expect(unbracketed.minutes == 45 && unbracketed.start == nil && unbracketed.end == nil)
    // A window of another length contradicts the figure; the length is judged on its own.
    let contradicted = DurationParser.parse("3 hours (10:45 - 16:11 UTC)")
    #expect(contradicted.minutes == 180 && contradicted.start == nil)
  }

  /// "19 hours 12 minutes (1152 minutes)": the length restated in brackets is not added to it;
  /// the bracketed length alone is still read, and so is a stated measure (**MTTR:**) written so.
  @Test func aLengthRestatedInBracketsCountsOnce() throws {
    #expect(DurationParser.parse("19 hours 12 minutes (1152 minutes)").minutes == 1152)
    #expect(DurationParser.parse("1h [60 min]").minutes == 60)
    #expect(DurationParser.parse("(45 minutes)").minutes == 45)
    let text = """
      **Date**: July 8, 2022
      **MTTR**: 19 hours 12 minutes (1152 minutes)

      ## Timeline (EDT)

      - **04:43** - Routing filter removed; core network begins failing
      - **04:58** - Alertmanager page: core routers unreachable
      - **23:55** - Wireless service restored nationwide
      """
    #expect(TestSupport.parse(text).timeline?.entries.map(\.milestone) == [.started, .detected, .resolved])
    #expect(!TestSupport.lint(text).contains { $0.rule == "duration-mismatch" })
  }

  @Test(arguments: [
    "ongoing", "unknown", "", "several hours", "half", "and a half", "two regions", "forty-two", "P1M", "PT", "PTH",
    "PT1H20", "P2W", "PT1H 20M",
  ])
  func unreadableDurations(_ input: String) {
    #expect(DurationParser.parse(input).minutes == nil)
  }
}

@Suite struct IncidentSeverityTests {
  @Test(arguments: [
    ("SEV0", IncidentSeverity.Level.catastrophic), ("SEV1", .critical), ("Sev-2", .high), ("sev 3", .medium),
    ("SEV4", .low), ("SEV5", .informational), ("P0", .catastrophic), ("P1", .critical), ("P4", .low),
    ("Critical", .critical), ("[Critical]", .critical), ("High", .high), ("Major", .high), ("Medium", .medium),
    ("Minor", .low), ("Low", .low), ("SEV2 (High)", .high), ("Severity 1", .critical), ("S2", .high),
    ("**SEV-1** – customer facing", .critical), ("Level 2", .high), ("Priority 1", .critical), ("LVL-3", .medium),
    ("Majeure", .high), ("Critique", .critical), ("Faible", .low), ("Alta", .high), ("Crítica", .critical),
    ("Média", .medium), ("Baja", .low), ("Hoch", .high), ("Kritisch", .critical), ("Niedrig", .low),
    // A level that changed is the level it ended at; "L2" is level 2.
    ("SEV2 → SEV1", .critical), ("SEV3, escalated to SEV2", .high), ("SEV2 -> SEV3", .medium),
    ("P1 (downgraded to P2 at 14:00)", .high), ("L2", .high), ("Sev 2 to Sev 1", .critical),
    ("High impact to customers", .high),
  ])
  func recognisesLevels(_ raw: String, _ level: IncidentSeverity.Level) {
    #expect(IncidentSeverity.level(of: raw) == level, "\(raw)")
  }

  @Test(arguments: ["Bad", "SEV9", "P7", "urgent-ish?", "", "TBD", "Level up", "Levels 9"])
  func unknownSeveritiesKeepTheirText(_ raw: String) {
    let severity = IncidentSeverity(raw: raw, location: SourceLocation(line: 1, column: 1))
    if raw == "urgent-ish?" {
      #expect(severity.level == .critical)  // "urgent" is a recognised word
    } else {
      #expect(severity.level == nil)
      #expect(severity.raw == raw)
    }
  }

  @Test func scaleIsOrdered() {
    #expect(IncidentSeverity.Level.catastrophic < .critical)
    #expect(IncidentSeverity.Level.allCases.map(\.rank) == [0, 1, 2, 3, 4, 5])
    #expect(IncidentSeverity.Level.critical.sevLabel == "SEV1")
  }
}

@Suite struct SectionKindTests {
  @Test(arguments: [
    ("Issue Summary", SectionKind.summary), ("Summary", .summary), ("Overview", .summary), ("TL;DR", .summary),
    ("Root Cause Analysis", .rootCause), ("Root Causes", .rootCause), ("Contributing Factors", .rootCause),
    ("Contributing Factor(s)", .rootCause), ("Stabilization Steps", .resolution), ("Solution", .resolution),
    ("What needs improvement", .whatWentWrong), ("Still open", .actionItems),
    ("The lesson, stated so it transfers", .lessonsLearned), ("BLUF", .summary), ("What was done", .resolution),
    ("Lições de análise", .lessonsLearned), ("Lecciones del incidente", .lessonsLearned),
    ("What we did right", .whatWentWell), ("What we got slightly wrong", .whatWentWrong),
    ("Action Items", .actionItems), ("Follow-ups", .actionItems), ("Corrective Actions", .actionItems),
    ("Remediation", .actionItems), ("Next steps", .actionItems), ("CAPA", .actionItems),
    ("Lessons Learned", .lessonsLearned),
    ("What went well", .whatWentWell), ("What didn't go well", .whatWentWrong),
    ("Where we got lucky", .whereWeGotLucky), ("What we got lucky on", .whereWeGotLucky),
    ("Why did it occur?", .rootCause), ("Basic Information", .summary), ("Response & Mitigation", .resolution),
    ("Impact", .impact), ("Customer impact", .impact), ("Impact Assessment", .impact),
    ("Timeline (all times UTC)", .timeline), ("3. Timeline", .timeline), ("🕒 Timeline", .timeline),
    ("Detailed incident timeline", .timeline), ("Trigger", .trigger), ("Detection", .detection),
    ("Resolution and recovery", .resolution), ("Blameless root cause", .rootCause),
    ("What can be improved", .whatWentWrong), ("Incident log", .timeline), ("Event log", .timeline),
    ("Key events", .timeline), ("Cronología (hora de Madrid, CET)", .timeline), ("Causa raíz", .rootCause),
    ("Actions correctives", .actionItems), ("Maßnahmen", .actionItems), ("Zusammenfassung", .summary),
    ("Lições aprendidas", .lessonsLearned), ("Résumé", .summary),
    // Leading qualifiers and enumerations.
    ("Post-Incident Action Items", .actionItems), ("Owners & Action Items", .actionItems),
    ("List of action items", .actionItems), ("I. Summary", .summary), ("A) Summary", .summary),
    ("II. Timeline (UTC)", .timeline), ("Contributing Causes", .rootCause), ("B) Lessons learned", .lessonsLearned),
    ("ISSUE OVERVIEW", .summary), ("Outage Summary", .summary), ("Event Timeline", .timeline),
    ("Regression prevention", .actionItems), ("How we prevent this", .actionItems),
    // Spanish and Portuguese templates' names; questions.
    ("Análisis causal", .rootCause), ("Análise de causa raiz", .rootCause), ("Medidas tomadas", .resolution),
    ("Acciones correctivas/preventivas", .actionItems), ("Recomendações", .actionItems),
    ("What was the root cause?", .rootCause), ("What is the impact?", .impact),
    ("What are we doing to prevent it from happening again?", .actionItems),
    ("Working theory", .rootCause), ("Our best guess (root cause)", .rootCause), ("Resulting Action", .actionItems),
  ])
  func recognisesHeadings(_ heading: String, _ kind: SectionKind) {
    #expect(SectionKind.recognize(heading) == kind, "\(heading)")
  }

  @Test(arguments: [
    "Appendix A: graphs", "Glossary", "Thanks", "Kubernetes internals", "Open questions", "The team",
    "Incident commander notes", "Issue 1: lock contention", "Outage", "Report", "Appendix (screenshots)",
  ])
  func leavesOtherHeadingsUnclassified(_ heading: String) {
    #expect(SectionKind.recognize(heading) != .timeline && SectionKind.recognize(heading) != .actionItems)
  }

  /// A bold "**Root cause:**" after the timeline or the action items starts the next section (its
  /// list is no timeline entry); elsewhere a bold label stays a part of the section it sits in.
  @Test func boldSectionLabelsAfterTheTimeline() throws {
    let document = TestSupport.parse(
      """
      # Webhook delays

      ## Timeline

      All times UTC.

      - 14:00 queue grows

      **Root cause:**

      Vendor outage.

      **Action items:**

      * Add vendor status check — owner @bo

      ## Impact

      **Customer impact**

      Delays.

      ## Lessons Learned

      **What went well**

      - Paging.
      """)
    #expect(
      document.sections.map { "\($0.title):\($0.level)" } == [
        "Webhook delays:1", "Timeline:2", "Root cause:2", "Action items:2", "Impact:2", "Customer impact:3",
        "Lessons Learned:2", "What went well:3",
      ])
    #expect(document.timeline?.entries.map(\.text) == ["queue grows"])
    #expect(document.rootCause?.markdown == "Vendor outage.")
    #expect(document.actionItems.map(\.title) == ["Add vendor status check"])
    #expect(document.impact?.markdown == "**Customer impact**\n\nDelays.")
    #expect(document.lessonsLearned?.wentWell.map(\.text) == ["Paging."])
  }

  /// A retrospective's "Went well / To improve / Action items" under one heading: the action items
  /// are no lessons, and "To improve" is what went wrong.
  @Test func aRetrospectivesActionItemsAreNoLessons() throws {
    let document = TestSupport.parse(
      "# T\n\n## Retrospective\n\n### Went well\n- fast rollback\n\n### To improve\n- no canary\n\n"
        + "### Action items\n- [ ] add canary @bo\n\n#### Later\n- [ ] add chaos tests @bo\n\n### Notes\n- quiet shift\n"
    )
    let lessons = try #require(document.lessonsLearned)
    #expect(lessons.wentWell.map(\.text) == ["fast rollback"] && lessons.wentWrong.map(\.text) == ["no canary"])
    #expect(lessons.other.map(\.text) == ["quiet shift"])
    #expect(document.actionItems.map(\.title) == ["add canary", "add chaos tests"])
  }

  /// "What went wrong" on its own is where a team without a root-cause heading says what broke;
  /// under "Lessons Learned" it is a retrospective point, and the root cause is still missing.
  @Test func whatWentWrongStandsInForAMissingRootCause() throws {
    let standalone =
      "# Outage\n\n## Summary\n\nDown.\n\n## What went wrong\n\nThe config was bad.\n\n"
      + "## What went well\n\nPaging worked.\n"
    let document = TestSupport.parse(standalone)
    let rootCause = try #require(document.rootCause)
    #expect(rootCause.title == "What went wrong" && rootCause.kind == .rootCause && rootCause.line == 7)
    #expect(rootCause.markdown == "The config was bad.")
    #expect(document.lessonsLearned?.wentWrong.map(\.text) == ["The config was bad."], "still a lesson too")
    let missing = { (text: String) in
      TestSupport.lint(text).filter { $0.rule == "required-section" }.map(\.message)
    }
    #expect(!missing(standalone).contains { $0.contains("'Root Cause Analysis'") })

    let nested = "# Outage\n\n## Summary\n\nDown.\n\n## Lessons Learned\n\n### What went wrong\n\nBad config.\n"
    #expect(TestSupport.parse(nested).rootCause == nil)
    #expect(missing(nested).contains { $0.contains("'Root Cause Analysis'") })

    // A real root-cause section wins over the stand-in, wherever it stands.
    let both = standalone + "\n## Root Causes\n\nA race in the deployer.\n"
    #expect(TestSupport.parse(both).rootCause?.title == "Root Causes")
  }
}

@Suite struct TextTokenTests {
  /// Tokens are slices of the text they came from (callers index the text with their bounds),
  /// also when that text is itself a slice of a longer string.
  @Test(arguments: ["14:05 UTC — rolled back", "é2:05PM ça va", "  ~[14:05]\tdone  ", "🔥🔥 12 x"])
  func tokensAreSlicesOfTheirText(_ line: String) {
    let whole = "prefix: " + line + " :suffix"
    let text = whole[whole.index(whole.startIndex, offsetBy: 8)..<whole.index(whole.endIndex, offsetBy: -8)]
    let tokens = TextToken.tokenize(text)
    #expect(!tokens.isEmpty)
    for token in tokens {
      #expect(text[token.text.startIndex..<token.text.endIndex] == token.text)
      #expect(token.text.startIndex >= text.startIndex && token.text.endIndex <= text.endIndex)
    }
    #expect(tokens.map(\.text).joined() == String(text.filter { !$0.isWhitespace }))
  }

  /// The length and value stored while tokenizing are the ones the text itself gives.
  @Test(arguments: [
    "2024-03-02T14:05:00Z", "0930 h", "Mon 23:59 PDT", "123456789 1234567890 007", "café e\u{301}t\u{e9} 12",
    "١٢:٣٠ 12:30", "🔥🔥 x",
  ])
  func lengthsAndValuesMatchTheText(_ text: String) {
    for token in TextToken.tokenize(text[...]) {
      #expect(token.count == token.text.count, "\(token.text)")
      #expect(token.intValue == (token.isNumber && token.text.count <= 9 ? Int(token.text) : nil), "\(token.text)")
    }
  }
}
