import Foundation
import Testing

@testable import PostmortemKit

@Suite struct ActionRollupTests {
  static let today = CalendarDate(year: 2025, month: 5, day: 1)!

  static func samples() throws -> [PostmortemDocument] {
    try SampleParsingTests.expectations.map { try TestSupport.sample($0.file) }
  }

  static func rollup(_ filter: ActionFilter = ActionFilter()) throws -> ActionItemRollup {
    ActionItemRollup(documents: try samples(), filter: filter, today: today)
  }

  @Test func countsPerStatusAndOwnerMatchTheSamples() throws {
    var all = ActionFilter()
    all.status = .all
    let rollup = try Self.rollup(all)
    #expect(rollup.items.count == 15)
    #expect(rollup.totals.open == 10 && rollup.totals.done == 5 && rollup.totals.overdue == 5)
    let open = try Self.rollup()
    var owners: [String: Int] = [:]
    for item in open.items { owners[item.owner ?? "(none)", default: 0] += 1 }
    #expect(owners == ["bo": 1, "carol": 1, "eli": 2, "dana": 1, "farah": 1, "gus": 1, "ivan": 1, "(none)": 2])
    var done = ActionFilter()
    done.status = .done
    #expect(Set(try Self.rollup(done).items.compactMap(\.owner)) == ["ana", "bo", "dana", "gus", "hana"])
    #expect(open.summary == "10 open, 5 done, 5 overdue (15 action items in 5 postmortems; 10 shown)")
  }

  @Test func filters() throws {
    var byOwner = ActionFilter()
    byOwner.owner = "@ELI"
    #expect(try Self.rollup(byOwner).items.map(\.owner) == ["eli", "eli"])
    var severe = ActionFilter()
    severe.severity = .critical
    #expect(Set(try Self.rollup(severe).items.map(\.postmortem.severity)) == ["SEV1"])
    #expect(try Self.rollup(severe).items.count == 4)
    var overdue = ActionFilter()
    overdue.overdueOnly = true
    #expect(try Self.rollup(overdue).items.allSatisfy { $0.overdue && $0.due! < Self.today })
    #expect(try Self.rollup(overdue).items.count == 5)
    var window = ActionFilter()
    window.since = CalendarDate(year: 2024, month: 6, day: 1)
    window.until = CalendarDate(year: 2024, month: 9, day: 30)
    #expect(Set(try Self.rollup(window).items.map(\.postmortem.date!.description)) == ["2024-06-11", "2024-09-03"])
  }

  @Test func orderAndGroupsAreStable() throws {
    let rollup = try Self.rollup()
    let dues = rollup.items.compactMap(\.due)
    #expect(dues == dues.sorted())
    #expect(rollup.items.last?.due == nil)
    let groups = rollup.groups(by: .due).map(\.title)
    #expect(groups == ["Overdue", "No due date"])
    #expect(rollup.groups(by: .owner).last?.title == "(no owner)")
    #expect(rollup.groups(by: .severity).map(\.title) == ["SEV1", "SEV2"])
  }

  @Test func idsSurviveReorderingEditsAndNewItems() throws {
    let original = """
      # Queue backlog

      **Date:** 2024-05-01

      An unrelated paragraph.

      ## Action Items

      - [ ] Add a lock timeout (owner: @gus, due: 2024-06-01)
      - [ ] Alert on queue depth @ana
      - [x] Restart the workers
      """
    let changed = """
      # Queue backlog

      **Date:** 2024-05-01

      An unrelated paragraph, rewritten after review with more detail.

      ## Action Items

      - [x] Restart the workers
      - [ ] Write a runbook for the queue (owner: @bo)
      - [ ] Alert on queue depth @ana
      - [ ] Add a lock timeout (owner: @gus, due: 2024-06-15)
      """
    let before = PostmortemParser().parse(original, file: "postmortems/2024-05-01-queue-backlog.md")
    let after = PostmortemParser().parse(changed, file: "archive/2024/2024-05-01-queue-backlog.md")
    let oldIDs = Dictionary(uniqueKeysWithValues: zip(before.actionItems.map(\.title), ActionItemID.ids(for: before)))
    let newIDs = Dictionary(uniqueKeysWithValues: zip(after.actionItems.map(\.title), ActionItemID.ids(for: after)))
    for (title, id) in oldIDs { #expect(newIDs[title] == id, "\(title)") }
    #expect(Set(newIDs.values).count == 4)
    #expect(oldIDs.values.allSatisfy { $0.hasPrefix("ai-") && $0.count == 15 })
  }

  @Test func explicitIDsWinAndDuplicatesAreToldApart() {
    let document = PostmortemParser().parse(
      "## Action Items\n\n- [ ] Fix it (id: OPS-AI-7)\n- [ ] Same title\n- [ ] same   TITLE!\n", file: "x.md")
    let ids = ActionItemID.ids(for: document)
    #expect(ids[0] == "OPS-AI-7")
    #expect(ids[2] == ids[1] + "-2")
    // A "#" column's row numbers would collide across postmortems: they are qualified by the file.
    let numbered = PostmortemParser().parse(
      "## Action Items\n\n| # | Action | Owner |\n|---|---|---|\n| 1 | Pre-scale | Infra |\n| 2 | Alert | Obs |\n",
      file: "notes/2021-01-04-slack.md")
    #expect(numbered.actionItems.map(\.id) == ["1", "2"])
    #expect(ActionItemID.ids(for: numbered) == ["2021-01-04-slack#1", "2021-01-04-slack#2"])
    // So are a postmortem's own item numbers (AI-1, A2); a tracker's key (OPS-42) is global.
    let headed = PostmortemParser().parse(
      "## Action Items\n\n- [ ] Alert (id: AI-1)\n- [ ] Canary (id: A2)\n- [ ] Runbook (id: OPS-42)\n",
      file: "b/2024-02-20-login.md")
    #expect(ActionItemID.ids(for: headed) == ["2024-02-20-login#AI-1", "2024-02-20-login#A2", "OPS-42"])
    #expect(!ActionItemID.isLocalNumber("AI-") && !ActionItemID.isLocalNumber("T305120"))
    #expect(
      ActionItemID.derive(postmortem: "x", title: "Add an alert!")
        == ActionItemID.derive(postmortem: "x", title: "add  an ALERT"))
  }

  @Test func jsonCarriesTheCanonicalKeys() throws {
    let output = ActionExportFormat.jsonl.export(try Self.rollup(), options: ActionExportOptions(generator: "t"))
    let lines = output.split(separator: "\n")
    #expect(lines.count == 10)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    for key in ["id", "title", "done", "owner", "due", "ticket", "priority", "type", "group", "line", "postmortem"] {
      #expect(object.keys.contains(key), "\(key)")
    }
    let postmortem = try #require(object["postmortem"] as? [String: Any])
    #expect(Set(postmortem.keys).isSuperset(of: ["file", "title", "date", "severity"]))
  }

  @Test func outputIsByteForByteDeterministic() throws {
    for format in ActionExportFormat.allCases {
      let options = ActionExportOptions(grouping: .owner, generator: "postmortem 0.1.0")
      #expect(format.export(try Self.rollup(), options: options) == format.export(try Self.rollup(), options: options))
    }
  }

  static func hostileRollup() -> ActionItemRollup {
    let markdown = """
      # Hostile

      **Date:** 2024-05-01
      **Severity:** SEV2

      ## Action Items

      - [ ] =HYPERLINK("http://evil.example","click") (owner: @bo)
      - [ ] +1, "quoted", and a comma (owner: @ana)
      - [ ] -2 starts with a minus
      - [ ] @carol leads with a mention
      - [ ] $(rm -rf ~) and \\`uname -a\\` and 'single' "double" \\ back (owner: @dee)
      - [ ] Already tracked (owner: @bo, OPS-9)
      """
    var document = PostmortemParser().parse(markdown, file: "postmortems/2024-05-01-hostile.md")
    document.actionItems[1].title += "\nsecond line"
    return ActionItemRollup(documents: [document], today: CalendarDate(year: 2024, month: 5, day: 2)!)
  }

  @Test func csvIsRFC4180AndSafeInASpreadsheet() throws {
    let rollup = Self.hostileRollup()
    let csv = ActionExportFormat.csv.export(rollup, options: ActionExportOptions(generator: "t"))
    #expect(csv.hasSuffix("\r\n"))
    let script = """
      import csv, io, json, sys
      rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))
      print(json.dumps(rows))
      """
    let result = try TestSupport.python(["-c", script], input: csv)
    #expect(result.status == 0, "\(result.output)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
    #expect(rows.count == rollup.items.count + 1)
    #expect(rows.allSatisfy { $0.count == rows[0].count })
    let titles = rows.dropFirst().map { $0[1] }
    #expect(titles.contains("'=HYPERLINK(\"http://evil.example\",\"click\")"))
    #expect(titles.contains("'+1, \"quoted\", and a comma\nsecond line"))
    #expect(titles.contains("'-2 starts with a minus"))
    #expect(titles.contains("@carol leads with a mention") == false)
    #expect(titles.contains("'@carol leads with a mention"))
    for cell in rows.dropFirst().flatMap({ $0 }) {
      #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""), "\(cell)")
    }
  }

  @Test func jiraCSVHasTheImportColumns() throws {
    let csv = ActionExportFormat.jiraCSV.export(try Self.rollup(), options: ActionExportOptions(generator: "t"))
    let header = csv.split(separator: "\r\n").first.map(String.init)
    #expect(header == "Summary,Description,Issue Type,Priority,Assignee,Due date,Labels,Labels,Labels")
    #expect(csv.contains(",Task,,eli,2024-09-20,postmortem,pm-2024-09-03-checkout-latency,"))
    #expect(csv.contains("postmortem-action-id: ai-"))
    #expect(!csv.contains("pm-2024 "), "labels have no spaces")
  }

  @Test func githubScriptPassesEverythingLiterally() throws {
    let directory = try TestSupport.temporaryDirectory()
    let log = directory.appendingPathComponent("gh.log")
    let fake = directory.appendingPathComponent("gh")
    try """
    #!/bin/sh
    case "$1 $2" in
      "issue list") echo "${FAKE_GH_FOUND:-0}" ;;
      "label create") : ;;
      "issue create") for arg in "$@"; do printf '%s\\000' "$arg" >> "$FAKE_GH_LOG"; done; printf '\\001' >> "$FAKE_GH_LOG" ;;
      *) echo "unexpected gh call: $*" >&2; exit 3 ;;
    esac
    """.write(to: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let script = directory.appendingPathComponent("file-issues.sh")
    try ActionExportFormat.github.export(Self.hostileRollup(), options: ActionExportOptions(generator: "t"))
      .write(to: script, atomically: true, encoding: .utf8)
    let canary = directory.appendingPathComponent("canary")
    try "still here".write(to: canary, atomically: true, encoding: .utf8)

    func run(found: String) throws -> Int32 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [script.path]
      process.currentDirectoryURL = directory
      process.environment = [
        "PATH": directory.path + ":/usr/bin:/bin", "FAKE_GH_LOG": log.path, "FAKE_GH_FOUND": found,
        "HOME": directory.path,
      ]
      try process.run()
      process.waitUntilExit()
      return process.terminationStatus
    }
    #expect(try run(found: "0") == 0)
    let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\u{1}").map {
      $0.split(separator: "\0", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
    #expect(calls.count == 5, "the item with a ticket is skipped")
    let titles = calls.map { $0[$0.firstIndex(of: "--title")! + 1] }
    #expect(titles.contains("$(rm -rf ~) and `uname -a` and 'single' \"double\" \\ back"))
    #expect(titles.contains("+1, \"quoted\", and a comma\nsecond line"))
    #expect(calls.allSatisfy { $0.contains("--label") && $0.contains("postmortem") })
    let bodies = calls.map { $0[$0.firstIndex(of: "--body")! + 1] }
    #expect(bodies.allSatisfy { $0.contains("postmortem-action-id: ai-") })
    let dee = try #require(calls.first { $0.contains("dee") })
    #expect(dee[dee.firstIndex(of: "--assignee")! + 1] == "dee")
    #expect(try String(contentsOf: canary, encoding: .utf8) == "still here")

    // A second run finds every issue already filed and files nothing.
    try FileManager.default.removeItem(at: log)
    #expect(try run(found: "1") == 0)
    #expect(!FileManager.default.fileExists(atPath: log.path))
  }

  /// IDs are derived from normalised titles and must never change: the ASCII fast path has to
  /// give exactly what the Unicode-aware definition gives.
  @Test(arguments: [
    "Add an alert!", "  add  an ALERT ", "OPS-42: fix\tit\r\nnow", "", "---", "a1b2 C3", "Ünïcode títle — 2",
    "tab\there", "MiXeD_case-and.dots",
  ])
  func normalisedTitlesMatchTheUnicodeDefinition(_ title: String) {
    let reference = title.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    #expect(ActionItemID.normalize(title) == reference)
  }

  /// IDs must never change: the in-place hash and hex and the byte path for file names agree with
  /// the definitions they replaced, on random titles and paths.
  @Test func idsAgreeWithTheirDefinition() {
    var random = TestRandom(seed: 5)
    let titlePieces = ["Add", " ", "an", "alert", "!", "ÉTÉ", "2024", "-", "x", "  ", "Ünïcode", "🔥"]
    let pathPieces = ["a", "/", "b.md", ".MD", ".markdown", ".Markdown", "//", "x", ".", "md", "é"]
    for _ in 0..<2000 {
      let title = (0..<random.next(6)).map { _ in titlePieces[random.next(titlePieces.count)] }.joined()
      let file = (0..<random.next(6)).map { _ in pathPieces[random.next(pathPieces.count)] }.joined()
      let identity = ActionItemID.postmortemIdentity(file: file)
      #expect(identity == ActionItemID.identityByCharacters(file: file), "\(file)")
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in (identity + "\u{0}" + ActionItemID.normalize(title)).utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
      }
      let hex = String(hash, radix: 16)
      let expected = "ai-" + (String(repeating: "0", count: 16 - hex.count) + hex).prefix(12)
      #expect(ActionItemID.derive(postmortem: identity, title: title) == expected, "\(title)")
    }
  }

  /// `actions` parses with the action-item scope: on every sample and fixture it must roll up
  /// exactly what a full parse rolls up, and leave out only what the roll-up never reads.
  @Test func actionItemScopeRollsUpWhatAFullParseDoes() throws {
    let files = try TestSupport.scopeTestFiles()
    #expect(files.count > 60)
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    var scoped = PostmortemParser()
    scoped.scope = .actionItems
    var withItems = 0
    for file in files {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let full = PostmortemParser().parse(text, file: file)
      let partial = scoped.parse(text, file: file)
      #expect(
        ActionItemRollup.items(of: partial, today: today) == ActionItemRollup.items(of: full, today: today), "\(file)")
      #expect(partial.actionItems == full.actionItems && partial.sections == full.sections, "\(file)")
      #expect(partial.timeline == nil && partial.summary == nil, "\(file)")
      if !full.actionItems.isEmpty { withItems += 1 }
    }
    #expect(withItems > 40)
  }

  /// A postmortem that states no date is dated by its stated start (or end, or title) in the
  /// roll-up, as its times are; one that names no day at all stays undated.
  @Test func aPostmortemWithoutADateIsDatedByItsStart() {
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let started = TestSupport.parse(
      "---\ntitle: API errors\nstart: 2024-03-09T22:41:00-05:00\n---\n\n## Action Items\n\n- Stage rotations (owner: @dana)\n"
    )
    #expect(ActionItemRollup.items(of: started, today: today).map(\.postmortem.date?.description) == ["2024-03-09"])
    let undated = TestSupport.parse("# API errors\n\n## Action Items\n\n- Stage rotations (owner: @dana)\n")
    #expect(ActionItemRollup.items(of: undated, today: today).map(\.postmortem.date) == [nil])
  }

  /// The collected items grow to what the postmortems read so far predict, not to double: at
  /// six tenths of the archive with 6,000 items, room for 10,500; early on, or past the end, double.
  @Test func capacityFollowsThePrediction() {
    #expect(ActionItemRollup.capacity(needed: 6000, read: 6000, of: 10000) == 10500)
    #expect(ActionItemRollup.capacity(needed: 9000, read: 8000, of: 10000) == 11812)
    // Never more than double, nor less than needed.
    #expect(ActionItemRollup.capacity(needed: 100, read: 64, of: 10000) == 200)
    #expect(ActionItemRollup.capacity(needed: 100, read: 9999, of: 10000) == 105)
    #expect(ActionItemRollup.capacity(needed: 300, read: 10, of: 10000) == 600)
    #expect(ActionItemRollup.capacity(needed: 300, read: 10000, of: 10000) == 600)
  }

  /// A postmortem that states its day only where its summary opens ("Between 09:15 and 10:05 UTC
  /// on 2024-04-11, …") is dated by it in a roll-up, read in the action-item scope as in a full
  /// parse; a stated date still wins.
  @Test func aPostmortemDatedOnlyByItsSummary() {
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let text = """
      # Search degraded

      ## Summary

      Between 09:15 and 10:05 UTC on 2024-04-11, search returned errors.

      ## Action Items

      - Add a mapping test (owner: @priya)
      """
    var scoped = PostmortemParser()
    scoped.scope = .actionItems
    for parser in [scoped, PostmortemParser()] {
      let parsed = parser.parseKeepingTree(SourceText(text), file: "search.md")
      #expect(parsed.incidentDay?.description == "2024-04-11")
      #expect(
        ActionItemRollup.items(of: parsed.document, today: today).map {
          $0.postmortem.date?.description
        } == ["2024-04-11"])
    }
    let dated = PostmortemParser().parseKeepingTree(
      SourceText(text.replacingOccurrences(of: "degraded\n", with: "degraded\n\n**Date:** 2024-04-12\n")),
      file: "search.md")
    #expect(
      ActionItemRollup.items(of: dated.document, today: today).map {
        $0.postmortem.date?.description
      } == ["2024-04-12"])
  }

  /// A postmortem that states its day nowhere but in its timeline's entries (a page whose only
  /// date is when it was made, "Created: …") is dated by the first dated entry, in both scopes;
  /// in the text's timeline or the front matter's.
  @Test func aPostmortemDatedOnlyByItsTimeline() {
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let texts = [
      """
      # Kafka consumer lag

      Created: March 9, 2024 2:31 PM

      # Timeline

      | Date/Time | Event |
      | --- | --- |
      | 2024-03-05 13:40 | Consumer group rebalances |
      | 2024-03-05 14:30 | Lag back to zero |

      # Action items

      - [ ] Tune consumer session timeouts @nadia
      """,
      // Unquoted, a line and an item with ": " in them are mappings of one pair to YAML: still read.
      "---\ntimeline:\n  - 2024-03-05 13:40 UTC: rebalances\naction_items:\n  - Tune timeouts (owner: nadia)\n---\n",
    ]
    var scoped = PostmortemParser()
    scoped.scope = .actionItems
    for text in texts {
      for parser in [scoped, PostmortemParser()] {
        let parsed = parser.parseKeepingTree(SourceText(text), file: "lag.md")
        #expect(parsed.incidentDay?.description == "2024-03-05", "\(parser.scope)")
        #expect(
          ActionItemRollup.items(of: parsed.document, today: today).map { $0.postmortem.date?.description } == [
            "2024-03-05"
          ])
      }
    }
  }

  /// A document that states its day nowhere inside is dated by the day its file's name starts
  /// with, as Jekyll and Hugo date posts: its times are placed on that day and its items rolled
  /// up under it, in both scopes. A day the document states wins over the name's.
  @Test func aFileNameDatesADocumentThatStatesNoDay() {
    let undated =
      "# Checkout down\n\n## Timeline (UTC)\n\n- 14:05 errors begin\n- 15:10 resolved\n\n## Action items\n\n- [ ] Canary @ana\n"
    let dated = "# Checkout down\n\n**Date:** 2024-03-04\n\n## Action items\n\n- [ ] Canary @ana\n"
    var scoped = PostmortemParser()
    scoped.scope = .actionItems
    for parser in [scoped, PostmortemParser()] {
      let parsed = parser.parseKeepingTree(SourceText(undated), file: "postmortems/2024-03-05-checkout.md")
      #expect(parsed.incidentDay?.description == "2024-03-05", "\(parser.scope)")
      #expect(
        ActionItemRollup.items(of: parsed.document, today: Self.today).map { $0.postmortem.date?.description } == [
          "2024-03-05"
        ])
      let stated = parser.parseKeepingTree(SourceText(dated), file: "2024-03-05_checkout.md")
      #expect(stated.incidentDay?.description == "2024-03-04", "\(parser.scope)")
    }
    let timeline = PostmortemParser().parse(undated, file: "2024-03-05-checkout.md").timeline
    #expect(timeline?.entries.map(\.timestamp) == ["2024-03-05T14:05:00Z", "2024-03-05T15:10:00Z"])
    #expect(PostmortemParser().parse(undated, file: "checkout.md").incidentDay == nil)
    for name in ["2024-03-05.md", "a/b/2024-03-05 checkout.md", "2024-03-05-x.markdown"] {
      #expect(PostmortemParser.fileNameDay(name)?.description == "2024-03-05", "\(name)")
    }
    for name in [
      "2024-13-05-x.md", "20240305-x.md", "2024-03-051.md", "2024-03-05x.md", "x-2024-03-05.md", "2024-03.md",
    ] {
      #expect(PostmortemParser.fileNameDay(name) == nil, "\(name)")
    }
    // metadata-field asks for the date with the file name's day as its example.
    let findings = TestSupport.lint(undated, file: "2024-03-05-checkout.md").filter { $0.rule == "metadata-field" }
    #expect(findings.contains { $0.message.contains("**Date:** 2024-03-05") })
  }

  /// The integer-keyed sort must order exactly as the definition does.
  @Test func fastSortAgreesWithTheOrderDefinition() {
    var random = TestRandom(state: 0x2545_F491_4F6C_DD1D)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let files = ["b/x.md", "a/é.md", "a/z.md", "B.md", "a.md"]
    let items = (0..<400).map { index -> RolledUpItem in
      let due = next(3) == 0 ? nil : CalendarDate(year: 2020 + next(3), month: 1 + next(12), day: 1 + next(28))
      let date = next(4) == 0 ? nil : CalendarDate(year: 2019 + next(3), month: 1 + next(12), day: 1 + next(28))
      return RolledUpItem(
        id: "\(index)", title: "t\(index)", description: nil, done: false, status: nil, owner: nil, due: due,
        dueRaw: nil, ticket: nil, priority: nil, type: nil, group: nil, line: next(50), overdue: false,
        postmortem: RolledUpItem.Postmortem(
          file: files[next(files.count)], title: nil, date: date, severity: nil, severityRank: nil))
    }
    #expect(ActionItemRollup.sorted(items).map(\.id) == items.sorted(by: ActionItemRollup.order).map(\.id))
  }

  /// What `actions` writes (the streamed pieces) is the text `export` gives, for every format,
  /// and every format comes out a row or an item at a time.
  @Test(arguments: ActionExportFormat.allCases)
  func streamedExportsEqualTheWholeText(_ format: ActionExportFormat) throws {
    let rollup = try Self.rollup()
    let options = ActionExportOptions(generator: "t")
    var pieces: [String] = []
    format.stream(rollup, options: options) { pieces.append($0) }
    #expect(pieces.joined() == format.export(rollup, options: options))
    #expect(rollup.items.count > 1 && pieces.count >= rollup.items.count, "\(format) should stream")
  }
}
