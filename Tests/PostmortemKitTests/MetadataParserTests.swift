import Testing

@testable import PostmortemKit

/// Metadata in front matter, bold labels and key/value tables.
@Suite struct MetadataParserTests {
  /// A report written without Markdown opens with its title on a line of its own over parts
  /// named on lines of their own; a sentence, a date, a label or a lone word there is no title,
  /// and neither is a first line with no parts after it.
  @Test func aPlainFirstLineOverPlainPartsIsTheTitle() throws {
    let parts =
      "\n\nSUMMARY\nThe site returned 500 errors for an hour on Nov 1, 2022.\n\nTIMELINE\n- 06:00 error seen\n"
    let titled = TestSupport.parse("Apache Internal Error (500) Fix" + parts)
    #expect(titled.title?.text == "Apache Internal Error (500) Fix")
    #expect(titled.title?.line == 1 && titled.title?.column == 1)
    #expect(
      TestSupport.parse("REPORT OF SERVER OUTAGE INCIDENTS" + parts).title?.text == "REPORT OF SERVER OUTAGE INCIDENTS")
    for opening in [
      "This report covers the outage of the checkout service.", "2017-05-30, 2017-06-03", "Postmortem", "Status: draft",
      "Summary of what went wrong:", "[Apache error](https://example.com) fix",
    ] {
      #expect(TestSupport.parse(opening + parts).title == nil, "\(opening)")
    }
    #expect(TestSupport.parse("Apache Internal Error (500) Fix\n\nThe site returned 500 errors.\n").title == nil)
  }

  @Test func yamlFrontMatterKeepsScalarsAsWritten() throws {
    let document = TestSupport.parse(
      """
      ---
      title: Search outage
      date: 2024-03-02
      severity: SEV2
      authors: [Ana, Bo]
      started_at: 14:00
      status: no
      ---

      ## Summary

      Text.
      """)
    #expect(document.title?.text == "Search outage")
    #expect(document.title?.location == SourceLocation(line: 2, column: 8))
    #expect(document.date?.date?.description == "2024-03-02")
    #expect(document.severity?.level == .high)
    #expect(document.authors.map(\.text) == ["Ana", "Bo"])
    #expect(document.metadata.start?.raw == "14:00", "YAML 1.1 would read 14:00 as 840")
    #expect(document.status?.text == "no", "YAML 1.1 would read no as false")
    #expect(document.metadata.frontMatter?.endLine == 8)
    #expect(document.sections.first?.line == 10, "Markdown lines stay those of the file")
  }

  /// Front matter that nests its keys ("incident:" then "started_at:") is read by each key's own
  /// name; the whole path is kept as the field's key.
  @Test func nestedFrontMatterKeys() throws {
    let document = TestSupport.parse(
      """
      ---
      incident:
        id: INC-42
        title: Search outage
        started_at: 2024-03-02T14:05:00Z
      people:
        authors: [ana, bo]
        incident_commander: carol
      ---

      ## Summary

      x
      """)
    #expect(document.title?.text == "Search outage" && document.authors.map(\.text) == ["ana", "bo"])
    #expect(document.metadata.start?.timestamp == "2024-03-02T14:05:00Z")
    #expect(document.metadata.fields.map(\.key).contains("people.incident_commander"))
  }

  @Test func invalidYAMLIsRecordedNotThrown() throws {
    let document = TestSupport.parse("---\ntitle: [unclosed\ndate: 2024-03-02\n---\n\n# Real title\n")
    let error = try #require(document.metadata.frontMatter?.error)
    #expect(error.hasPrefix("invalid YAML front matter"))
    #expect(document.title?.text == "Real title")
  }

  /// The commonest YAML mistake, a value holding ": " left unquoted, is reported where it stands
  /// with the value quoted as it should be, and the block's plain `key: value` lines still give
  /// their fields; an error TOML finds is located on its line too.
  @Test func anUnquotedColonKeepsTheFieldsAndIsLocated() throws {
    let text =
      "---\ntitle: Post-mortem: NBS checkout outage\nseverity: SEV2\nauthors:\n  - ana\n  - bo\n---\n\n## Summary\n\nx\n"
    let document = TestSupport.parse(text)
    let frontMatter = try #require(document.metadata.frontMatter)
    #expect(frontMatter.errorLine == 2 && frontMatter.errorColumn == 19)
    #expect(document.title?.text == "Post-mortem: NBS checkout outage" && document.title?.location.line == 2)
    #expect(document.severity?.level == .high && document.authors.map(\.text) == ["ana", "bo"])
    let finding = try #require(TestSupport.lint(text).first { $0.rule == "front-matter" })
    #expect(finding.line == 2 && finding.column == 19)
    #expect(finding.message.hasSuffix("as in title: \"Post-mortem: NBS checkout outage\""))
    let toml = TestSupport.lint("+++\ntitle = \"Outage\"\n  not a pair\n+++\n\n# Outage\n").first {
      $0.rule == "front-matter"
    }
    #expect(toml?.line == 3 && toml?.column == 3)
  }

  /// A document that opens with a rule and closes with one ("---", a blank line, "# Incident
  /// Report: …", its details and sections, "---"), as a homelab's reports are written, is Markdown:
  /// no front matter swallows it. Front matter with a comment and an error stays front matter.
  @Test func aRuleThatOpensTheDocumentIsNoFrontMatter() throws {
    let text = """
      ---

      # Incident Report: Boot failure after a kernel update

      Date: 2026-06-10
      **Severity:** P2 Medium

      ## Summary

      The laptop failed to boot.

      ---
      """
    let document = TestSupport.parse(text)
    #expect(document.metadata.frontMatter == nil)
    #expect(document.title?.text == "Incident Report: Boot failure after a kernel update" && document.title?.line == 3)
    #expect(document.date?.date?.description == "2026-06-10" && document.severity?.level == .high)
    #expect(document.summary?.markdown == "The laptop failed to boot.")
    #expect(!TestSupport.lint(text).contains { $0.rule == "front-matter" })
    let scalar = TestSupport.parse("---\n\n# Login outage\n\nThe login service failed.\n\n---\n\n## Timeline\n")
    #expect(scalar.metadata.frontMatter == nil && scalar.title?.text == "Login outage")
    let commented = TestSupport.parse("---\n# Jekyll page\ntitle: [unclosed\n---\n\n# T\n")
    #expect(commented.metadata.frontMatter?.error != nil)
    // Plain details under the title read as YAML too; the blank line and the title show a rule.
    let plain = TestSupport.parse("---\n\n# Disk full\n\nDate: 2026-06-10\nStatus: Resolved\n\n---\n\n## Summary\n")
    #expect(plain.metadata.frontMatter == nil && plain.title?.text == "Disk full" && plain.status?.text == "Resolved")
    let keys = TestSupport.parse("---\n# Jekyll page\ntitle: Disk full\n\ndate: 2026-06-10\n---\n\n## Summary\n")
    #expect(keys.metadata.frontMatter != nil && keys.title?.text == "Disk full")
  }

  /// A lede that says the incident happened on a day ("…our website outage that occured on June
  /// 5, 2024:") places the timeline's times there when the document states no date; a day the
  /// report was written on places nothing.
  @Test func aLedeSaysWhenTheIncidentHappened() throws {
    func timestamps(_ lede: String) -> [String?] {
      let text = "# Outage\n\n\(lede)\n\n## Timeline (UTC)\n\n- 1:13 PM: Outage begins\n"
      return TestSupport.parse(text).timeline?.entries.map(\.timestamp) ?? []
    }
    #expect(
      timestamps("The following is the incident report for our website outage that occured on June 5, 2024:")
        == ["2024-06-05T13:13:00Z"])
    #expect(timestamps("The outage happened on 2024-03-02 during a deploy of the API.") == ["2024-03-02T13:13:00Z"])
    #expect(timestamps("We wrote this report on June 9, 2024 for the whole engineering team.") == [nil])
    let suggested = TestSupport.lint(
      "# Outage\n\nThe outage that occurred on June 5, 2024 took the website down.\n\n## Summary\n\nx\n"
    ).first { $0.rule == "metadata-field" && $0.message.contains("'date'") }
    #expect(suggested?.message.contains("2024-06-05") == true)
    // A blog post dated the day it was written, its lede opening with the day of the story.
    let blog = TestSupport.parse(
      "---\ndate: 2024-06-09\n---\n\nOn June 4, 2024, Bloggulus was down for just under 7 hours.\n\n"
        + "## Timeline\n\n- 11:02 PM: The app was killed.\n- 6:15 AM: The site came back.\n")
    #expect(blog.timeline?.entries.map { $0.date?.description } == ["2024-06-04", "2024-06-05"])
    // Under a subtitle heading that holds the report's parts, its opening paragraph is the lede;
    // a first section that holds no parts is a section of its own.
    func subtitled(_ parts: String) -> [String?] {
      let text =
        "# 0x19. Postmortem\n## This site's outage report\n\nThe outage occurred on January 21, 2024 for"
        + " every user of the site.\n\n\(parts) Timeline (WAT)\n\n- 9:03 AM: Config push begins\n"
      return TestSupport.parse(text).timeline?.entries.map(\.timestamp) ?? []
    }
    #expect(subtitled("###") == ["2024-01-21T09:03:00+01:00"])
    #expect(subtitled("##") == [nil])
  }

  /// A label's value wrapped onto the next line is read whole: always in a bullet (one item),
  /// in a paragraph of labels when the line goes on with its sentence; a line of prose under the
  /// labels is no part of the last one's value. A section's labels wrap the same way.
  @Test func labelValuesWrappedOntoTheNextLine() throws {
    let text = """
      # SSO login broken

      - **Severity:** SEV-2
      - **Responders:** Dara Okonkwo (IC), Ravi Patel, Ben
        Ortiz (SRE), Lin Zhao

      **Status:** Resolved after the secret
      was rotated
      **Date:** 2026-05-19.
      Written by the security team on the day.

      ## Impact

      - **Duration:** first failures at 06:15 PT; resolved
        11:47 PT.
      - **Start of impact:** 06:15 PT
        **End of impact:** 11:47 PT
      """
    let document = TestSupport.parse(text)
    let fields = Dictionary(document.metadata.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    #expect(fields["Responders"] == "Dara Okonkwo (IC), Ravi Patel, Ben Ortiz (SRE), Lin Zhao")
    #expect(document.status?.text == "Resolved after the secret was rotated")
    #expect(fields["Date"] == "2026-05-19.")
    #expect(document.impact?.fields.first?.value == "first failures at 06:15 PT; resolved 11:47 PT.")
    // A label on a line of its own in the same bullet is a field of its own, no part of the value above.
    #expect(document.impact?.fields.dropFirst().map(\.value) == ["06:15 PT", "11:47 PT"])
  }

  /// A document with no level-1 heading that opens with a heading naming no section ("## OBS Pages
  /// Inaccessible…", as a blog post's layout prints its front matter's title above it) is titled
  /// by it, unless the front matter names the title, and the details under it are the document's.
  @Test func aDocumentThatOpensWithALevelTwoTitle() throws {
    let body =
      "## OBS Pages Inaccessible on 19th of September\n\nOn September 19th the pages failed for 13 minutes.\n\n"
      + "**Date**: 19.09.2023\n\n**Impact**: Pages with comments failed.\n\n**Root Causes**: A migration.\n\n"
      + "## Action Items\n\n- [ ] Split migrations\n\n## Timeline (CEST)\n\n- *10:27* Deployed\n- *10:40* Errors stopped\n"
    let plain = TestSupport.parse(body)
    #expect(plain.title?.text == "OBS Pages Inaccessible on 19th of September" && plain.title?.line == 1)
    #expect(plain.date?.date == CalendarDate(year: 2023, month: 9, day: 19))
    #expect(plain.sections.compactMap(\.kind).prefix(2) == [.impact, .rootCause])
    #expect(plain.timeline?.entries.first?.timestamp == "2023-09-19T10:27:00+02:00")
    let posted = TestSupport.parse("---\ntitle: \"Post-mortem: Pages with comments\"\n---\n\n" + body)
    #expect(posted.title?.text == "Post-mortem: Pages with comments")
    #expect(posted.date?.date == CalendarDate(year: 2023, month: 9, day: 19))
    #expect(TestSupport.parse("## Checkout outage\n\n### Timeline\n\n- 10:27 x\n").title?.text == "Checkout outage")
    // A first heading that names a section, or stands under a level-1 heading, or after text, is no title.
    #expect(TestSupport.parse("## Summary\n\n**Date**: 2023-09-19\n\n## Timeline\n\n- 10:27 x\n").title == nil)
    #expect(TestSupport.parse("## Checkout outage\n\n# Timeline\n\n- 10:27 x\n").title == nil)
    #expect(TestSupport.parse("Notes from the call.\n\n## Checkout outage\n\n## Timeline\n\n- 10:27 x\n").title == nil)
  }

  /// A bold label alone on its line with its value on the lines under it, a hard break between
  /// ("**Impact:**  " then "45 minutes of downtime…"), has that value; a label bullet with no value
  /// has the labels of the bullets under it ("- **Duration of Outage:**" over "- **Start Time:**
  /// 2024-08-10, 14:00 UTC"), or their text as its value ("- **Impact:**" over "- 60% of users").
  @Test func labelValuesOnTheLinesUnderThem() throws {
    let hardBreaks = TestSupport.parse(
      """
      # Web service outage

      ## Issue Summary

      **Duration:**  
      Start: 2024-08-20 14:00 UTC  
      End: 2024-08-20 14:45 UTC

      **Impact:**  
      45 minutes of downtime affecting 70% of users.

      **Root Cause:**  
      A misconfigured upstream address.
      """)
    #expect(hardBreaks.impact?.markdown == "45 minutes of downtime affecting 70% of users.")
    #expect(hardBreaks.rootCause?.markdown == "A misconfigured upstream address.")
    #expect(hardBreaks.metadata.start?.timestamp == "2024-08-20T14:00:00Z" && hardBreaks.metadata.duration == nil)
    #expect(!hardBreaks.statedDurations.contains { $0.raw.isEmpty })
    let nested = """
      # Nginx outage

      ## Issue Summary

      - **Duration of Outage:**
        - **Start Time:** 2024-08-10, 14:00 UTC
        - **End Time:** 2024-08-10, 15:30 UTC
      - **Impact:**
        - The web service was unavailable to 60% of users.

      ## Timeline

      - **14:00 UTC:** Monitoring alert fired.
      """
    let document = TestSupport.parse(nested)
    #expect(document.metadata.end?.timestamp == "2024-08-10T15:30:00Z")
    #expect(document.timeline?.entries.first?.timestamp == "2024-08-10T14:00:00Z")
    #expect(document.impact?.markdown == "The web service was unavailable to 60% of users.")
    #expect(!TestSupport.lint(nested).contains { $0.rule == "empty-section" })
  }

  /// A report pasted without its headings names its sections on plain lines ("Issue Summary",
  /// "Timeline:"), often in the same paragraph as their text: in a document with no heading, each
  /// such line is a section's heading, and the first line's "Postmortem: …" its title. A document
  /// with headings keeps such a line as text.
  @Test func plainLinesNameTheSectionsOfAReportWithoutHeadings() throws {
    let text = """
      Postmortem: The Great WordPress Outage of 2025
      Issue Summary
      On February 27, 2025, at 17:00 UTC, our WordPress site returned errors on all pages.
      Impact
      100% of users were unable to access the site.

      Timeline:

      17:00 UTC - A developer noticed the site was down.
      17:40 UTC - Service restored.
      Root Cause and Resolution:
      A typo in wp-settings.php.
      """
    let document = TestSupport.parse(text)
    #expect(document.title?.text == "The Great WordPress Outage of 2025")
    #expect(document.sections.map(\.title) == ["Issue Summary", "Impact", "Timeline:", "Root Cause and Resolution:"])
    #expect(document.sections.map(\.line) == [2, 4, 7, 11])
    #expect(document.summary?.markdown.hasPrefix("On February 27, 2025") == true)
    #expect(document.impact?.markdown == "100% of users were unable to access the site.")
    let entries = try #require(document.timeline).entries
    #expect(entries.map(\.timestamp) == ["2025-02-27T17:00:00Z", "2025-02-27T17:40:00Z"])
    #expect(entries.map(\.line) == [9, 10])
    #expect(document.rootCause?.markdown == "A typo in wp-settings.php.")
    let headed = TestSupport.parse("# Outage\n\nImpact\nall users\n\n## Timeline\n\n- 17:00 UTC alert\n")
    #expect(headed.sections.map(\.title) == ["Outage", "Timeline"])
  }

  /// Plain `Key: value` lines of a ticketing template ("Occurance Time:", "Recovery Time:",
  /// "Resolve Time:") date the incident as the bold labels would: a moment as the start or end.
  @Test func plainMomentLabelsOfATicketTemplate() {
    let document = TestSupport.parse(
      """
      # Payment gateway timeouts

      Occurance Time: 2024-05-02 10:12 UTC
      Detection Time: 2024-05-02 10:20 UTC
      Recovery Time: 2024-05-02 11:05 UTC
      """)
    #expect(document.metadata.fields.map(\.key) == ["Occurance Time", "Detection Time", "Recovery Time"])
    #expect(document.metadata.start?.timestamp == "2024-05-02T10:12:00Z")
    #expect(document.metadata.end?.timestamp == "2024-05-02T11:05:00Z")
    let resolve = TestSupport.parse("# T\n\nStart: 2024-05-02 10:12 UTC\nResolve Time: 2024-05-02 12:00 UTC\n")
    #expect(resolve.metadata.end?.timestamp == "2024-05-02T12:00:00Z")
    // "Recovery Time: 45 minutes" is how long recovering took, no moment: no end.
    #expect(TestSupport.parse("# T\n\nRecovery Time: 45 minutes\n").metadata.end == nil)
  }

  /// A plain-text report under a title heading is read as one without headings: the title alone
  /// gives no sections, so its plain lines name them. A lone heading that names a section ("##
  /// Prevention") is a section, and its lines stay text.
  @Test func plainLinesNameTheSectionsUnderALoneTitleHeading() throws {
    let text = """
      <!-- filed from the incident channel -->
      # Web outage postmortem

      Issue Summary:
      The site was down from 14:00 to 16:30 UTC.

      Timeline:
      14:00 - Alert fired
      16:30 - Service restored

      Corrective Measures:
      - Add config validation (owner: Ana, due 2024-07-01)
      """
    let document = TestSupport.parse(text)
    #expect(document.title?.text == "Web outage postmortem")
    #expect(document.sections.map(\.kind) == [nil, .summary, .timeline, .actionItems])
    #expect(document.timeline?.entries.map(\.time) == ["14:00", "16:30"])
    #expect(document.actionItems.map(\.owner) == ["Ana"])
    let section = TestSupport.parse("## Prevention\n\nImpact:\nall users\n\n- Add an alert\n")
    #expect(section.sections.map(\.title) == ["Prevention"])
    let afterProse = TestSupport.parse("Notes.\n\n# Outage\n\nImpact:\nall users\n")
    #expect(afterProse.sections.map(\.title) == ["Outage"])
    // A lone "#" line under the title heads nothing: it was the title (""), and the only heading.
    let decorated = TestSupport.parse(
      "#Postmortem\n\n#\n\nIssue Summary:\nStart Time: Nov 05, 2023, 12:00 PM (UTC)\n"
        + "End Time: Nov 05, 2023, 1:00 PM (UTC)\nImpact:\nslow pages\n")
    #expect(decorated.title?.text == "Postmortem")
    #expect(decorated.sections.map(\.kind) == [nil, .summary, .impact])
    #expect(decorated.metadata.start?.timestamp == "2023-11-05T12:00:00Z")
  }

  /// Students' reports set each question of their assignment's brief apart as code
  /// ("`What was the root cause?`" over its answer): in a document with no section headings such
  /// a line names its section like a plain one, a closing note in brackets not counted in its
  /// length. Code that names no section, and the same line beside headings, stay text.
  @Test func questionsQuotedAsCodeNameTheSectionsOfAHeadlessReport() throws {
    let text = """
      # POSTMORTEM REPORT FOR A TRAINING PORTAL

      `Duration of the outage with start and end times (including timezone)`

      Start of Outage: 13th September 2021 6:00 am UTC

      `What was the impact (What service was down/slow?, How many % of the users were affected?)`

      Registration and login were down for every user.

      `What was the root cause?`

      A bug in the registration handler left half-created accounts behind.

      `When was the issue detected?`

      When the portal was opened to users.

      `How the incident was resolved`

      Passwords were reset.

      `npm run migrate`

      `A list of tasks to address the issue (be very specific, like a TODO, example: patch Nginx server)`

      - Add a uniqueness check on registration
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.kind) == [nil, .impact, .rootCause, .detection, .resolution, .actionItems])
    #expect(document.sections[2].title == "What was the root cause?")
    #expect(document.sections[2].line == 11)
    #expect(document.actionItems.map(\.title) == ["Add a uniqueness check on registration"])
    #expect(document.metadata.start?.timestamp == "2021-09-13T06:00:00Z")
    // A plain line may close with its note in brackets too.
    let noted = TestSupport.parse("# T\n\nTimeline (all times UTC, from the on-call log):\n14:00 - Alert fired\n")
    #expect(noted.sections.map(\.kind) == [nil, .timeline])
    #expect(noted.timeline?.entries.map(\.time) == ["14:00"] && noted.timeline?.timezone?.identifier == "UTC")
    let headed = TestSupport.parse("# T\n\n## Impact\n\n`What was the root cause?`\n\nA bug.\n")
    #expect(headed.sections.map(\.kind) == [nil, .impact])
  }

  /// A Brazilian team's report: "Data/Horário (início - fim)" is the date and the window, its
  /// zone (BRT) places the timeline and says the date is written day first; "Ações de Mitigação"
  /// is the resolution, "Descrição Técnica" the root cause; the plan's "Nº" column numbers the
  /// items, whose text is the "Ação corretiva/preventiva" column.
  @Test func brazilianReportWithItsDateWindowAndPlanTable() throws {
    let text = """
      # Relatório de Incidente - Falha no checkout

      - **Data/Horário (início - fim):** 05/03/2024 09:15 - 11:40 (BRT)

      ## 3. Linha do Tempo
      | Horário | Evento |
      | --- | --- |
      | 09:15 | Detecção automática via monitoramento |
      | 11:40 | Serviço restabelecido |

      ## 4. Descrição Técnica
      - Causa raiz: certificado TLS do gateway expirou

      ## 5. Ações de Mitigação
      | Horário | Ação | Responsável | Resultado |
      | --- | --- | --- | --- |
      | 11:10 | Renovação do certificado | @infra | Sucesso |

      ## 8. Plano de Ação
      | Nº | Ação corretiva/preventiva | Responsável | Prazo | Status |
      | --- | --- | --- | --- | --- |
      | 1 | Alertar 30 dias antes da expiração | @infra | 20/03/2024 | Aberto |
      """
    let document = TestSupport.parse(text)
    #expect(document.date?.date == CalendarDate(year: 2024, month: 3, day: 5))
    #expect(document.metadata.duration?.minutes == 145)
    #expect(document.timeline?.entries.map(\.timestamp) == ["2024-03-05T09:15:00-03:00", "2024-03-05T11:40:00-03:00"])
    #expect(document.timeline?.entries.map(\.milestone) == [.detected, .resolved])
    #expect(document.sections.map(\.kind) == [nil, .timeline, .rootCause, .resolution, .actionItems])
    let items = document.actionItems.filter { $0.dueRaw != nil }
    #expect(items.map(\.title) == ["Alertar 30 dias antes da expiração"] && items.map(\.id) == ["1"])
    // Without a day-first date or label, the zone in the date's own value says it.
    let english = TestSupport.parse("# T\n\n**Date:** 05/03/2024 09:15 - 11:40 (BRT)\n")
    #expect(english.date?.date == CalendarDate(year: 2024, month: 3, day: 5))
    let pacific = TestSupport.parse("# T\n\n**Date:** 05/03/2024 09:15 - 11:40 PDT\n")
    #expect(pacific.date?.date == CalendarDate(year: 2024, month: 5, day: 3))
  }

  /// A ticketing template's fields: "Recovery Duration" is the length, and its "Problem Detail",
  /// "Action for Recovery" and "To prevent recurrence" lines name the summary, the resolution and
  /// the follow-up work.
  @Test func ticketingTemplateFieldsAndSectionNames() throws {
    let text = """
      # Payment gateway timeouts

      Occurance Time: 2024-05-02 10:12 WIB
      Recovery Time: 2024-05-02 11:05 WIB
      Recovery Duration: 53 minutes

      Problem Detail:
      Payments to the gateway timed out after its certificate rotated.

      Action for Recovery:
      Unpinned the certificate and redeployed the client.

      To prevent recurrence:
      - Stop pinning intermediates (Budi, 2024-05-20)
      """
    let document = TestSupport.parse(text)
    #expect(document.metadata.duration?.minutes == 53)
    #expect(document.sections.map(\.kind) == [nil, .summary, .resolution, .actionItems])
    #expect(document.actionItems.map(\.owner) == ["Budi"])
    #expect(!TestSupport.lint(text).contains { $0.rule == "duration-mismatch" })
  }

  /// In a report pasted as plain text, a section's line framed by emoji ("💥 The Impact: 💥") names
  /// it; a label line of the writer's own over lines that open with a time ("The Investigation:"
  /// over "3:15 PM UTC: …") is the timeline's heading; "Time:" beside the date is the window. A
  /// label over prose, or over fewer than three timed lines, stays text.
  @Test func plainTextReportWithEmojiLabelsAndATimelineOfItsOwnName() throws {
    let text = """
      💀 The Great Database Outage of August 2024: A Postmortem 💀

      📉 The Scene of the Crime: 📉
      Date: August 15, 2024
      Time: 3:15 PM UTC - 5:00 PM UTC
      💥 The Impact: 💥
      Slow loading times for most users.
      Checkout woes:
      Dreams of shopping were dashed.
       The Investigation: 
      3:15 PM UTC: Monitoring systems blare the alarm.
      3:35 PM UTC: A red herring! We suspect a network issue.
      4:35 PM UTC: We patch the query and restart the services.
      5:00 PM UTC: Order is restored! Our systems are back online.
      🧠 The Lessons Learned: 🧠
      Double-check those database configurations!
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.kind) == [.impact, .timeline, .lessonsLearned])
    #expect(document.sections.map(\.line) == [6, 10, 15])
    #expect(document.impact?.markdown.contains("Checkout woes:") == true)
    let timeline = try #require(document.timeline)
    #expect(
      timeline.entries.map(\.timestamp) == [
        "2024-08-15T15:15:00Z", "2024-08-15T15:35:00Z", "2024-08-15T16:35:00Z", "2024-08-15T17:00:00Z",
      ])
    #expect(document.metadata.duration?.minutes == 105)
    #expect(document.title?.text.contains("The Great Database Outage of August 2024") == true)
    // Beside headings, a section of another name whose paragraph is such lines is the timeline too.
    let headed = TestSupport.parse(
      "# Outage\n\n## Night shift notes\n\n09:00 UTC alert fired\n09:10 UTC on-call paged\n09:30 UTC config fixed\n")
    #expect(headed.sections.map(\.kind) == [nil, .timeline])
    #expect(headed.timeline?.entries.map(\.time) == ["09:00 UTC", "09:10 UTC", "09:30 UTC"])
  }

  /// A report pasted as plain text may name its sections as questions ("What was the root
  /// cause?", "How did we fix it?", "What are we doing to prevent it from happening again?"):
  /// each names its section, on a line of its own, as it would as a heading.
  @Test func questionsNameTheSectionsOfAPlainReport() throws {
    let text = """
      postmortem: Database Outage on 2023-11-12

      What happened?

      On 2023-11-12 at 11:00am PST, our database became unresponsive.

      What was the root cause?

      A hardware failure on one of our database servers.

      How did we fix it?

      We failed over to our secondary database server.

      What are we doing to prevent it from happening again?

      - Replace the failed hardware

      Who was on call that night?

      Nobody knows.
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.kind) == [.summary, .rootCause, .resolution, .actionItems])
    #expect(document.sections.map(\.line) == [3, 7, 11, 15])
    #expect(document.rootCause?.markdown == "A hardware failure on one of our database servers.")
    #expect(document.actionItems.map(\.title) == ["Replace the failed hardware"])
    #expect(SectionKind.recognize("What was the root cause?") == .rootCause)
    #expect(SectionKind.recognize("What is the impact?") == .impact)
  }

  /// A section's name set between rows of asterisks ("*****Issue Summary*****", which Markdown
  /// reads as emphasis and leftover asterisks) names the section in a document with no heading.
  @Test func sectionNamesSetBetweenRowsOfAsterisks() throws {
    let text = """
      ****************************Issue Summary*********************************************

      Users could not add records for a month.

      ********************************Timeline************************************************

      - 10:05 Issue detected by the developer.
      - 11:30 Resolution: the mentor removed the extra space.

      ********************Prose with *stars* in it.****************
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.title) == ["Issue Summary", "Timeline"])
    #expect(document.sections.map(\.kind) == [.summary, .timeline])
    #expect(document.timeline?.entries.map(\.time) == ["10:05", "11:30"])
    // A line that is only bold stays the bold heading it is.
    let bold = TestSupport.parse("**Impact**\n\nAll users.\n\n**Timeline**\n\n- 10:05 alert\n")
    #expect(bold.sections.map(\.style) == [.boldParagraph, .boldParagraph])
  }

  /// A heading written without the space after its hashes ("##Issue Summary"), as renderers read
  /// it before CommonMark, is a heading: any such line in a document with no heading, only one
  /// that names a section beside real headings; "#1 priority" and "#incidents" stay text. The
  /// title's heading, at the sections' level, is not an empty section.
  @Test func headingsWrittenWithoutTheSpaceAfterTheirHashes() throws {
    let text = """
      ##1.web stack debugging postmortem


      ##Issue Summary
      The API gateway returned 504s for 90% of requests.

      ##Timeline
      10:15 UTC - Monitoring detected 504 errors.
      12:00 UTC - Service restored.
      #1 priority was the gateway.
      """
    let document = TestSupport.parse(text)
    #expect(document.title?.text == "1.web stack debugging postmortem")
    #expect(document.title?.column == 3)
    #expect(document.sections.map(\.title) == ["1.web stack debugging postmortem", "Issue Summary", "Timeline"])
    #expect(document.sections.map(\.level) == [2, 2, 2])
    #expect(document.timeline?.entries.count == 2)
    #expect(!TestSupport.lint(text).contains { $0.rule == "empty-section" })
    let titled = "## Web stack outage\n\n## Summary\n\nThe gateway failed.\n"
    #expect(TestSupport.parse(titled).title?.text == "Web stack outage")
    #expect(!TestSupport.lint(titled).contains { $0.rule == "empty-section" })
    let headed = TestSupport.parse("# Outage\n\n##Timeline\n10:15 UTC alert\n\n#incidents was opened.\n")
    #expect(headed.sections.map(\.title) == ["Outage", "Timeline"])
    #expect(headed.timeline?.entries.map(\.text) == ["alert"])
  }

  /// A heading that pairs two sections ("Root Cause and Resolution", as Holberton's template
  /// names it) is both for required-section; "Root Cause" alone is only the one.
  @Test func aHeadingThatPairsTwoSections() throws {
    func missing(_ heading: String) -> [String] {
      TestSupport.lint("# T\n\n## \(heading)\n\nA typo in the config.\n").filter { $0.rule == "required-section" }
        .map(\.message).filter { $0.contains("'Resolution'") || $0.contains("'Root Cause Analysis'") }
    }
    #expect(missing("Root Cause and Resolution").isEmpty)
    #expect(missing("Resolution & root cause:").isEmpty)
    #expect(missing("Root Cause").count == 1)
    #expect(SectionKind.pairedKinds(in: "Root cause / resolution") == [.rootCause, .resolution])
    #expect(SectionKind.pairedKinds(in: "Lessons and learnings").isEmpty)
  }

  @Test func tomlFrontMatterAndTemplateTags() {
    let document = TestSupport.parse(
      """
      <% tp.file.title %>
      +++
      title = "Queue backlog"
      date = 2024-04-01
      authors = ["Cy", "Di"]
      +++

      ## Summary
      """)
    #expect(document.metadata.frontMatter?.format == .toml)
    #expect(document.title?.text == "Queue backlog")
    #expect(document.authors.map(\.text) == ["Cy", "Di"])
    #expect(document.date?.date?.description == "2024-04-01")
  }

  @Test func boldLabelsWithColonInsideOrOutside() {
    let document = TestSupport.parse(
      """
      # Cache stampede

      **Date:** 2024-03-02
      **Authors**: Ana, Bo and Cy
      **Status:** Complete, action items in progress
      Severity: P1

      ## Summary
      """)
    #expect(document.date?.date?.description == "2024-03-02")
    #expect(document.authors.map(\.text) == ["Ana", "Bo", "Cy"])
    #expect(document.authors.map(\.column) == [14, 19, 26])
    #expect(document.status?.text == "Complete, action items in progress")
    #expect(document.severity?.level == .critical)
    #expect(document.metadata.fields.map(\.line) == [3, 4, 5, 6])
  }

  /// A section's name in bold with a full stop leads its paragraph as a label does ("**TL;DR.**
  /// Checkout was down …"); another bold sentence with a full stop is prose.
  @Test func aSectionNameWithAFullStopIsALabel() {
    let document = TestSupport.parse(
      """
      # Checkout outage

      **Date:** 2024-03-02

      **TL;DR.** Checkout was down for 40 minutes after a bad deploy.

      **Impact.** 3,000 orders failed.

      **Do not restart the primary.** It holds the only copy.

      ## Timeline (UTC)

      - 10:00 deploy
      """)
    #expect(document.metadata.fields.map(\.key) == ["Date", "TL;DR", "Impact"])
    #expect(document.metadata.fields.last?.value == "3,000 orders failed.")
    #expect(document.metadata.fields.last?.valueColumn == 13)
    #expect(document.sections.filter { $0.style == .label }.map(\.kind) == [.summary, .impact])
  }

  /// Bold labels set apart in a block quote, as a callout, are the details; a quoted e-mail's
  /// plain "Date:" line is not the document's date.
  @Test func boldLabelsInABlockQuote() {
    let document = TestSupport.parse(
      """
      # Payment failures

      > **Severity:** SEV2
      > **Authors:** Ana Ortiz

      > From: a customer
      > Date: 2023-01-09

      ## Summary
      """)
    #expect(document.severity?.level == .high)
    #expect(document.authors.map(\.text) == ["Ana Ortiz"])
    #expect(document.authors.map { [$0.line, $0.column] } == [[4, 16]])
    #expect(document.date == nil)
    #expect(document.metadata.fields.map(\.key) == ["Severity", "Authors"])
  }

  /// More names teams give the severity and the incident's start and end.
  @Test func moreSeverityStartAndEndKeys() {
    let document = TestSupport.parse(
      """
      # Payment failures

      **Incident level:** SEV-2
      **Incident start time:** 14:05 UTC
      **Incident end time:** 15:10 UTC

      ## Summary
      """)
    #expect(document.severity?.level == .high)
    #expect(document.metadata.start?.raw == "14:05 UTC")
    #expect(document.metadata.end?.raw == "15:10 UTC")
    #expect(MetadataKey.recognize("Criticality") == .severity)
    #expect(MetadataKey.recognize("Incident start date") == .start)
    #expect(MetadataKey.recognize("Urgency") == nil)
  }

  @Test func keyValueTableWithoutHeaderRow() {
    let document = TestSupport.parse(
      """
      # Outage

      | Date | 03/10/2021 |
      |---|---|
      | Severity | High |
      | Owner | Sam |
      """)
    #expect(document.date?.date?.description == "2021-03-10")
    #expect(document.severity?.level == .high)
    #expect(document.metadata.field("owner")?.value == "Sam")
    #expect(document.metadata.sources == [.table])
  }

  /// Wikimedia's details table puts two pairs in a row, the first row included; a row whose
  /// third cell is a value ("| Deploy | 14:05 | Alert | 14:10 |" reads no key "14:05") is one pair.
  @Test func keyValueTableWithTwoPairsPerRow() {
    let document = TestSupport.parse(
      """
      # 2022-03-27 api

      | Incident ID | 2022-03-27 api | Start | 2022-03-27 14:36 |
      |---|---|---|---|
      | Task | T305119 | End | 2022-03-27 14:49 |
      | Severity | SEV2 | | |
      | Impact | 503s | 14:40 | x |
      """)
    #expect(document.metadata.start?.raw == "2022-03-27 14:36" && document.metadata.start?.column == 42)
    #expect(document.metadata.end?.raw == "2022-03-27 14:49" && document.metadata.end?.line == 5)
    #expect(document.severity?.level == .high)
    #expect(document.metadata.fields.map(\.key) == ["Start", "Task", "End", "Severity", "Impact"])
  }

  /// A word processor lays the details out with the keys heading the columns and the values in
  /// the row under them; a header that is mostly not keys, or holds values, is read by rows.
  @Test func detailsTableWithTheKeysAsItsHeader() {
    let document = TestSupport.parse(
      "# Replica lag\n\n| Date | Severity | Author | Notes |\n|---|---|---|---|\n| 2024.03.07 | 🔴 Critical | Mia | |\n")
    #expect(document.date?.date?.description == "2024-03-07" && document.date?.line == 5)
    #expect(document.severity?.level == .critical && document.severity?.column == 16)
    #expect(
      document.authors.map(\.text) == ["Mia"] && document.metadata.fields.map(\.key) == ["Date", "Severity", "Author"])
    let pairs = TestSupport.parse(
      "# T\n\n| Date | Mar 27 | Severity | High |\n|---|---|---|---|\n| Owner | Sam | | |\n")
    #expect(pairs.date?.raw == "Mar 27" && pairs.severity?.raw == "High")
  }

  /// A details table whose delimiter row was forgotten is still read, each value where it stands.
  @Test func aDetailsTableWithoutItsDelimiterRow() {
    let document = TestSupport.parse(
      "# T\n\n| Date | 2024-03-02 |\n| Severity | SEV2 |\n| Authors | Ana |\n\n## Summary\n\nx\n")
    #expect(document.date?.date?.description == "2024-03-02" && document.date?.line == 3 && document.date?.column == 10)
    #expect(document.severity?.level == .high && document.authors.map(\.text) == ["Ana"])
    #expect(document.metadata.sources == [.table])
  }

  /// An incident tool's export (FireHydrant, Rootly): details as bold-label bullets under their
  /// own heading, the retrospective's owner as its author, "Started At"/"Resolved At" as the
  /// stated start and end.
  @Test func incidentToolExportDetails() {
    let document = TestSupport.parse(
      """
      # Incident: Checkout API elevated errors

      ## Incident Details

      - **Started At:** 2023-04-05 10:00:00 UTC
      - **Resolved At:** 2023-04-05 10:52:00 UTC
      - **Severity:** SEV2
      - **Incident Commander:** Dana Lee
      - **Retrospective Owner:** Priya Natarajan
      """)
    #expect(document.authors.map(\.text) == ["Priya Natarajan"])
    #expect(document.metadata.start?.timestamp == "2023-04-05T10:00:00Z")
    #expect(document.metadata.end?.timestamp == "2023-04-05T10:52:00Z")
    #expect(document.severity?.level == .high)
    // The owner of the postmortem, as a details table heads its column.
    let owned = TestSupport.parse(
      "# T\n\n| Incident date | Owner of postmortem | Severity |\n|---|---|---|\n| 2024-06-18 | Hana Sato | SEV-2 |\n")
    #expect(owned.authors.map(\.text) == ["Hana Sato"] && owned.date?.raw == "2024-06-18")
  }

  /// The people in a role written as plain lines ("Incident lead: Priya Raman") are details too,
  /// as their bold form is, and an item may name them as its owner.
  @Test func plainRoleLinesAreDetailsWhoseNamesOwnItems() {
    let document = TestSupport.parse(
      """
      # Checkout outage

      Date: 2024-03-02
      Incident lead: Priya Raman
      Incident commander: Sam Lee

      ## Action items
      - [ ] Add a canary stage (Priya)
      """)
    #expect(
      document.metadata.fields.map { "\($0.key)=\($0.value)" } == [
        "Date=2024-03-02", "Incident lead=Priya Raman", "Incident commander=Sam Lee",
      ])
    #expect(document.actionItems.map(\.owner) == ["Priya"])
    #expect(document.actionItems.map(\.title) == ["Add a canary stage"])
    // A role word that is no key of a line of prose stays prose.
    let prose = TestSupport.parse("# T\n\nLeadership: we were slow to page.\n\n## Summary\nx\n")
    #expect(prose.metadata.fields.isEmpty)
    // Notion's "Incident Owner" and GitLab's "DRI" run the incident.
    let notion = TestSupport.parse(
      "# T\n\nIncident Owner: Priya Raman\nDRI: Sam Lee\n\n## Action items\n- [ ] Add an index (Sam)\n")
    #expect(notion.metadata.fields.map(\.key) == ["Incident Owner", "DRI"])
    #expect(notion.actionItems.map(\.owner) == ["Sam"])
  }

  /// "Date/Time" names the date (its time is the start's business, not the date's); an outage
  /// window is a stated duration.
  @Test func dateTimeKeysAndOutageWindows() {
    let document = TestSupport.parse(
      "# T\n\n**Incident Date/Time:** March 2, 2024 14:05 PST\n**Outage window:** 14:05–15:10 PST\n")
    #expect(document.date?.date?.description == "2024-03-02")
    #expect(document.statedDurations.map(\.minutes) == [65] && document.statedDurations.first?.start == "14:05")
    // A window given as a heading over labelled bullets states its start and end.
    let headed = TestSupport.parse(
      "# T\n\n**Date:** 2017-02-28\n\n### Incident window\n- **Start:** 9:37 AM PST\n- **End:** 1:54 PM PST\n")
    #expect(headed.metadata.start?.timestamp == "2017-02-28T09:37:00-08:00")
    #expect(headed.metadata.end?.timestamp == "2017-02-28T13:54:00-08:00")
    #expect(headed.statedDurations.isEmpty)
    // A details table opening the summary states its duration once, as the metadata's.
    let overview = TestSupport.parse(
      "# T\n\n## Overview\n\n| Key | Value |\n|---|---|\n| Severity | SEV-2 |\n| Duration | 2h 31m |\n")
    #expect(overview.statedDurations.map(\.source) == [.metadata] && overview.statedDurations.first?.minutes == 151)
    // "Incident Time" and "Timeframe" are written as windows; one moment there is the start, while
    // a duration key's "1:30" is a length and its "1:30 hours" is neither.
    for key in ["Incident Time", "Timeframe"] {
      let window = TestSupport.parse("# T\n\n- **\(key):** 16:20 - 17:05 UTC\n")
      #expect(window.statedDurations.map(\.minutes) == [45] && window.statedDurations.first?.end == "17:05 UTC")
      for moment in ["16:20", "16:20 UTC", "4:20 PM"] {
        let started = TestSupport.parse("# T\n\n- **\(key):** \(moment)\n")
        #expect(started.statedDurations.isEmpty && started.metadata.start?.timeOfDay?.description == "16:20")
      }
    }
    let length = TestSupport.parse("# T\n\n- **Duration:** 1:30\n- **Outage time:** 1:30 hours\n")
    #expect(length.statedDurations.map(\.minutes) == [90] && length.metadata.start == nil)
  }

  /// A Japanese team's template filled in: the zone note "時刻はJSTで統一する。" ("times are in
  /// JST"), the impact period "影響期間" with a wave dash, and an action table whose headers are
  /// 優先度 (priority), 対応 (the action), オーナー (owner) and 期限 (due).
  @Test func japaneseTemplateZoneNotePeriodAndActionTable() {
    let document = TestSupport.parse(
      """
      # Postmortem: 決済APIの遅延

      **発生日：** 2024-03-11

      ## 影響（Impact）
      - 影響期間: 2024-03-11 14:02 〜 15:10（JST）

      ## 時系列（Timeline）
      時刻はJSTで統一する。
      - 14:02 検知
      - 15:10 復旧

      ## 再発防止（Action Items）

      | 優先度 | 対応 | オーナー | 期限 | Issue |
      |---|---|---|---|---|
      | P0 | 導入前の負荷試験 | 佐藤 | 2024-04-01 | #490 |
      """)
    #expect(document.timeline?.timezone?.identifier == "Asia/Tokyo")
    #expect(document.timeline?.entries.first?.timestamp == "2024-03-11T14:02:00+09:00")
    #expect(document.statedDurations.map(\.minutes) == [68])
    let item = document.actionItems.first
    #expect(item?.title == "導入前の負荷試験" && item?.owner == "佐藤" && item?.priority == "P0")
    #expect(item?.due?.description == "2024-04-01" && item?.ticket == "#490")
  }

  /// A Japanese postmortem: labels with a full-width colon, items whose fields sit in full-width
  /// brackets after "担当" (owner) and "期限" (due), authors parted by "、", a zone note "時間はJST。".
  @Test func japaneseLabelsAndItems() {
    let document = TestSupport.parse(
      """
      # 決済APIの障害

      **日付:** 2024-03-02
      **重大度:** SEV2
      **作成者：** 田中, 佐藤

      ## 再発防止策

      - [ ] 設定の検証を追加する（担当：田中、期限：2024-04-01）
      """)
    #expect(document.date?.date?.description == "2024-03-02" && document.severity?.level == .high)
    #expect(document.authors.map(\.text) == ["田中", "佐藤"])
    #expect(document.actionItems.map(\.title) == ["設定の検証を追加する"])
    #expect(document.actionItems.first?.owner == "田中" && document.actionItems.first?.due?.description == "2024-04-01")
    // Names parted by the ideographic comma; a zone note with no space around the zone.
    let noted = TestSupport.parse(
      "**作成者：** 田中、佐藤\n\n## タイムライン\n\n時間はJST。\n\n- 2024-03-12 14:05 デプロイ開始\n- 2024-03-12 14:45 復旧確認\n")
    #expect(noted.authors.map(\.text) == ["田中", "佐藤"])
    #expect(noted.timeline?.timezone?.identifier == "Asia/Tokyo")
    #expect(noted.timeline?.entries.first?.timestamp == "2024-03-12T14:05:00+09:00")
    // Plain keys with the full-width colon, in a list, and the levels in those languages.
    let plain = TestSupport.parse("# 障害報告書\n\n- 発生日：2024年5月14日\n- 重要度：高\n- 作成者：山田太郎、鈴木花子\n\n## 概要\n\nx\n")
    #expect(plain.date?.date?.description == "2024-05-14" && plain.date?.column == 7)
    #expect(plain.severity?.level == .high && plain.authors.map(\.text) == ["山田太郎", "鈴木花子"])
    #expect(IncidentSeverity.level(of: "긴급") == .critical && IncidentSeverity.level(of: "低") == .low)
  }

  /// A Chinese review: a bold key with the full-width colon after it, the incident's time as a
  /// window in Beijing time (the timeline's zone), its level and owner; "故障概述" sums it up, and
  /// an item's "截止" is its due date.
  @Test func chineseReview() throws {
    let document = TestSupport.parse(
      """
      # 故障复盘：订单服务超时

      **故障时间**：2024-07-08 20:10 ~ 20:55（北京时间）
      **故障等级**：P1
      **负责人**：王磊

      ## 故障概述

      订单服务超时约45分钟。

      ## 时间线

      - 20:10 监控告警
      - 20:55 服务恢复正常

      ## 改进措施

      1. 连接池监控告警（负责人：王磊，截止：2024-07-20）
      """)
    #expect(document.severity?.level == .critical && document.authors.map(\.text) == ["王磊"])
    #expect(document.metadata.duration?.minutes == 45 && document.summary?.title == "故障概述")
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "Asia/Shanghai")
    #expect(timeline.entries.map(\.timestamp) == ["2024-07-08T20:10:00+08:00", "2024-07-08T20:55:00+08:00"])
    let item = try #require(document.actionItems.first)
    #expect(item.title == "连接池监控告警" && item.owner == "王磊" && item.due?.description == "2024-07-20")
    // Named inside a sentence, as Chinese writes it with no spaces.
    #expect(TimeZoneTable.find(in: "所有时间均为北京时间")?.identifier == "Asia/Shanghai")
    // And in Portuguese, the place after the word for the clock.
    #expect(TimeZoneTable.find(in: "Linha do tempo (horário de Brasília)")?.identifier == "America/Sao_Paulo")
    #expect(TimeZoneTable.find(in: "(ora italiana)")?.identifier == "Europe/Rome")
    #expect(TimeZoneTable.find(in: "alle tijden in Nederlandse tijd")?.identifier == "Europe/Amsterdam")
  }

  /// A homelab's Chinese report: 问题, 现象, 根因, 修复 and 预防 are the summary, impact, root
  /// cause, resolution and action items; an item's sentence keeps its full-width commas, which
  /// part fields only after a full-width bracket or colon opens them.
  @Test func chineseHomelabReport() {
    let text = """
      # Volsync 快照失效阻塞同步

      **日期**: 2026-04-03
      **影响**: 卷同步停滞。

      ## 问题

      定时同步卡住。

      ## 现象

      Pod 一直起不来。

      ## 根因

      - 旧快照已经不存在。

      ## 修复

      - 删除 `ReplicationSource`，由 Flux 重建。

      ## 预防

      - 需要顺序时用子级 `dependsOn`，父级不加 `wait: true`
      - 更新巡检脚本，补充告警（负责人：王磊，截止：2026-05-01）
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.kind) == [nil, .summary, .impact, .rootCause, .resolution, .actionItems])
    #expect(
      document.actionItems.map(\.title) == ["需要顺序时用子级 dependsOn，父级不加 wait: true", "更新巡检脚本，补充告警"])
    #expect(document.actionItems.last?.owner == "王磊" && document.actionItems.last?.due?.description == "2026-05-01")
    let required = TestSupport.lint(text).filter { $0.rule == "required-section" }
    #expect(required.map(\.message).allSatisfy { $0.contains("Timeline") || $0.contains("Lessons") })
  }

  /// A Vietnamese team's report: its details (Ngày, Mức độ: Cao, Trạng thái, Người viết), its
  /// sections, its action table (Hành động | Người phụ trách | Hạn chót | Trạng thái) and the
  /// alert and the recovery in its timeline.
  @Test func vietnameseReport() throws {
    let text = """
      # Báo cáo sự cố: Cổng thanh toán bị gián đoạn

      - **Ngày:** 2024-06-12
      - **Mức độ:** Cao
      - **Người viết:** Nguyễn Văn An

      ## Tóm tắt

      Cổng thanh toán trả lỗi 502 trong 48 phút.

      ## Dòng thời gian (ICT)

      - 09:12 Cảnh báo tỷ lệ lỗi tăng cao
      - 10:00 Dịch vụ đã được khôi phục

      ## Nguyên nhân gốc

      Chứng chỉ TLS không được gia hạn tự động.

      ## Hành động tiếp theo

      | Hành động | Người phụ trách | Hạn chót | Trạng thái |
      |-----------|-----------------|----------|------------|
      | Tự động gia hạn chứng chỉ | Trần Bình | 2024-06-30 | Hoàn thành |
      """
    let document = TestSupport.parse(text)
    #expect(document.severity?.level == .high && document.authors.map(\.text) == ["Nguyễn Văn An"])
    #expect(document.sections.map(\.kind) == [nil, .summary, .timeline, .rootCause, .actionItems])
    #expect(document.timeline?.entries.map(\.milestone) == [.detected, .resolved])
    #expect(document.timeline?.entries.first?.timestamp == "2024-06-12T09:12:00+07:00")
    let item = try #require(document.actionItems.first)
    #expect(item.owner == "Trần Bình" && item.due == CalendarDate(year: 2024, month: 6, day: 30) && item.done)
    #expect(
      IncidentSeverity.level(of: "Nghiêm trọng") == .critical && IncidentSeverity.level(of: "Trung bình") == .medium)
  }

  /// A Korean report's moments and length as bullets of bold labels: 발생 (occurred) the start,
  /// 해결 (resolved) the end, 총 장애 시간 (total outage time) the length; 장애 원인 the cause.
  @Test func koreanMomentsAndLength() {
    let text = """
      # 대기열 서버 다운

      ### 장애 발생 시간

      - **발생:** 2024-08-23 10:31 KST
      - **해결:** 2024-08-23 10:58 KST
      - **총 장애 시간:** 27분

      ### 장애 원인

      - 데이터베이스 커넥션 풀 고갈
      """
    let document = TestSupport.parse(text)
    #expect(document.metadata.start?.timestamp == "2024-08-23T10:31:00+09:00")
    #expect(document.metadata.end?.timestamp == "2024-08-23T10:58:00+09:00")
    #expect(document.metadata.duration?.minutes == 27 && document.rootCause?.title == "장애 원인")
    #expect(TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.isEmpty)
    // The same moments in Korean clock words, the date before them.
    let words = TestSupport.parse(
      text.replacingOccurrences(of: "2024-08-23 10:31 KST", with: "2024년 8월 23일 오전 10시 31분 12초 KST")
        .replacingOccurrences(of: "2024-08-23 10:58 KST", with: "2024년 8월 23일 오전 10시 58분 KST"))
    #expect(words.metadata.start?.timeOfDay?.description == "10:31:12")
    #expect(words.metadata.end?.timeOfDay?.description == "10:58")
  }

  /// Zones written out in full, and countries with one clock named before "time".
  @Test(arguments: [
    ("All times are Indian Standard Time", "Asia/Kolkata"), ("Timeline (India time)", "Asia/Kolkata"),
    ("(Japan time)", "Asia/Tokyo"), ("New Zealand Daylight Time", "Pacific/Auckland"),
    ("times in Eastern European Time", "Europe/Athens"), ("Israel Daylight Time", "Asia/Jerusalem"),
    ("Australian Eastern Daylight Time", "Australia/Sydney"), ("China Standard Time", "Asia/Shanghai"),
    ("Korea Standard Time", "Asia/Seoul"), ("Moscow time", "Europe/Moscow"),
  ])
  func zonesWrittenOut(_ text: String, _ identifier: String) {
    #expect(TimeZoneTable.find(in: text)?.identifier == identifier, "\(text)")
  }

  /// A details table as review tools export it: the review's status is the document's status.
  @Test func aReviewStatusIsTheStatus() {
    let document = TestSupport.parse(
      """
      # Database failover storm

      | Key | Value |
      |-----|-------|
      | Incident Date | Wednesday, 14 August 2024 |
      | Impact Level | Medium |
      | Postmortem Author(s) | Lars Berg, Mia Ng |
      | Review Status | In review |
      | Total Duration | 2 hrs 5 mins |
      """)
    #expect(document.status?.text == "In review" && document.severity?.level == .medium)
    let retro = TestSupport.parse(
      "# T\n\n- **Severity:** SEV 2\n- **Retro author:** Ines Moreau\n\n## Summary\n\nText.\n")
    #expect(retro.authors.map(\.text) == ["Ines Moreau"])
    #expect(document.authors.map(\.text) == ["Lars Berg", "Mia Ng"] && document.metadata.duration?.minutes == 125)
  }

  /// Compact headers put several labels on one line; each is its own field, at its own column.
  @Test func severalLabelsOnOneLine() throws {
    let document = TestSupport.parse(
      """
      # T

      **Date:** 2024-03-02 | **Severity:** SEV2 | **Status:** Resolved
      *Authors: Priya, Lee · Reviewed: 2023-05-10*
      **Start:** 14:05 UTC **End:** 15:00 UTC
      Impact: EU | US

      ## Impact

      **TTD:** 4 min · **TTR:** 55 min
      """)
    let fields = document.metadata.fields.map { "\($0.key)=\($0.value)@\($0.column):\($0.valueColumn)" }
    #expect(
      fields == [
        "Date=2024-03-02@1:11", "Severity=SEV2@24:38", "Status=Resolved@45:57", "Authors=Priya, Lee@1:11",
        "Reviewed=2023-05-10@24:34", "Start=14:05 UTC@1:12", "End=15:00 UTC@22:31",
      ])
    #expect(document.severity?.level == .high && document.status?.text == "Resolved")
    #expect(document.authors.map(\.text) == ["Priya", "Lee"] && document.metadata.end?.raw == "15:00 UTC")
    #expect(document.impact?.fields.map(\.key) == ["TTD", "TTR"])
    // A value whose parts have no key keeps them: "Ana | Bo / Cy" is one value, of three authors.
    let plain = TestSupport.parse("Authors: Ana | Bo / Cy\nStart: 14:05 UTC · End: 15:00 UTC\n")
    #expect(plain.authors.map(\.text) == ["Ana", "Bo", "Cy"] && plain.metadata.end?.raw == "15:00 UTC")
    #expect(plain.authors.map(\.column) == [10, 16, 21])
    // A line whose first key is none we know is a row of labels when another key is known.
    let roles = TestSupport.parse(
      "# T\n\nIncident commander: Bruno Costa · Scribe: Lea Wolf · Severity: SEV1 · Date: 2024-04-11\n\n## Summary\n\nx\n"
    )
    #expect(
      roles.metadata.fields.map { "\($0.key)=\($0.value)@\($0.column):\($0.valueColumn)" } == [
        "Incident commander=Bruno Costa@1:21", "Scribe=Lea Wolf@35:43", "Severity=SEV1@54:64", "Date=2024-04-11@71:77",
      ])
    #expect(roles.severity?.level == .critical && roles.date?.raw == "2024-04-11")
    // Without a known key, or a separator, such a line is prose.
    let prose = TestSupport.parse("# T\n\nNote: this was bad · Also: we know\nWhy: · because\n\n## Summary\n\nx\n")
    #expect(prose.metadata.fields.isEmpty)
  }

  @Test func labelsAfterTheFirstSectionAreNotMetadata() {
    let document = TestSupport.parse("# T\n\n## Summary\n\n**Date:** 2024-03-02\n")
    #expect(document.date == nil)
    // Without a title, a level-1 first section keeps the labels that open it, and only those.
    let opened = TestSupport.parse(
      "# Incident Summary\n\n**Date:** 2024-03-02\n**Severity:** SEV2\n\nText.\n\n**Authors:** Ana\n\n## Timeline\n")
    #expect(opened.date?.date?.description == "2024-03-02" && opened.severity?.level == .high)
    #expect(opened.authors.isEmpty && opened.summary?.markdown.hasPrefix("**Date:**") == true)
    #expect(TestSupport.parse("# Incident Summary\n\nText.\n\n**Date:** 2024-03-02\n").date == nil)
  }

  /// "## Overview" opening with `- **Start:** …` and `- **Severity:** …` bullets states the details
  /// under a title: labels naming two facts or more at the start of a summing-up first section.
  @Test func detailsOpeningAFirstSummarySectionAreMetadata() {
    let bullets = TestSupport.parse(
      "# Queue backlog\n\n## Overview\n\n- **Start:** 2024-10-14 22:47 PDT\n- **End:** 2024-10-15 01:12 PDT\n"
        + "- **Severity:** Sev-2\n\nThe consumers stalled.\n\n## Timeline\n")
    #expect(bullets.severity?.level == .high && bullets.metadata.start?.raw == "2024-10-14 22:47 PDT")
    #expect(bullets.metadata.end?.timestamp?.hasPrefix("2024-10-15T01:12") == true)
    let lines = TestSupport.parse("# T\n\n## Summary\n\n**Date:** 2024-10-14\n**Authors:** Ravi, Sam\n\nText.\n")
    #expect(lines.date?.date?.description == "2024-10-14" && lines.authors.map(\.text) == ["Ravi", "Sam"])
    let table = TestSupport.parse(
      "# T\n\n## Overview\n\n| Field | Value |\n|---|---|\n| Date | 2024-10-14 |\n| Sev | 2 |\n")
    #expect(table.date?.date?.description == "2024-10-14" && table.severity?.level == .high)
    // One fact, prose labels, labels later in the section, or another section's own: not details.
    #expect(
      TestSupport.parse("# T\n\n## Summary\n\n**Impact:** 8% of logins.\n**Duration:** 2 hours\n").metadata.duration
        == nil)
    #expect(TestSupport.parse("# T\n\n## Summary\n\nText.\n\n**Date:** 2024-10-14\n**Sev:** 2\n").date == nil)
    // A details table after the summary's opening sentence, with no title above.
    let after = TestSupport.parse(
      "## Incident summary\n\nThe search API returned stale results.\n\n| | |\n|---|---|\n| **Severity** | SEV3 |\n"
        + "| **Authors** | Yui Tanaka |\n\n## Timeline\n")
    #expect(
      after.severity?.level == .medium && after.severity?.line == 7 && after.authors.map(\.text) == ["Yui Tanaka"])
    // An impact section's labels are its own, not the header's details; its level alone is read
    // as the document's (see figuresClosingTheTimelineAndALevelInTheImpact).
    let impact = TestSupport.parse("# T\n\n## Impact\n\n- **Duration:** 2 hours\n- **Severity:** SEV2\n")
    #expect(impact.metadata.fields.isEmpty && impact.metadata.duration == nil)
    #expect(impact.severity?.level == .high && impact.statedDurations.map(\.source) == [.section])
  }

  @Test func datesThatAreNotDatesAreKeptRaw() throws {
    let placeholder = try #require(TestSupport.parse("**Date:** 2023-MM-DD\n").date)
    #expect(placeholder.date == nil && placeholder.isInvalid)
    let impossible = try #require(TestSupport.parse("**Date:** 2024-02-30\n").date)
    #expect(impossible.isInvalid && impossible.raw == "2024-02-30")
    let words = try #require(TestSupport.parse("**Date:** last Tuesday\n").date)
    #expect(words.date == nil && !words.isInvalid)
  }

  /// A plain-text report opens with "Incident: <its name>" where others have a heading.
  @Test func anIncidentLineNamesAPlainTextReport() {
    let report = TestSupport.parse(
      "Incident: Email delivery delays\nDate: March 3rd 2024\n\nSummary\n=======\n\nSlow.\n")
    #expect(report.title?.text == "Email delivery delays" && report.title?.column == 11)
    #expect(TestSupport.parse("# Login failures\n\n**Incident:** INC-42\n").title?.text == "Login failures")
    // A document titled "# Incident" keeps its details as they are.
    let titled = TestSupport.parse("# Incident\n\n**Date:** 12/03/2024\n\n## Chronologie\n")
    #expect(titled.title?.text == "Incident" && titled.metadata.fields.map(\.key) == ["Date"])
    #expect(TestSupport.parse("Total time: 2 hours\n").metadata.duration?.minutes == 120)
  }

  /// A key in two languages or two words for one fact names it; a key naming two facts, none.
  @Test func keysThatNameOneFactTwice() {
    #expect(TestSupport.parse("**Gravité / Severity:** SEV3\n").severity?.level == .medium)
    #expect(TestSupport.parse("**Owner/Author:** Léa Martin\n").authors.map(\.text) == ["Léa Martin"])
    #expect(TestSupport.parse("**Start/End:** 14:05 – 15:10 UTC\n").metadata.start == nil)
    #expect(TestSupport.parse("# Start/end columns\n\n2024-03-02\n\n## Timeline\n").metadata.start == nil)
  }

  @Test func unknownSeverityIsRecorded() throws {
    let severity = try #require(TestSupport.parse("**Severity:** Spicy\n").severity)
    #expect(severity.raw == "Spicy")
    #expect(severity.level == nil)
  }

  @Test func titleFallsBackToFrontMatterAndH1Wins() {
    #expect(TestSupport.parse("---\ntitle: From YAML\n---\n\n# From heading\n").title?.text == "From heading")
    #expect(TestSupport.parse("---\ntitle: From YAML\n---\n\n## Summary\n").title?.text == "From YAML")
    #expect(TestSupport.parse("# Summary\n\nText\n").title == nil, "an H1 naming a section is not the title")
  }

  /// Front matter that carries the prose ("summary: One night …", as archives of summaries
  /// write it) stands in for the section, as a `**Summary:**` label does; a heading of the kind wins.
  @Test func frontMatterProseStandsInForItsSection() throws {
    let text = """
      ---
      title: Grid disturbance
      start_time: 2012-07-30T02:33:00Z
      summary: The northern grid collapsed after a line tripped.
      root_cause: No islanding scheme.
      ---

      The report on two days of grid collapse.
      """
    let document = TestSupport.parse(text)
    let summary = try #require(document.summary)
    #expect(summary.markdown == "The northern grid collapsed after a line tripped." && summary.line == 4)
    #expect(document.rootCause?.markdown == "No islanding scheme.")
    #expect(document.sections.map(\.style) == [.label, .label])
    let missing = TestSupport.lint(text).filter { $0.rule == "required-section" }.map(\.message)
    #expect(!missing.contains { $0.contains("Summary") || $0.contains("Root Cause") } && !missing.isEmpty)
    let headed = TestSupport.parse("---\nsummary: Short.\n---\n\n## Summary\n\nLonger.\n")
    #expect(headed.summary?.markdown == "Longer." && headed.sections.count == 1)
  }

  /// A report of several incidents, each under a heading of its own with its cause and fix as
  /// labels ("**Root cause:** …", "**Fix:** …"): the first label of each kind stands in for the
  /// section the document lacks; an incident's impact stays its own, and a heading wins.
  @Test func incidentSectionsLabelTheirCauseAndFix() throws {
    let text = """
      # Multi-system failures

      ## Summary

      Three failures were found during maintenance.

      ## Incident 1: Crash loop

      **Impact:** MCP tooling down for 20 minutes.

      **Root cause:** The image added a security gate.

      **Fix:** Added the missing variable.

      ## Incident 2: Token revoked

      **Root cause:** The token leaked into tool output.
      """
    let document = TestSupport.parse(text)
    #expect(document.rootCause?.markdown == "The image added a security gate." && document.rootCause?.line == 11)
    #expect(document.resolution?.markdown == "Added the missing variable.")
    #expect(document.impact == nil && document.statedDurations.isEmpty)
    #expect(document.sections.filter { $0.style == .label }.map(\.kind) == [.rootCause, .resolution])
    let missing = TestSupport.lint(text).filter { $0.rule == "required-section" }.map(\.message)
    #expect(!missing.contains { $0.contains("Root Cause") || $0.contains("'Resolution'") })
    #expect(missing.contains { $0.contains("Impact") })
    let headed = TestSupport.parse(text + "\n## Root cause\n\nBoth came from one change.\n")
    #expect(
      headed.rootCause?.markdown == "Both came from one change."
        && headed.sections.filter { $0.style == .label }.count == 1)
  }

  /// A report laid out in bold labels ("**Timeline:**" over its bullets, then "**Root Cause:** The
  /// pool was resized to 5.") has the part a label after the list names, where no heading gives
  /// it; a label before the list is the timeline's own.
  @Test func aLabelAfterABoldTimelinesListStandsInForItsSection() {
    let text = """
      # Post-Mortem: Checkout latency after pool resize

      **Timeline:**
      *   **2024-03-05 14:07 UTC:** (Detection) Latency alert fires
      *   **2024-03-05 14:55 UTC:** (Mitigation) Pool size restored

      **Root Cause:** The pool was resized to 5.

      **Action Items:**
      *   [ ] Add pool saturation alert (Owner: @ana, Due: 2024-03-20)

      **Resolution:** Pool size set back to 50.
      """
    let document = TestSupport.parse(text)
    #expect(document.rootCause?.markdown == "The pool was resized to 5." && document.rootCause?.line == 7)
    #expect(document.resolution?.markdown == "Pool size set back to 50.")
    #expect(document.timeline?.entries.map(\.milestone) == [.detected, .mitigated])
    #expect(document.actionItems.map(\.title) == ["Add pool saturation alert"])
    let entryLabel = TestSupport.parse(
      text.replacingOccurrences(
        of: "**Timeline:**\n", with: "**Timeline:**\n\n**Detection:** the alert at 14:07 UTC, late\n\n"))
    #expect(entryLabel.sections.allSatisfy { $0.kind != .detection })
  }

  /// An executive summary that closes with the incident in brief ("**Impact:** …", "**Root
  /// Cause:** …", "**Resolution:** …") has its impact and resolution, where no heading gives them;
  /// a closing "## Approvals" names the author ("**Prepared by:** …") but its date is the review's.
  @Test func summaryLabelsAndASignOffSection() {
    let text = """
      # Postmortem: Network Configuration Lockout

      **Date:** 2025-01-19
      **Severity:** Critical

      ## Executive Summary

      A NAT bridge was added to a live host and SSH was lost.

      **Impact:** 8 hours downtime, complete loss of work-in-progress system
      **Root Cause:** Untested network configuration
      **Resolution:** Infrastructure rebuild from documented procedures

      ## Root Cause Analysis

      No rollback plan.

      ## Approvals

      **Prepared by:** Ibrahim Cisse
      **Date:** 2025-01-20
      **Reviewed by:** Self
      """
    let document = TestSupport.parse(text)
    #expect(document.impact?.markdown == "8 hours downtime, complete loss of work-in-progress system")
    #expect(document.resolution?.markdown == "Infrastructure rebuild from documented procedures")
    #expect(document.rootCause?.markdown == "No rollback plan.")
    #expect(document.sections.filter { $0.style == .label }.map(\.kind) == [.impact, .resolution])
    #expect(document.authors.map(\.text) == ["Ibrahim Cisse"] && document.date?.date?.description == "2025-01-19")
    let findings = TestSupport.lint(text)
    #expect(!findings.contains { $0.rule == "required-section" && $0.message.contains("Impact") })
    #expect(!findings.contains { $0.rule == "metadata-field" && $0.message.contains("authors") })
  }

  /// A summary written without Markdown labels its parts in plain text ("Impact: …" on its own
  /// line): those lines stand in for the sections too; a line of prose with a colon does not.
  @Test func plainSummaryLabelsStandInForSections() {
    func parsed(_ second: String) -> PostmortemDocument {
      TestSupport.parse(
        "Postmortem: Website Outage\nIssue Summary\nDuration: August 1, 2024, 14:00 - 16:30 UTC\n\(second)\n"
          + "Timeline\n14:00: Issue detected by an alert.\n16:30: Full service restoration verified.\n")
    }
    let labelled = parsed("Impact: The main website was down for 80% of users.")
    #expect(labelled.sections.first { $0.kind == .summary }?.title == "Issue Summary")
    #expect(labelled.impact?.markdown == "The main website was down for 80% of users.")
    #expect(labelled.impact?.line == 4)
    #expect(parsed("Note: the main website was down for 80% of users.").impact == nil)
  }

  /// A report written without headings tells its parts on a line each in plain text, before its
  /// first section line and after a list: those lines stand in for the sections; a document with
  /// section headings keeps such a line as its section's prose.
  @Test func plainPartLinesOfAReportWithoutHeadings() {
    let text = """
      Incident: Payments timeouts
      Date: 2024-05-02

      Summary: Payments timed out for 35 minutes after a pool size change.

      Timeline:
      - 10:02 UTC pool size lowered in config
      - 10:37 UTC config reverted, latency normal

      Root cause: the connection pool was sized below peak concurrency.

      Resolution: reverted the config change.
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.kind) == [.summary, .timeline, .rootCause, .resolution])
    #expect(document.summary?.markdown == "Payments timed out for 35 minutes after a pool size change.")
    #expect(document.rootCause?.markdown == "the connection pool was sized below peak concurrency.")
    #expect(document.resolution?.line == 12)
    let missing = TestSupport.lint(text).filter { $0.rule == "required-section" }.map(\.message)
    #expect(!missing.contains { $0.contains("Summary") || $0.contains("Root Cause") || $0.contains("'Resolution'") })
    // Under headings, the line is the prose of its section.
    let headed = TestSupport.parse("# T\n\n## Notes\n\nRoot cause: unknown yet.\n\n## Timeline\n\n- 10:02 x\n")
    #expect(headed.rootCause == nil)
  }

  /// Atlassian's "Postmortem report" kept as a table, each row's part named in bold before the
  /// template's instructions and told in the next cell: the parts stand in for the sections the
  /// document lacks; a row left empty, as the template ships, stands in for nothing.
  @Test func aReportKeptAsATableOfParts() {
    func report(_ fault: String, _ recovery: String) -> String {
      """
      # Checkout failures

      ## Postmortem report

      | Instructions | Report |
      | ------------ | ------ |
      | **Leadup** <br /> List the events that led to the incident. | A config change was merged. |
      | **Fault** <br /> Describe how the change didn't work as expected. | \(fault) |
      | **Recovery** <br /> Report how the user impact was mitigated. | \(recovery) |
      | **Blameless root cause** <br /> Note the final root cause. | Config validation gap. |
      """
    }
    let filled = TestSupport.parse(report("The new pool size was 0.", "The change was reverted."))
    #expect(filled.sections.filter { $0.style == .label }.map(\.kind) == [.trigger, .resolution, .rootCause])
    #expect(filled.resolution?.markdown == "The change was reverted." && filled.resolution?.line == 9)
    #expect(filled.rootCause?.markdown == "Config validation gap.")
    let template = TestSupport.parse(report("", ""))
    #expect(template.sections.filter { $0.style == .label }.map(\.kind) == [.rootCause])
    #expect(template.resolution == nil)
  }

  /// The report table's timeline is told in its cell, its lines parted by breaks or by
  /// semicolons before times: it is the document's timeline.
  @Test(arguments: [
    "14:05 deploy<br>14:09 alert fires<br>14:47 resolved", "14:05 deploy; 14:09 alert fires; 14:47 resolved",
  ])
  func aReportTablesTimelineCell(_ cell: String) throws {
    let text = """
      # Checkout failures

      **Date:** 2024-03-02

      ## Postmortem report

      | Instructions | Report |
      | ------------ | ------ |
      | **Fault** <br /> Describe how the change didn't work as expected. | The new pool size was 0. |
      | **Timeline** <br /> Detail the incident timeline using UTC. | \(cell) |
      """
    let document = TestSupport.parse(text)
    let timeline = try #require(document.timeline)
    #expect(timeline.entries.map(\.text) == ["deploy", "alert fires", "resolved"])
    #expect(timeline.entries.map(\.milestone) == [nil, .detected, .resolved])
    #expect(timeline.entries.map(\.line) == [10, 10, 10])
    let row = String(text.split(separator: "\n", omittingEmptySubsequences: false)[9])
    let written = ["14:05", "14:09", "14:47"].map { time in
      row.range(of: time).map { row[..<$0.lowerBound].unicodeScalars.count + 1 }
    }
    #expect(timeline.entries.map(\.column) == written.compactMap { $0 })
    #expect(!TestSupport.lint(text).contains { $0.message.hasPrefix("missing required section 'Timeline'") })
    // One bold part alone is no report table.
    let alone = text.replacingOccurrences(
      of: "| **Fault** <br /> Describe how the change didn't work as expected. | The new pool size was 0. |\n", with: ""
    )
    #expect(TestSupport.parse(alone).timeline == nil)
  }

  /// A collapsible block's summary names its section (`<details>` then `<summary><b>Action
  /// items</b></summary>`), as GitHub folds a long timeline away; other HTML names none.
  @Test func collapsibleSectionsAreSections() throws {
    let text = """
      # Login outage

      **Date:** 2024-03-05

      ## Summary

      Logins failed.

      <details>
      <summary>Timeline (UTC)</summary>

      - 14:05 deploy starts
      - 14:09 alert fires

      </details>

      <details><summary><b>Action items</b></summary>

      - [ ] Add a canary (owner: @ana, due: 2024-04-01)

      </details>

      <div align="center">Timeline</div>
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.map(\.kind) == [nil, .summary, .timeline, .actionItems])
    #expect(document.sections.filter { $0.style == .collapsible }.map(\.title) == ["Timeline (UTC)", "Action items"])
    let timeline = try #require(document.timeline)
    #expect(timeline.entries.map(\.timestamp) == ["2024-03-05T14:05:00Z", "2024-03-05T14:09:00Z"])
    #expect(document.actionItems.map(\.owner) == ["ana"])
    #expect(document.summary?.markdown == "Logins failed.")
  }

  @Test func sectionsWithBoldParagraphHeadingsAndAnchors() {
    let document = TestSupport.parse(
      """
      # Title

      ## <a name="tl"></a> 🕒 Timeline

      - 10:00 start

      **Action items**

      - [ ] Fix it @ana
      """)
    #expect(document.sections.map(\.kind) == [nil, .timeline, .actionItems])
    #expect(document.sections.last?.style == .boldParagraph)
    #expect(document.actionItems.map(\.owner) == ["ana"])
  }

  /// pandoc and kramdown write a heading's attributes after it; they are no part of its title.
  @Test func headingAttributesAreNoPartOfTheTitle() {
    let document = TestSupport.parse(
      """
      Checkout outage {#checkout-outage .unnumbered}
      ===============

      ## Root cause {: #cause}

      ## Timeline (UTC) {#timeline-utc}

      - 10:00 start

      ## Costs {in EUR}
      """)
    #expect(document.title?.text == "Checkout outage")
    #expect(document.sections.map(\.title) == ["Checkout outage", "Root cause", "Timeline (UTC)", "Costs {in EUR}"])
    #expect(document.sections.map(\.kind) == [nil, .rootCause, .timeline, nil])
    #expect(document.timeline?.timezone?.identifier == "UTC")
  }

  /// A preamble label stands in only for a section the headings lack, names its kind word for
  /// word, and is not a metadata key; the heading wins over it.
  @Test func labelsStandInForMissingSections() {
    let document = TestSupport.parse(
      """
      # Title

      **Impact:** Builds and deploys
      **Root cause:** A full disk
      **Fix version:** 2.4.1
      **Impact start:** 14:00
      **Summary:**

      ### Impact

      Six hours of failed builds.
      """)
    #expect(document.sections.map(\.title) == ["Title", "Root cause", "Summary", "Impact"])
    #expect(document.sections.map(\.style) == [.heading, .label, .label, .heading])
    #expect(document.sections.map(\.level) == [1, 3, 3, 3], "labels sit beside the document's top sections")
    #expect(document.impact?.markdown == "Six hours of failed builds.", "the heading wins over the label")
    #expect(document.rootCause?.markdown == "A full disk" && document.rootCause?.line == 4)
    #expect(document.sections[2].hasContent == false && document.summary?.markdown == "")
    #expect(document.metadata.start?.raw == "14:00")
    let findings = TestSupport.lint(
      "# T\n\n**Summary:**\n**Impact:** n/a\n\n## Timeline\n\n- 10:00 start\n", profile: "google-sre")
    #expect(findings.filter { $0.rule == "empty-section" }.map(\.line) == [3])
    #expect(!findings.contains { $0.rule == "required-section" && $0.message.contains("'Impact'") })
    #expect(findings.contains { $0.rule == "required-section" && $0.message.contains("'Root Causes'") })
  }

  /// Without a date field, a date in the title (or the day of the stated start) is the
  /// document's date and places the timeline's times; else the finding that asks for the date
  /// proposes the day the summary opens with.
  @Test func referenceDateWithoutADateField() {
    let titled = TestSupport.parse("# Outage on 2 March 2024\n\n## Timeline\n\n- 14:05 UTC deploy\n")
    #expect(titled.date?.date?.description == "2024-03-02" && titled.date?.raw == "2 March 2024")
    #expect(titled.date?.line == 1 && titled.date?.column == 13, "located where the title writes it")
    #expect(titled.timeline?.entries.first?.timestamp == "2024-03-02T14:05:00Z")
    let started = TestSupport.parse(
      "# Outage of 2023-01-01\n\n**Start:** 2024-03-02 14:00 UTC\n\n## Timeline\n\n- 14:05 UTC deploy\n")
    #expect(started.timeline?.entries.first?.timestamp == "2024-03-02T14:05:00Z", "the start wins over the title")
    #expect(started.date == nil, "a title naming another day than the start is no date")
    #expect(
      TestSupport.parse("# Outage 2024\n\n## Timeline\n\n- 14:05 UTC deploy\n").timeline?.entries.first?.timestamp
        == nil)
    #expect(
      !TestSupport.lint("# Outage on 2 March 2024\n\n## Summary\n\nText.\n").contains {
        $0.rule == "metadata-field" && $0.message.contains("'date'")
      }, "the title dates the document")
    // A summary's window with its day dates it too, whether the day comes before or after the times.
    for window in ["11:30 AM - 1:45 PM EST, November 5, 2023.", "November 5, 2023, 11:30 AM to 1:45 PM EST"] {
      let findings = TestSupport.lint("# Outage\n\n## Issue Summary\n\n**Duration:** \(window)\n\nText.\n")
      #expect(!findings.contains { $0.rule == "metadata-field" && $0.message.contains("'date'") }, "\(window)")
    }
    #expect(
      TestSupport.lint("# Outage\n\n## Issue Summary\n\n**Duration:** 11:30 AM - 1:45 PM EST\n").contains {
        $0.rule == "metadata-field" && $0.message.contains("'date'")
      }, "a window without its day dates nothing")
    // Else the date the summary opens with places the times (and is the one the finding proposes).
    let summarised = """
      # Storage outage

      ## Summary

      On Tuesday, March 5th, 2024, between 14:05 and 15:10 UTC, uploads failed.

      ## Timeline

      - 14:05 UTC deploy
      """
    #expect(TestSupport.parse(summarised).timeline?.entries.first?.timestamp == "2024-03-05T14:05:00Z")
    // A zone the summary opens with is the zone of a timeline that names none.
    let zoned = TestSupport.parse(
      "# Card declines on 5 March 2024\n\n## What happened\n\nBetween 14:05 and 14:47 CET, cards failed.\n\n"
        + "## Timeline\n\n- 14:05 deploy\n- 14:47 resolved\n")
    #expect(zoned.timeline?.timezone?.source == .summary && zoned.timeline?.timezone?.identifier == "Europe/Berlin")
    #expect(zoned.timeline?.entries.map(\.timestamp) == ["2024-03-05T14:05:00+01:00", "2024-03-05T14:47:00+01:00"])
    let declared = TestSupport.parse(
      "# X on 5 March 2024\n\n## Summary\n\nAt 14:05 CET it broke.\n\n## Timeline\n\nAll times UTC.\n\n- 14:05 deploy\n"
    )
    #expect(declared.timeline?.timezone?.identifier == "UTC", "the timeline's own note wins")
    #expect(
      TestSupport.lint(summarised).contains {
        $0.rule == "metadata-field" && $0.message.contains("add **Date:** 2024-03-05 before")
      })
    // With no day to go on, the example says what to write rather than offer a day of its own.
    #expect(
      TestSupport.lint("# API outage on March 3rd\n\n## Timeline\n\n- 14:05 UTC deploy\n").contains {
        $0.rule == "metadata-field"
          && $0.message == "missing metadata 'date'; add **Date:** YYYY-MM-DD before the first section"
      })
    // A date alone on its line under the title (AWS's event summaries) comes before the summary's.
    let datelined = TestSupport.parse(
      "# Summary of the Kinesis event\n\nNovember, 25th 2020\n\n## Summary\n\nOn March 5th, 2024, x.\n\n"
        + "## Timeline\n\nAt 5:15 AM PST, the first alarms fired.\n")
    #expect(datelined.date?.date?.description == "2020-11-25" && datelined.date?.line == 3)
    #expect(datelined.timeline?.entries.first?.timestamp == "2020-11-25T05:15:00-08:00")
    let prose = TestSupport.parse(
      "# Kinesis\n\nWe wrote this on November 25, 2020.\n\n## Timeline\n\nAt 5:15 AM PST, alarms fired.\n")
    #expect(prose.timeline?.entries.first?.timestamp == nil, "a sentence with a date is no dateline")
    // Dates listed on that line (the incident's day, then a later one's) give the first.
    let listed = TestSupport.parse("# Vagrant froze\n2017-05-30, 2017-06-03\n\n## Issue Summary\n\nx\n")
    #expect(listed.date?.date?.description == "2017-05-30" && listed.date?.raw == "2017-05-30")
    #expect(TestSupport.parse("# Vagrant froze\nBerlin, 2017-06-03\n\n## Summary\n\nx\n").date == nil)
  }

  /// Notion-style plain lines: "Owner:" names the author, and the zone of a stated time is the
  /// timeline's when the timeline names none.
  @Test func plainOwnerAndTheZoneOfStatedTimes() {
    let document = TestSupport.parse(
      """
      # Search latency

      Date: March 10, 2021
      Owner: Priya Raman
      Resolved: 14:47 UTC

      ## Timeline

      - 14:02 latency rises
      - 14:47 resolved
      """)
    #expect(document.authors.map(\.text) == ["Priya Raman"])
    #expect(document.timeline?.timezone?.source == .metadata && document.timeline?.timezone?.identifier == "UTC")
    #expect(document.timeline?.entries.map(\.timestamp) == ["2021-03-10T14:02:00Z", "2021-03-10T14:47:00Z"])
    let findings = TestSupport.lint("# T\n\n**End:** 15:00 CET\n\n## Timeline\n\n- 14:00 start\n")
    #expect(!findings.contains { $0.rule == "timeline-timezone" })
    #expect(
      TestSupport.lint("# T\n\n**End:** 15:00\n\n## Timeline\n\n- 14:00 start\n").contains {
        $0.rule == "timeline-timezone"
      })
  }

  /// The one level-1 heading over `##` sections is the title even when its words start like a
  /// section's ("Summary of …") or follow a date ("2021-03-04 recovery"); a heading that is exactly
  /// a section name, or one of several level-1 headings, stays a section.
  @Test func aLooselyNamedTopHeadingIsTheTitle() {
    let titled = TestSupport.parse("# Summary of the storage disruption\n\n## Timeline\n\n- 14:05 deploy\n")
    #expect(titled.title?.text == "Summary of the storage disruption" && titled.summary == nil)
    #expect(titled.sections.map(\.kind) == [nil, .timeline])
    let exact = TestSupport.parse("# Summary\n\nText.\n\n## Timeline\n\n- 14:05 deploy\n")
    #expect(exact.title == nil && exact.summary?.markdown.hasPrefix("Text.") == true)
    let flat = TestSupport.parse("# Summary of the outage\n\nText.\n\n# Timeline\n\n- 14:05 deploy\n")
    #expect(flat.title == nil && flat.sections.map(\.kind) == [.summary, .timeline])
    // Wikimedia titles a report by its date and a word that may name a section.
    let dated = TestSupport.parse("# 2021-03-04 recovery\n\n## Timeline\n\n- 14:05 deploy\n")
    #expect(dated.title?.text == "2021-03-04 recovery" && dated.date?.date?.description == "2021-03-04")
    #expect(dated.sections.map(\.kind) == [nil, .timeline] && dated.resolution == nil)
    // Alone over a report told in paragraphs, as AWS writes them, it is the title too; alone over
    // its list, a loosely named timeline stays the timeline.
    let alone = TestSupport.parse(
      "# Summary of the Kinesis event\n\nNovember 25th, 2020\n\nStarting at 5:15 AM PST, errors.\n")
    #expect(alone.title?.text == "Summary of the Kinesis event" && alone.date?.date?.description == "2020-11-25")
    let list = TestSupport.parse("# Timeline of the outage\n\n- 14:05 deploy\n- 14:10 alert fires\n")
    #expect(list.title == nil && list.sections.map(\.kind) == [.timeline] && list.timeline?.entries.count == 2)
  }

  /// A tag list that names a severity stands in for a severity field, never over one.
  @Test func severityFromTags() {
    let tagged = TestSupport.parse("---\ntitle: T\ntags: [postmortem, sev1, database]\n---\n# T\n")
    #expect(tagged.severity?.raw == "sev1" && tagged.severity?.level == .critical && tagged.severity?.line == 3)
    let gitlab = TestSupport.parse("---\nlabels:\n  - incident\n  - severity::2\n---\n# T\n")
    #expect(gitlab.severity?.level == .high)
    #expect(TestSupport.parse("---\ntags: postmortem, Sev-3\n---\n# T\n").severity?.level == .medium)
    let both = TestSupport.parse("---\nseverity: low\ntags: [sev1]\n---\n# T\n")
    #expect(both.severity?.level == .low)
    #expect(TestSupport.parse("---\ntags: [several, p1]\n---\n# T\n").severity == nil)
    // A plain line of tags, as Notion exports a page's properties.
    let notion = TestSupport.parse("# T\n\nCreated: March 5, 2024 2:31 PM\nTags: SEV2, kafka\n\n# Summary\n\nx\n")
    #expect(notion.severity?.raw == "SEV2" && notion.severity?.line == 4 && notion.severity?.column == 7)
  }

  /// Headings written as sentences, as incident reviews word them.
  @Test(arguments: [
    ("What we're doing", SectionKind.actionItems), ("What's next", .actionItems), ("What we learned", .lessonsLearned),
    ("How we responded", .resolution), ("Why it happened", .rootCause), ("Who was affected", .impact),
    // Public incident archives: Azure's post-incident reviews, Google Cloud's reports, Wikimedia's.
    ("How are we making incidents like this less likely or less impactful?", .actionItems),
    ("DETAILED DESCRIPTION OF IMPACT", .impact), ("What went poorly?", .whatWentWrong),
    ("Where did we get lucky?", .whereWeGotLucky), ("Actionables", .actionItems),
    ("Preventing recurrence", .actionItems), ("What went right", .whatWentWell), ("What didn't work", .whatWentWrong),
    ("Why did this happen?", .rootCause), ("What we'll do to prevent this", .actionItems),
    ("Things we learned", .lessonsLearned), ("5 Whys", .rootCause), ("Time line", .timeline),
    ("How was it fixed?", .resolution), ("How do we prevent it?", .actionItems), ("Repair items", .actionItems),
    ("Post-incident actions", .actionItems), ("Problem statement", .summary),
    ("How did we fix it?", .resolution), ("How did it affect customers?", .impact),
    ("What did we learn?", .lessonsLearned),
    ("What will we do to prevent it?", .actionItems), ("How did we find out?", .detection),
    ("How'd We Do?", .lessonsLearned), ("What didn't go so well", .whatWentWrong),
    ("Opportunities for improvement", .whatWentWrong), ("Corrective measures", .actionItems),
    ("The Good", .whatWentWell), ("The Bad", .whatWentWrong), ("Didn't go well", .whatWentWrong),
    ("Could be better", .whatWentWrong), ("Wins", .whatWentWell),
    // Atlassian's template: "Leadup" before the "Fault".
    ("Leadup", .background), ("Lead-up", .background), ("Fault", .trigger),
    // HashiCorp's and the SRE workbook's names, and impact or cause said another way.
    ("Corrective and Preventative Measures", .actionItems), ("Corrective and Preventive Measures", .actionItems),
    ("Preventative actions", .actionItems), ("Summary of impact", .impact), ("User-facing impact", .impact),
    ("Underlying cause", .rootCause), ("Why", .rootCause),
    // A personal write-up's headings, each ending in a colon.
    ("Issues Found:", .impact), ("Issue Description:", .summary), ("Steps to Resolution:", .resolution),
    ("Workarounds:", .resolution),
    // What is left to do, closing a homelab's incident report.
    ("Open Items", .actionItems), ("Outstanding items", .actionItems), ("Remaining work", .actionItems),
    // Japanese, Chinese and Korean postmortems.
    ("タイムライン (JST)", .timeline), ("根本原因", .rootCause), ("再発防止策", .actionItems), ("概要", .summary),
    ("时间线", .timeline), ("改进措施", .actionItems), ("经验教训", .lessonsLearned), ("타임라인", .timeline),
    ("후속 조치", .actionItems),
    // A homelab's Chinese reports (问题 / 现象 / 根因 / 修复 / 预防) and their English words.
    ("问题", .summary), ("现象", .impact), ("根因", .rootCause), ("修复", .resolution), ("预防", .actionItems),
    ("故障原因", .rootCause), ("解决方法", .resolution), ("预防措施", .actionItems), ("背景", .background),
    ("Was ist passiert?", .summary), ("Qué pasó", .summary), ("Was hat nicht funktioniert?", .whatWentWrong),
    ("장애 원인", .rootCause), ("장애 현상", .impact), ("장애 대응 과정", .resolution), ("임팩트", .impact),
    ("事象", .summary), ("経緯", .timeline), ("修正内容", .resolution), ("恒久対応", .actionItems),
    ("Qué funcionó", .whatWentWell), ("Lo que salió mal", .whatWentWrong), ("Was lief gut", .whatWentWell),
    ("Ce qui s'est mal passé", .whatWentWrong), ("O que deu certo", .whatWentWell),
    ("Problem", .summary), ("The issue", .summary), ("Issue:", .summary), ("Contexto", .background),
    // A defect log's fix ("**Correction:** update the port …").
    ("Correction", .resolution), ("Fix applied", .resolution),
  ])
  func sentenceHeadings(_ heading: String, _ kind: SectionKind) {
    #expect(SectionKind.recognize(heading) == kind, "\(heading)")
  }

  /// Headings whose emoji was misread through a Windows code page and saved again ("ğŸ“ˆ
  /// Timeline" for "📈 Timeline", "âœ… Action Items") name their sections, also when the
  /// misreading lost a byte ("ğŸ§ Impact"); text that only looks foreign is left as it is.
  @Test func headingsWithMisreadEmoji() {
    let document = TestSupport.parse(
      """
      # ğŸ“„ Postmortem: cache stampede

      ## ğŸ—“ Date

      2024-06-20

      ## ğŸš¨ Summary

      The cache emptied.

      ## ğŸ§ Impact

      Slow pages.

      ## ğŸ“ˆ Timeline

      - 10:01 alert fired

      ## âœ… Action Items

      - [ ] Add a test @alex
      """)
    #expect(document.sections.map(\.kind) == [nil, nil, .summary, .impact, .timeline, .actionItems])
    #expect(document.date?.date?.description == "2024-06-20" && document.actionItems.map(\.owner) == ["alex"])
    #expect(Mojibake.repaired("ğŸ“ˆ Timeline") == "📈 Timeline" && Mojibake.repaired("âœ… Done") == "✅ Done")
    #expect(Mojibake.repaired("Qué funcionó") == nil && Mojibake.repaired("Über uns") == nil)
    #expect(Mojibake.strippingMisreadLead("ğŸ§ Impact") == "Impact")
    #expect(Mojibake.strippingMisreadLead("Ça marche") == nil)
  }

  /// "Problem" and "Issue" name the summary alone; followed by more words they are one of several
  /// parts of a section ("### Issue 1: lock contention" under the root cause).
  @Test func problemAndIssueNameTheSummaryOnlyAlone() {
    #expect(SectionKind.recognize("Issue 1: lock contention") == nil)
    #expect(SectionKind.recognize("Problem with retries") == nil)
    #expect(SectionKind.recognize("Issue summary") == .summary)
  }

  /// "Why" before more words explains something ("Why SEV1?" under a severity section, "Why this
  /// matters"); asked of what happened ("Why did the database go down?") it is the root cause, and
  /// the document's root cause is the section that names it, not the severity's question.
  @Test func whyNamesTheCauseOnlyAsAQuestionOfWhatHappened() {
    #expect(SectionKind.recognize("Why SEV1?") == nil)
    #expect(SectionKind.recognize("Why this matters") == nil)
    #expect(SectionKind.recognize("Why did the database go down?") == .rootCause)
    #expect(SectionKind.recognize("Why was the replica behind?") == .rootCause)
    #expect(SectionKind.recognize("Why") == .rootCause)
    let document = TestSupport.parse(
      """
      # SEV1: Database outage

      ## Severity Classification

      ### Why SEV1?

      - Complete outage

      ## Root Cause Analysis (5 Whys)

      The log volume filled the disk.
      """)
    #expect(document.rootCause?.title == "Root Cause Analysis (5 Whys)")
    #expect(document.sections.map(\.kind) == [nil, nil, nil, .rootCause])
  }

  /// A detail's label and value made a heading, with nothing under it, is that detail, and no
  /// empty section; a section's name with a note after its colon, or the title, is no detail.
  @Test func aLabelAndItsValueAsAHeading() throws {
    let text = """
      # Postmortem: Web Stack Outage

      ### Duration: June 9, 2023, 10:00 AM to 11:30 AM (GMT)

      ## Root Cause: a bad pool size

      The pool was set to 5.
      """
    let document = TestSupport.parse(text)
    let duration = try #require(document.metadata.duration)
    #expect(duration.minutes == 90 && duration.line == 3 && duration.column == 15)
    #expect(document.metadata.fields.map(\.key) == ["Duration"] && document.metadata.sources == [.headings])
    #expect(document.title?.text == "Postmortem: Web Stack Outage")
    #expect(!TestSupport.lint(text).contains { $0.rule == "empty-section" })
    #expect(MetadataParser.headingLabel("Root Cause: a bad pool size") == nil)
    #expect(MetadataParser.headingLabel("Incident: Email delivery delays") == nil)
    #expect(MetadataParser.headingLabel("Severity: SEV2")?.value == "SEV2")
  }

  /// "Timeline" after a length of days or more names a schedule of work ("Long-term Improvements
  /// (6-month timeline)" under the remediation plan), not the incident's events; after anything
  /// else it names the timeline.
  @Test func aScheduleIsNoTimeline() {
    #expect(SectionKind.recognize("Long-term Improvements (6-month timeline)") == nil)
    #expect(SectionKind.recognize("Remediation (90 days timeline)") != .timeline)
    for heading in [
      "Timeline (UTC)", "24 hour timeline", "Day-by-day timeline", "Incident Review (Timeline)", "Timeline 2",
    ] {
      #expect(SectionKind.recognize(heading) == .timeline, "\(heading)")
    }
  }

  /// `12/03/2023` is 3 December in an American document and 12 March in one that writes
  /// `31/03/2023` or `15.04.2023` elsewhere, or whose details are labelled in a language that writes
  /// days first, or whose times are noted in such a country's zone; a document with both orders, or
  /// neither and no such zone, keeps the month-first reading.
  @Test func dayFirstDocumentsReadAmbiguousDatesDayFirst() {
    let european = TestSupport.parse(
      """
      **Date:** 12/03/2023

      ## Action Items

      | Action | Owner | Due |
      |---|---|---|
      | Validate config | Lena | 31/03/2023 |
      | Stage rollouts | Jonas | 04/05/2023 |
      """)
    #expect(european.date?.date?.description == "2023-03-12" && european.date?.raw == "12/03/2023")
    #expect(european.actionItems.map { $0.due?.description } == ["2023-03-31", "2023-05-04"])
    let american = TestSupport.parse("**Date:** 12/03/2023\n\n## Action Items\n\n- Fix it (due: 03/31/2024)\n")
    #expect(american.date?.date?.description == "2023-12-03")
    let dotted = TestSupport.parse("**Date:** 12/03/2023\n\nReviewed 15.04.2023.\n")
    #expect(dotted.date?.date?.description == "2023-03-12")
    // Details labelled in Spanish, French, German or Portuguese write days first; in Japanese not.
    let spanish = TestSupport.parse("**Fecha:** 12/03/2024\n**Severidad:** SEV-1\n\n## Resumen\n\nx\n")
    #expect(spanish.date?.date?.description == "2024-03-12")
    let french = TestSupport.parse("**Date :** 12/03/2024\n**Sévérité :** SEV-1\n\n## Résumé\n\nx\n")
    #expect(french.date?.date?.description == "2024-03-12")
    let japanese = TestSupport.parse("**日付：** 12/03/2024\n\n## 概要\n\nx\n")
    #expect(japanese.date?.date?.description == "2024-12-03")
    let mixed = TestSupport.parse("**Date:** 12/03/2023\n\nSeen 31/03/2023 and 03/31/2023.\n")
    #expect(mixed.date?.date?.description == "2023-12-03")
    let addresses = TestSupport.parse("**Date:** 12/03/2023\n\nHost 10.20.30.40 and v1.2.3.\n")
    #expect(addresses.date?.date?.description == "2023-12-03")
    // With no date that says either, the zone the times are noted in does: London's is day first,
    // New York's month first; UTC says nothing, and a date that says month first wins.
    func noted(_ zone: String, _ extra: String = "") -> String? {
      TestSupport.parse("Date of incident: 12/03/2024\n\n## Timeline\n\nAll times are \(zone).\n\n- 9:00am a\n\(extra)")
        .date?.date?.description
    }
    #expect(noted("London time") == "2024-03-12" && noted("CET") == "2024-03-12")
    #expect(noted("Eastern time") == "2024-12-03" && noted("UTC") == "2024-12-03")
    #expect(noted("London time", "\nReviewed 03/31/2024.\n") == "2024-12-03")
    #expect(DateParser.dayFirstReading(of: "2024-03-05") == nil && DateParser.dayFirstReading(of: "05/05/2024") == nil)
    // The timeline's dates follow the document's order too, in a Date column and before a time.
    let timeline = TestSupport.parse(
      "**Date:** 12/03/2023\n\n## Timeline (CET)\n\n| Date | Time | Event |\n|---|---|---|\n"
        + "| 12/03/2023 | 23:50 | job starts |\n| 13/03/2023 | 00:10 | job stalls |\n\n- 12/03/2023 23:55 alert\n")
    #expect(
      timeline.timeline?.entries.map(\.timestamp) == [
        "2023-03-12T23:50:00+01:00", "2023-03-13T00:10:00+01:00", "2023-03-12T23:55:00+01:00",
      ])
  }

  /// "Remediation" alone, told in paragraphs beside an action-item section, is the resolution;
  /// as the only follow-up section, or holding a list, it is the action items.
  @Test func aRemediationToldInProseIsTheResolution() {
    let told = TestSupport.parse(
      "# T\n\n## IV. Remediation\n\nDeleted old segments.\n\n## V. Action Items\n\n- [ ] Fix retention (@omar)\n")
    #expect(told.sections.map(\.kind) == [nil, .resolution, .actionItems])
    #expect(told.resolution?.markdown.hasPrefix("Deleted old segments.") == true && told.actionItems.count == 1)
    let only = TestSupport.parse("# T\n\n## Remediation\n\nWe will add an alert.\n\n## Timeline\n\n- 10:00 x\n")
    #expect(only.sections.map(\.kind) == [nil, .actionItems, .timeline])
    let listed = TestSupport.parse(
      "# T\n\n## Remediation\n\n- [ ] Add alert (@bo)\n\n## Follow-ups\n\n- [ ] Fix retention (@omar)\n")
    #expect(listed.sections.map(\.kind) == [nil, .actionItems, .actionItems] && listed.actionItems.count == 2)
    let planned = TestSupport.parse(
      "# T\n\n## Remediation plan\n\nWe will add an alert.\n\n## Action items\n\n- [ ] Fix retention (@omar)\n")
    #expect(planned.sections.map(\.kind) == [nil, .actionItems, .actionItems])
    // A list of the steps taken, told in the past, beside the follow-ups: the resolution.
    func steps(_ first: String, _ second: String) -> [SectionKind?] {
      TestSupport.parse(
        "# T\n\n## Remediation Actions\n\n1. \(first)\n2. \(second)\n3. Ran `e2fsck` on the volume.\n\n"
          + "## Follow-up Actions\n\n- Add a pre-upgrade check\n"
      ).sections.map(\.kind)
    }
    #expect(steps("Patched the CRDs.", "Removed the stale attachment.") == [nil, .resolution, .actionItems])
    #expect(steps("Patch the CRDs.", "Remove the stale attachment.") == [nil, .actionItems, .actionItems])
  }

  @Test func emptySectionsAreMarked() {
    let document = TestSupport.parse(
      "# T\n\n## Summary\n\n## Impact\n\n<!-- todo -->\n\n## Timeline\n\n### Day 1\n\n- 10:00 x\n")
    #expect(document.sections.map(\.hasContent) == [true, false, false, true, true])
  }

  /// A section that says only "N/A", "-" (an empty list item) or "To be determined" was not
  /// filled in either; "None." says something, "TBD" is template-placeholder's, and a filler
  /// followed by more text or a subsection is part of a section with content.
  @Test func sectionsHoldingOnlyAFillerAreEmpty() {
    let text = """
      # N/A

      ## Summary

      N/A

      ## Impact

      -

      ## Root Cause

      _To be determined._

      ## Resolution

      TBD

      ## Lessons Learned

      None.

      ## Detection

      N/A

      ### Alerts

      - Paging worked.

      ## Trigger

      -

      A deploy.

      ### Contributing factors

      _No response_
      """
    let findings = TestSupport.lint(text).filter { $0.rule == "empty-section" }
    #expect(findings.map(\.line) == [5, 9, 13, 39])
    #expect(
      findings.last?.message
        == "section 'Contributing factors' says only 'No response'; write its content or remove the heading")
    #expect(findings.map(\.column) == [1, 1, 1, 1])
    #expect(
      findings.map(\.message).prefix(3) == [
        "section 'Summary' says only 'N/A'; write its content or remove the heading",
        "section 'Impact' says only '-'; write its content or remove the heading",
        "section 'Root Cause' says only 'To be determined.'; write its content or remove the heading",
      ])
  }
}

@Suite struct StatedInstantTests {
  @Test func startAndEndAreResolved() throws {
    let document = TestSupport.parse(
      """
      ---
      date: 2024-07-15
      started_at: "2024-07-15T14:00:00-07:00"
      resolved_at: 15:06
      ---

      ## Timeline

      All times PT

      - 14:00 start
      """)
    let start = try #require(document.metadata.start)
    #expect(start.raw == "2024-07-15T14:00:00-07:00")
    #expect(start.timestamp == "2024-07-15T14:00:00-07:00")
    let end = try #require(document.metadata.end)
    #expect(end.timeOfDay?.description == "15:06")
    #expect(end.timestamp == "2024-07-15T15:06:00-07:00", "the timeline's zone and the document date apply")
  }

  @Test func unreadableInstantKeepsItsText() throws {
    let end = try #require(TestSupport.parse("**Date:** 2024-01-01\n**End:** when the cache warmed\n").metadata.end)
    #expect(end.raw == "when the cache warmed")
    #expect(end.timestamp == nil && end.timeOfDay == nil)
  }
}

/// Durations stated in a section's prose, bold or plain; other plain `Key: value` lines there are
/// sentences.
@Suite struct SectionDurationTests {
  @Test func plainDurationLinesInSections() throws {
    let text = """
      **Date:** 2024-06-11

      ## Timeline

      All times UTC.

      - 23:40 lag grows
      - 00:40 resolved

      ## Impact

      Users saw delays. Duration: 3 hours is what support said.

      Duration: 45 minutes
      Status: everything queued was delivered

      - Downtime: 1h
      - **Severity:** high
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.raw) == ["45 minutes", "1h"])
    #expect(document.statedDurations.map(\.minutes) == [45, 60])
    #expect(document.impact?.fields.map(\.key) == ["Duration", "Downtime", "Severity"])
    let mismatches = TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }
    #expect(mismatches.map(\.line) == [14, 17], "45 minutes disagrees with the timeline's hour and with 1h")
  }

  /// A length label whose value is a sentence the prose reader reads too ("Duration: The outage
  /// lasted from 10:02 to 12:00 UTC.") states its window once, and is reported once.
  @Test func aDurationLabelWrittenAsASentenceIsStatedOnce() throws {
    let text = """
      # Gateway timeouts

      ## Issue Summary

      Duration: The outage lasted from May 07, 2024, 10:02 UTC to May 07, 2024, 12:40 UTC.

      ## Timeline

      - 10:02 UTC - Errors start.
      - 12:00 UTC - Service restored.
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.minutes) == [158])
    #expect(document.statedDurations.map(\.line) == [5])
    #expect(TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.count == 1)
  }

  /// A window that starts before a timeline opening at the detection ("from 10:02 to 12:00 UTC"
  /// over "10:15 Monitoring detected errors") tells of impact before anyone saw it: no
  /// disagreement. A start after the detection, or before a first entry that is no detection, is.
  @Test func aWindowStartingBeforeTheDetection() {
    func mismatches(_ start: String, _ first: String) -> Int {
      let text = """
        # Gateway timeouts

        ## Issue Summary

        The outage lasted from \(start) to 12:00 UTC on May 07, 2024.

        ## Timeline

        - 10:15 UTC - \(first)
        - 12:00 UTC - Service restored.
        """
      return TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.count
    }
    #expect(mismatches("10:02", "Monitoring detected a high rate of 504 errors.") == 0)
    #expect(mismatches("10:30", "Monitoring detected a high rate of 504 errors.") == 1)
    #expect(mismatches("10:02", "The team reviewed the gateway's rules.") == 1)
    // A window that opens at the detection, after the outage started, says so.
    let atDetection = TestSupport.lint(
      "# T\n\n## Summary\n\nFrom 6:00 AM to 7:50 PM GMT, requests failed.\n\n## Timeline (GMT)\n\n"
        + "- 5:46 AM: Outage starts\n- 6:00 AM: Monitoring alerts the team\n- 7:50 PM: Full traffic restored\n"
    ).first { $0.rule == "duration-mismatch" }
    #expect(atDetection?.message.contains("6:00 AM is when it was detected (line 10)") == true)
  }

  /// A summary or impact sentence that states the incident's length ("for a duration of …",
  /// "the outage lasted …") states a duration; the length of a step of the response, a count
  /// without a unit, or a sentence in another section does not.
  @Test func durationsStatedInSentences() throws {
    let text = """
      # Packet loss

      ## Issue summary

      On Tuesday, 2 July 2019, we saw packet loss for a duration of 3 hours and 12 minutes. The rollback lasted 5 minutes.

      ## Impact

      The outage lasted for about 2 hours for a total of 300 users.

      - Customer impact lasted 45 min

      ## Timeline (US/Pacific)

      - 2019-07-02 09:42 loss begins
      - 2019-07-02 12:54 resolved

      ## Root cause

      A route flapped for a duration of 9 hours.
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.raw) == ["3 hours and 12 minutes", "about 2 hours", "45 min"])
    #expect(document.statedDurations.map(\.minutes) == [192, 120, 45])
    #expect(document.statedDurations.map(\.source) == [.prose, .prose, .prose])
    #expect(document.statedDurations.map(\.line) == [5, 9, 11])
    #expect(document.statedDurations.map(\.column) == [63, 23, 26])
    #expect(document.statedDurations.map(\.sectionTitle) == ["Issue summary", "Impact", "Impact"])
    let mismatches = TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }
    #expect(mismatches.map(\.line) == [9, 11], "the timeline spans the summary's 3h12m; 2 hours and 45 min do not")
    // A length in brackets; a line that is all field is the section's field, stated once.
    let aside = TestSupport.parse(
      "# T\n\n## Impact\n\nEmails were delayed (duration: 2h 10m).\n\n- Duration: 2h 10m\n")
    #expect(aside.statedDurations.map(\.source) == [.section, .prose])
    #expect(aside.statedDurations.last?.minutes == 130 && aside.statedDurations.last?.column == 32)
    // "…, which lasted …" after the incident named further back in the sentence; not after
    // another subject.
    func lengths(_ sentence: String) -> [Int?] {
      TestSupport.parse("# T\n\n## Summary\n\n\(sentence)\n").statedDurations.map(\.minutes)
    }
    #expect(
      lengths("We had a server outage on all servers on June 28, 2023 (11:25 AM), which lasted for 80 minutes.") == [80]
    )
    #expect(lengths("We rolled out the deploy, which lasted 5 minutes, and then the outage began.").isEmpty)
  }

  /// More ways a sentence states the length: the window after "lasted" ("The impact lasted from
  /// 14:05 to 15:10 UTC", "between … and …"), "downtime was", "an outage of", and the length
  /// written before the incident's name ("A 45-minute outage", the first in the summary only); a
  /// step's ("a 5-minute rollback") or a job's window ("the rollback lasted from …") is none. A
  /// field's length may be a clock reading ("Downtime: 00:47:00") or under "Total impact time".
  @Test func moreSentencesStatingTheLength() throws {
    let text = """
      # API outage

      **Downtime:** 00:47:00

      ## Summary

      A 45-minute outage of the API, then a 10-minute outage of search. We did a 5-minute rollback.

      ## Impact

      The impact lasted from 14:05 to 15:10 UTC (65 minutes). Total downtime was 1.5 hours.

      - The rollback lasted from 14:20 to 14:25.
      - We saw an outage of 45 minutes.
      - A 3-hour disruption of exports.
      """
    let document = TestSupport.parse(text)
    #expect(
      document.statedDurations.map(\.raw) == ["00:47:00", "45-minute", "14:05 to 15:10 UTC", "1.5 hours", "45 minutes"])
    #expect(document.statedDurations.map(\.minutes) == [47, 45, 65, 90, 45])
    #expect(
      document.statedDurations.map { [$0.line, $0.column] } == [[3, 15], [7, 3], [11, 24], [11, 76], [14, 23]])
    #expect(document.statedDurations[2].start == "14:05" && document.statedDurations[2].end == "15:10 UTC")
    let between = TestSupport.parse("# T\n\n## Summary\n\nThe outage lasted between 2:05 PM and 3:10 PM PDT.\n")
    #expect(between.statedDurations.map(\.minutes) == [65])
    #expect(TestSupport.parse("# T\n\n**Total impact time:** 2 hrs 5 mins\n").statedDurations.map(\.minutes) == [125])
    // The total said as a noun before the length: "Total outage 44 minutes, no data loss."
    let total = TestSupport.parse(
      "# T\n\n## Summary\n\nThe box was back at 23:11. Total outage 44 minutes, no data loss. A total outage for EU.\n")
    #expect(total.statedDurations.map(\.minutes) == [44])
  }

  /// A summary sentence whose subject is the users states the incident's length after "for"
  /// ("older mobile clients could not log in for 52 minutes"); a wait or an attempt ("customers
  /// waiting for 5 minutes") does not, nor does a sentence without the users, nor the impact section.
  @Test func whatTheUsersWentThroughForALength() throws {
    let text = """
      # Login outage

      ## Summary

      Customers waiting for 5 minutes were logged out. We paused for 10 minutes. Older mobile clients
      could not log in for 52 minutes.

      ## Impact

      Users saw errors for 30 minutes.
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.raw) == ["52 minutes"])
    #expect(document.statedDurations.map { [$0.line, $0.column] } == [[6, 22]])
    // "lasted" with the incident named on the line before, in the same sentence only.
    let wrapped = TestSupport.parse(
      "# T\n\n## Summary\n\nOn Tuesday the outage\nlasted 45 minutes. The outage ended. The\nrollback lasted 5 minutes.\n"
    )
    #expect(wrapped.statedDurations.map(\.raw) == ["45 minutes"])
    #expect(wrapped.statedDurations.map { [$0.line, $0.column] } == [[6, 8]])
  }

  /// What the users went through states the length as the service's state does ("Customers
  /// were impacted for 45 minutes"), and a length in prose is often written in words ("lasted
  /// two and a half hours").
  @Test func impactOnUsersAndLengthsInWords() throws {
    let text = """
      # Orders delayed

      ## Summary

      Customers were impacted for forty-five minutes. Search was affected for 3 hours.

      ## Impact

      The outage lasted two and a half hours. We kept the primary impacted for 5 minutes.
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.raw) == ["forty-five minutes", "two and a half hours"])
    #expect(document.statedDurations.map(\.minutes) == [45, 150])
    #expect(document.statedDurations.map { [$0.line, $0.column] } == [[5, 29], [9, 19]])
  }

  /// German and Dutch summaries put the length before the state ("war 50 Minuten nicht
  /// erreichbar", "was 45 minuten onbereikbaar"): the whole length, the first state only; a state
  /// with no length right before it states none.
  @Test func germanAndDutchStatesAfterTheLength() throws {
    func lengths(_ summary: String) -> [String] {
      TestSupport.parse("# T\n\n## Zusammenfassung\n\n\(summary)\n").statedDurations.map(\.raw)
    }
    #expect(lengths("Der Login-Dienst war 50 Minuten nicht erreichbar.") == ["50 Minuten"])
    #expect(
      lengths("Der Dienst ist 1 Stunde und 20 Minuten ausgefallen. Danach 5 Minuten gestört.") == [
        "1 Stunde und 20 Minuten"
      ])
    #expect(lengths("De inlogdienst was 45 minuten onbereikbaar.") == ["45 minuten"])
    #expect(lengths("Version 2 war nicht verfügbar.").isEmpty)
    let located = TestSupport.parse("# T\n\n## Zusammenfassung\n\nDie API war über 2 Stunden nicht verfügbar.\n")
    #expect(located.statedDurations.map { [$0.line, $0.column] } == [[5, 18]])
    #expect(located.statedDurations.first?.minutes == 120)
  }

  /// A sentence of the summary or impact that opens with the length, as Atlassian's template
  /// writes it ("For 1 hour 45 minutes, …", "For 40 minutes between …"), states a duration; one
  /// the response's step follows ("For 5 minutes we tried …"), or not opening its sentence, does not.
  @Test func sentencesOpeningWithTheLength() throws {
    let text = """
      # Webhooks delayed

      ## Summary

      For 5 minutes we tried restarting the dispatcher. For about 30 minutes on July 2, webhooks were late.

      ## Impact

      For 1 hour 45 minutes, merchants received webhooks late. We waited for 2 hours, then paged.

      - For 2 hours between 14:00 and 16:00 UTC, checkout failed.
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.raw) == ["about 30 minutes", "1 hour 45 minutes", "2 hours"])
    #expect(document.statedDurations.map(\.minutes) == [30, 105, 120])
    #expect(document.statedDurations.map { [$0.line, $0.column] } == [[5, 55], [9, 5], [11, 7]])
  }

  /// Other languages open the sentence with the length as well: Spanish, Portuguese, French and
  /// Italian before a comma, German and Dutch with the verb straight after it; an English opening
  /// still wants its comma, and a word that is no length after the opening word states none. The
  /// first sentence's window may be written in a.m. and p.m.: their full stops end no sentence
  /// when it goes on (in lower case, or with the zone).
  @Test(arguments: [
    ("Durante 38 minutos, los pagos con tarjeta fallaron.", ["38 minutos"], [9]),
    ("Pendant 38 minutes, les paiements ont échoué.", ["38 minutes"], [9]),
    ("Per 1 ora e 10 minuti, i pagamenti non sono andati a buon fine.", ["1 ora e 10 minuti"], [5]),
    ("Am Dienstag gab es Probleme. Für 38 Minuten schlugen Zahlungen fehl.", ["38 Minuten"], [34]),
    ("Gedurende 38 minuten konden klanten niet betalen.", ["38 minuten"], [11]),
    ("For 38 minutes payments failed.", [], []),
    ("Users could not log in between 9:05 a.m. and 10:20 a.m. PT.", ["9:05 a.m. and 10:20 a.m. PT"], [32]),
    ("From 9:05 a.m. to 10:20 a.m., users could not log in.", ["9:05 a.m. to 10:20 a.m."], [6]),
    ("Logins failed until 10:20 a.m. Between 14:00 and 15:00 we deployed.", [], []),
    ("Per the SLA, we report within a day.", [], []),
  ])
  func sentencesOpeningWithTheLengthInOtherLanguages(_ sentence: String, _ raws: [String], _ columns: [Int]) {
    let document = TestSupport.parse("# T\n\n## Summary\n\n\(sentence)\n")
    #expect(document.statedDurations.map(\.raw) == raws)
    #expect(document.statedDurations.map(\.column) == columns && document.statedDurations.allSatisfy { $0.line == 5 })
  }

  /// The first service down, unavailable, offline, degraded or unreachable for a length in the
  /// summary is the incident's length, in a summary label too (Google's example postmortem); one
  /// someone took down on purpose, a state with no length after it, a later state, the states of
  /// an impact section (one per component) and how a job failed ("stalled for an hour") are not.
  @Test func aServiceStateForALength() throws {
    let labelled = TestSupport.parse(
      """
      # Shakespeare Sonnet++ Postmortem

      **Summary:** Shakespeare Search down for 66 minutes during a period of very high interest.

      ## Timeline (UTC)

      - 2015-10-21 14:54 **OUTAGE BEGINS**
      - 2015-10-21 16:00 **OUTAGE ENDS**
      """)
    #expect(labelled.statedDurations.map(\.minutes) == [66])
    #expect(labelled.statedDurations.map { [$0.line, $0.column] } == [[3, 42]])
    #expect(labelled.statedDurations.map(\.sectionTitle) == ["Summary"])
    let prose = TestSupport.parse(
      """
      # T

      ## Summary

      We took the primary offline for 5 minutes to fail over, and the docs site was down for maintenance.
      The export stalled for an hour. The API was unavailable for about 20 minutes. Search was degraded for 1h 10m.

      ## Impact

      Checkout was unreachable for 12 minutes.
      """)
    #expect(prose.statedDurations.map(\.raw) == ["about 20 minutes"])
    #expect(prose.statedDurations.map { [$0.line, $0.column] } == [[6, 61]])
  }

  /// A blog post's lede names the incident, then how long it went on ("this service degradation
  /// for 1 hour and 47 minutes"): a stated length, held to the timeline.
  @Test func theIncidentNamedThenHowLongItWentOn() {
    let document = TestSupport.parse(
      """
      # Repository deletion broken on May 6, 2021

      On May 6 we deployed a migration that led to this service degradation for 1 hour and 47 minutes.

      ## Timeline (times in UTC)

      - 10:04 We triggered a deployment which included the database migration
      - 11:51 Miraculously the service returned to a normal state
      """)
    #expect(document.statedDurations.map(\.minutes) == [107])
    #expect(document.timeline?.entries.last?.milestone == .resolved)
    #expect(TestSupport.parse("# T\n\n## Summary\n\nAn outage for the EU region.\n").statedDurations.isEmpty)
    // Downtime someone took on purpose is planned, not the incident's length.
    let planned = TestSupport.parse("# T\n\n## Summary\n\nWe took downtime for 2 hours to migrate.\n")
    #expect(planned.statedDurations.isEmpty)
  }

  /// A hedged length ("roughly 3 hours") may be off by a tenth; a flat one ("3 hours") by the
  /// tolerance only; so may two stated figures when one of them is hedged.
  /// A timeline written in relative times whose T+0 the document never places (a game day's or
  /// a chaos test's) still measures its span from the offsets: a stated length is held to it,
  /// the metrics give it, and the missing T+0 is reported once; a measure that names the moments
  /// it runs between ("5 minutes (from node restart to service operational)") is a step's.
  @Test func relativeTimelinesMeasureTheirSpan() throws {
    func findings(_ duration: String, _ extra: String = "") -> [Finding] {
      TestSupport.lint(
        """
        # Game day: primary database failover

        **Date:** 2026-01-28
        **Duration:** \(duration)

        ## Timeline

        - T+0:00 - primary stopped, writes fail
        - T+0:05 - alert fires
        - T+1:10 - all services recovered
        \(extra)
        """)
    }
    #expect(findings("45 minutes").filter { $0.rule == "duration-mismatch" }.map(\.line) == [4])
    #expect(findings("1h10m").filter { $0.rule == "duration-mismatch" }.isEmpty)
    #expect(findings("1h10m").filter { $0.rule == "timeline-time" }.count == 1)
    let stepMeasure = "\n## Resolution\n\n**Time to recovery:** 5 minutes (from node restart to service operational)\n"
    #expect(findings("1h10m", stepMeasure).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let document = TestSupport.parse("## Timeline\n\n- T+0:10 x\n- T+0:55 recovered\n")
    let metrics = IncidentMetrics.compute(document)
    #expect(metrics.timeToResolve?.minutes == 45 && metrics.timeToResolve?.from.timestamp == nil)
    #expect(document.timeline?.entries.map(\.timeOfDay) == [nil, nil])
    // "+3 min" without its T is as often the time since the row before: nothing is measured.
    let deltas = TestSupport.parse("## Timeline\n\n| Time | Event |\n|---|---|\n| +3 min | x |\n| +1 min | fixed |\n")
    #expect(deltas.timeline?.span == nil && deltas.timeline?.entries.count == 2)
  }

  @Test func hedgedLengthsMayBeOffByATenth() throws {
    func mismatches(_ summary: String) -> [Int] {
      TestSupport.lint(
        """
        # Indexing stalled

        ## TL;DR

        \(summary)

        ## Timeline (UTC)

        - 2024-03-11 08:50 nightly reindex job starts, errors begin
        - 2024-03-11 11:58 index caught up; resolved
        """
      ).filter { $0.rule == "duration-mismatch" }.map(\.line)
    }
    #expect(mismatches("Search was degraded for roughly 3 hours.") == [])
    #expect(mismatches("Search was degraded for ~3h.") == [])
    #expect(mismatches("Search was degraded for 3 hours.") == [5])
    #expect(mismatches("Search was degraded for about 2 hours 40 minutes.") == [5], "28 minutes is more than a tenth")
    #expect(StatedLength.isHedged("nearly 3 hours") && !StatedLength.isHedged("3 hours"))
    // Hedged in whole hours, it was rounded to the hour: a quarter of an hour either way.
    let hourly = TestSupport.lint(
      "# Hub outage\n\n## Summary\n\nThe hub was inaccessible for ~1hr.\n\n## Timeline\n\n"
        + "- 2025-08-12 17:00 BST namespace deleted\n- 2025-08-12 18:11 BST incident resolved\n")
    #expect(hourly.filter { $0.rule == "duration-mismatch" }.isEmpty)
    let hour = StatedDuration(
      raw: "~1hr", minutes: 60, start: nil, end: nil, source: .prose, sectionTitle: nil,
      location: SourceLocation(line: 1, column: 1))
    #expect(StatedLength.allowance(for: hour, tolerance: 5) == 15)
    let minutes = StatedDuration(
      raw: "~60 minutes", minutes: 60, start: nil, end: nil, source: .prose, sectionTitle: nil,
      location: SourceLocation(line: 1, column: 1))
    #expect(StatedLength.allowance(for: minutes, tolerance: 5) == 6)
  }

  /// A length in days counts the days the timeline touches ("For two days" over entries from
  /// Monday 9am to Tuesday noon); the same length in hours is held to the hours.
  @Test func aLengthInDaysCountsTheDays() {
    func mismatches(_ summary: String) -> [Int] {
      TestSupport.lint(
        "# T\n\n## Summary\n\n\(summary)\n\n## Timeline (UTC)\n\n- 2024-06-03 09:00 latency alerts start\n"
          + "- 2024-06-04 12:00 cluster healthy\n"
      ).filter { $0.rule == "duration-mismatch" }.map(\.line)
    }
    #expect(mismatches("For two days, writes to the cluster were slow.") == [])
    #expect(mismatches("For 2 days, writes to the cluster were slow.") == [])
    #expect(mismatches("For 48 hours, writes to the cluster were slow.") == [5])
    #expect(mismatches("For three days, writes to the cluster were slow.") == [5])
  }

  /// The service's state for a length in French, Spanish and Portuguese summaries.
  @Test(arguments: [
    ("Le paiement a été indisponible pendant 47 minutes.", 47),
    ("El servicio de pagos no estuvo disponible durante 65 minutos.", 65),
    ("O checkout ficou indisponível por 35 minutos.", 35), ("O site ficou fora do ar por 2 horas.", 120),
    ("Nous avons travaillé pendant 3 heures sur le correctif.", nil),
    ("Los pagos fallaron durante 45 minutos.", 45), ("Le paiement a échoué pendant 20 minutes.", 20),
    ("Payments failed for 25 minutes.", 25), ("Zahlungen fielen 45 Minuten lang aus.", 45),
    ("De site was 30 minuten lang onbereikbaar.", 30), ("Wir haben 2 Stunden lang gesucht.", nil),
  ])
  func serviceStatesInOtherLanguages(_ summary: String, _ minutes: Int?) {
    let document = TestSupport.parse("# T\n\n## Summary\n\n\(summary)\n")
    #expect(document.statedDurations.map(\.minutes) == (minutes.map { [$0] } ?? []), "\(summary)")
  }

  /// A state said by what did not happen ("were not delivered for …") is the service's too; a
  /// wait someone did not make is not.
  @Test(arguments: [
    ("Push notifications were not delivered for 1 hour and 4 minutes.", 64),
    ("The API was not available for 25 minutes.", 25), ("We did not wait for 10 minutes before paging.", nil),
  ])
  func negatedServiceStates(_ summary: String, _ minutes: Int?) {
    let document = TestSupport.parse("# T\n\n## Summary\n\n\(summary)\n")
    #expect(document.statedDurations.map(\.minutes) == (minutes.map { [$0] } ?? []), "\(summary)")
  }

  /// When no entry is marked as the start, a stated length may run from a later entry up to the
  /// first detection: the timeline opens with the change that caused the impact. After the
  /// detection it is a step of the response, and still disagrees.
  @Test func aLengthMayStartAfterTheLeadUp() throws {
    func mismatches(_ impact: String) -> [Int] {
      TestSupport.lint(
        """
        # Webhooks delayed

        ## Impact

        \(impact)

        ## Timeline (PST)

        - 2024-01-11 14:58 Migration started
        - 2024-01-11 15:05 Webhook dispatch stalls
        - 2024-01-11 15:20 Monitor pages on-call
        - 2024-01-11 16:10 Migration killed
        - 2024-01-11 16:50 Backlog drained, incident resolved
        """
      ).filter { $0.rule == "duration-mismatch" }.map(\.line)
    }
    #expect(mismatches("For 1 hour 45 minutes, merchants received webhooks late.") == [])
    #expect(mismatches("For 1 hour 52 minutes, merchants received webhooks late.") == [])
    #expect(mismatches("For 40 minutes, merchants received webhooks late.") == [5], "16:10 is after the page")
    #expect(mismatches("For 3 hours, merchants received webhooks late.") == [5])
  }

  /// A stated length may end at a later resolution than the span's, as a stated end may: the
  /// certificate "restored" at 10:42 reads as a resolution, the baseline at 10:58 is one too.
  @Test func aLengthMayEndAtALaterResolution() throws {
    func mismatches(_ length: String) -> [Int] {
      TestSupport.lint(
        """
        # Payments 502s

        ## Summary

        The incident lasted \(length).

        ## Timeline (UTC)

        - 2024-09-03 10:14 502 rate starts climbing
        - 2024-09-03 10:19 Alert fires
        - 2024-09-03 10:42 Previous certificate restored on all proxies; errors dropping
        - 2024-09-03 10:58 502 rate back to baseline; incident resolved
        """
      ).filter { $0.rule == "duration-mismatch" }.map(\.line)
    }
    #expect(mismatches("44 minutes") == [])
    #expect(mismatches("28 minutes") == [])
    #expect(mismatches("90 minutes") == [5])
  }

  /// A summary that opens with the incident's window states its start and end, which are held
  /// to the timeline's (a start may be after the lead-up); a window later in the summary, or in
  /// another section, is a step.
  @Test func aSummaryOpeningWithItsWindow() throws {
    func document(_ summary: String) -> String {
      """
      # Payments 502s

      ## Summary

      \(summary)

      ## Timeline (UTC)

      - 2024-09-03 10:00 Certificate rotated
      - 2024-09-03 10:14 502s appear on the edge
      - 2024-09-03 10:20 Alert fires
      - 2024-09-03 10:58 502 rate back to baseline; incident resolved
      """
    }
    let azure = TestSupport.parse(
      document("Between 10:14 UTC on 3 September and 10:58 UTC on 3 September 2024, requests failed."))
    #expect(azure.statedDurations.map(\.raw) == ["10:14 UTC on 3 September and 10:58 UTC on 3 September 2024"])
    #expect(azure.statedDurations.map(\.minutes) == [44])
    #expect(azure.statedDurations.map { [$0.line, $0.column] } == [[5, 9]])
    let atlassian = TestSupport.parse(document("On 3 September 2024, between 10:14 and 10:58 UTC, requests failed."))
    #expect(
      atlassian.statedDurations.map(\.start) == ["10:14"] && atlassian.statedDurations.map(\.end) == ["10:58 UTC"])
    func mismatches(_ summary: String) -> [Int] {
      TestSupport.lint(document(summary)).filter { $0.rule == "duration-mismatch" }.map(\.column)
    }
    #expect(mismatches("From 10:14 to 10:58 UTC, requests failed.") == [], "after the lead-up's change")
    #expect(mismatches("From 10:00 to 10:58 UTC, requests failed.") == [])
    #expect(mismatches("Between 10:14 and 10:40 UTC, requests failed.") == [9])
    #expect(mismatches("Requests failed. Between 10:14 and 10:40 UTC we rolled back.") == [])
    #expect(mismatches("From 10:30 to 10:58 UTC, requests failed.") == [6], "10:30 is after the alert")
    // The window within the first sentence; a step's window there is none.
    let within = TestSupport.parse(document("Requests failed between 10:14 and 10:58 UTC on 3 September."))
    #expect(within.statedDurations.map(\.start) == ["10:14"] && within.statedDurations.map(\.column) == [25])
    let dated = TestSupport.parse(document("On 3 September 2024 from 10:14 to 10:58 UTC, requests failed."))
    #expect(dated.statedDurations.map(\.minutes) == [44])
    #expect(mismatches("Requests failed between 10:14 and 10:40 UTC.") == [25])
    #expect(mismatches("A deploy that ran from 10:00 to 10:05 UTC broke payments.") == [])
    // Emphasis in the sentence: read as its plain text, placed where the first time is written.
    let bold = TestSupport.parse(
      document("On **3 September 2024** between **10:14** and **10:58 UTC**, requests failed."))
    #expect(
      bold.statedDurations.map(\.minutes) == [44] && bold.statedDurations.map { [$0.line, $0.column] } == [[5, 35]])
    #expect(mismatches("Between `10:14` and _10:40_ UTC, requests failed.") == [10])
    // The first time written wrongly: the timeline's start is unknown, and only timeline-time reports.
    let broken = TestSupport.lint(
      document("From 09:40 to 10:58 UTC, requests failed.").replacingOccurrences(
        of: "2024-09-03 10:00 Certificate", with: "2024-09-03 ??:?? Certificate"))
    #expect(broken.filter { $0.rule == "duration-mismatch" }.isEmpty)
    #expect(broken.contains { $0.rule == "timeline-time" })
  }

  /// A timeline that opens with the change that caused the incident ("deploy begins") starts
  /// when the impact does: a stated length measured from the errors agrees.
  @Test func aChangeBeginningIsNoStartOfTheIncident() {
    let text = """
      # Login outage

      **Date:** 2024-03-02
      **Duration:** 45 minutes

      ## Timeline (UTC)

      - 13:50 deploy of auth v5 begins
      - 14:00 login errors begin
      - 14:05 alert fires
      - 14:45 error rate back to baseline; resolved
      """
    #expect(TestSupport.parse(text).timeline?.entries.map(\.milestone) == [nil, .started, .detected, .resolved])
    #expect(TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let longer = text.replacingOccurrences(of: "45 minutes", with: "25 minutes")
    #expect(TestSupport.lint(longer).filter { $0.rule == "duration-mismatch" }.map(\.line) == [4])
    // With no entry marked as the start, a stated start may be an entry of the lead-up too, up to
    // the first detection.
    let unmarked = text.replacingOccurrences(of: "login errors begin", with: "login errors seen")
    let started = unmarked.replacingOccurrences(of: "**Duration:** 45 minutes", with: "**Start:** 14:00 UTC")
    #expect(TestSupport.lint(started).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let late = unmarked.replacingOccurrences(of: "**Duration:** 45 minutes", with: "**Start:** 14:30 UTC")
    #expect(TestSupport.lint(late).filter { $0.rule == "duration-mismatch" }.map(\.line) == [4])
    // With the first symptoms marked as the start, the users' impact marked so after them (before
    // the first detection) may be the stated start too.
    let symptoms = text.replacingOccurrences(of: "deploy of auth v5 begins", with: "packet loss begins")
      .replacingOccurrences(of: "**Duration:** 45 minutes", with: "**Start:** 14:00 UTC")
    #expect(
      TestSupport.parse(symptoms).timeline?.entries.map(\.milestone) == [.started, .started, .detected, .resolved])
    #expect(TestSupport.lint(symptoms).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let afterDetection = symptoms.replacingOccurrences(of: "**Start:** 14:00 UTC", with: "**Start:** 14:20 UTC")
      .replacingOccurrences(of: "- 14:05 alert fires", with: "- 14:05 alert fires\n- 14:20 timeouts begin")
    #expect(TestSupport.lint(afterDetection).filter { $0.rule == "duration-mismatch" }.map(\.line) == [4])
  }

  /// A duration's value that says what kind of time it was before its length ("Degraded
  /// reliability over ~4 days.", a public postmortem's) gives the length after "over", "for",
  /// "lasting"…, in its first sentence; a number of days that is no length gives none.
  @Test func aLengthAfterItsQualifier() throws {
    func minutes(_ value: String) -> Int? {
      TestSupport.parse("# T\n\n**Duration:** \(value)\n").metadata.duration?.minutes
    }
    #expect(minutes("Degraded reliability over ~4 days. Customers saw errors for 2 hours.") == 5760)
    #expect(minutes("Partial outage lasting 45 minutes") == 45)
    #expect(minutes("Errors for 2 hours, then 3 hours of backlog") == 120)
    #expect(minutes("Unknown for now") == nil)
    #expect(minutes("Started 3 days after the deploy") == nil)
    #expect(minutes("Customers first. Over 2 hours of backlog") == nil)
    // A span told in a sentence, after "from" or "between".
    #expect(minutes("The outage occurred from May 12, 2024, at 10:00 AM to May 12, 2024, at 12:00 PM (UTC+0).") == 120)
    #expect(minutes("The outage ran between 10:00 and 10:45 UTC.") == 45)
  }

  /// GitLab's incident reviews list "Minutes downtime or degradation: 95": the unit opens the key.
  @Test func aKeyOpeningWithItsUnit() throws {
    let document = TestSupport.parse(
      "# T\n\n## Summary\n\n1. Service(s) affected: Sidekiq\n2. Minutes downtime or degradation: 95\n")
    #expect(document.statedDurations.map(\.minutes) == [95])
    #expect(document.statedDurations.map { [$0.line, $0.column] } == [[6, 37]])
    #expect(TestSupport.parse("---\nhours of downtime: 2\n---\n# T\n").metadata.duration?.minutes == 120)
    #expect(TestSupport.parse("---\nminutes of silence: 2\n---\n# T\n").metadata.duration == nil)
  }

  /// Lengths as French, German, Spanish, Portuguese, Japanese, Chinese and Korean teams write them,
  /// with their "and" and hedges.
  @Test(arguments: [
    ("Dauer: 47 Minuten", 47), ("Durée : 1 heure et 20 minutes", 80), ("Dauer: 2 Stunden und 10 Minuten", 130),
    ("Duración: 1 hora y 20 minutos", 80), ("Duração: 2 horas e 5 minutos", 125), ("Dauer: ca. 45 Minuten", 45),
    ("Durée : environ 2 heures", 120), ("Duración: cerca de 2 horas", 120), ("影響時間: 約1時間20分", 80),
    ("持续时间: 约2小时", 120), ("지속 시간: 약 30분", 30),
  ])
  func durationsInOtherLanguages(_ line: String, _ minutes: Int) {
    let document = TestSupport.parse("# T\n\n\(line)\n\n## Summary\n\nx\n")
    #expect(document.statedDurations.map(\.minutes) == [minutes], "\(line)")
  }

  /// A key that names its unit gives the unit of a bare number ("duration_minutes: 42").
  @Test(arguments: [
    ("duration_minutes: 42", 42), ("Downtime (hours): 1.5", 90), ("outage_duration_mins: 7", 7),
    ("duration_in_minutes: 30", 30),
  ])
  func durationKeysWithTheirUnit(_ line: String, _ minutes: Int) {
    let document = TestSupport.parse("---\n\(line)\n---\n# T\n")
    #expect(document.metadata.duration?.minutes == minutes, "\(line)")
    #expect(TestSupport.parse("---\nduration_parsecs: 4\n---\n# T\n").metadata.duration == nil)
  }
}

/// Authors written as a list under their label, or with a role after each name.
@Suite struct AuthorListTests {
  @Test func listUnderAnEmptyLabel() {
    let document = TestSupport.parse(
      "# T\n\n**Authors:**\n- Ana Ortiz (SRE)\n- Bo Chen\n\n**Severity:** SEV2\n\n## Summary\n\nx\n")
    #expect(document.authors.map(\.text) == ["Ana Ortiz", "Bo Chen"])
    #expect(document.severity?.raw == "SEV2")
    let field = document.metadata.fields.first { $0.key == "Authors" }
    #expect(field?.items == ["Ana Ortiz (SRE)", "Bo Chen"] && field?.value == "Ana Ortiz (SRE), Bo Chen")
  }

  @Test func aListAfterALabelWithAValueIsNotItsValue() {
    let document = TestSupport.parse("# T\n\n**Authors:** Ana\n\n- Bo Chen\n\n## Summary\n\nx\n")
    #expect(document.authors.map(\.text) == ["Ana"])
    let other = TestSupport.parse("# T\n\n**Authors:**\nWritten by the team.\n\n- Bo Chen\n\n## Summary\n\nx\n")
    #expect(other.metadata.fields.first { $0.key == "Authors" }?.items == nil)
  }

  /// A blog-style byline before the first section names the authors; its date is when the text
  /// was published and is not taken. Prose that starts with "By" names no one.
  @Test(arguments: [
    ("*Posted by Jason Warner, October 30, 2018*", ["Jason Warner"]),
    ("_Written by Ana de la Cruz and Bo Chen on 2024-03-02_", ["Ana de la Cruz", "Bo Chen"]),
    ("Posted by Jason Warner & Sam Lambert, October 30, 2018", ["Jason Warner", "Sam Lambert"]),
    ("By Priya Nair", ["Priya Nair"]),
    // A byline written as a sentence ends with its full stop; an initial keeps its own.
    ("Written by Petra Novak.", ["Petra Novak"]), ("By John Q.", ["John Q."]),
    ("By the time we noticed, the queue was full.", []),
    ("By Tuesday, March 5, we had rolled back.", []),
    // A team writes under its name; a dash or a middle dot parts the names from the date.
    ("Posted by the SRE team on 2024-03-02", ["SRE team"]), ("By the way, the queue was full.", []),
    ("*Posted by the Platform team · March 5, 2024*", ["Platform team"]),
    ("_By Jane Doe and Raj Patel — 12 June 2023_", ["Jane Doe", "Raj Patel"]),
  ])
  func bylinesNameTheAuthors(_ line: String, _ names: [String]) {
    let document = TestSupport.parse("# Search outage\n\n\(line)\n\n## Summary\n\nx\n")
    #expect(document.authors.map(\.text) == names)
    #expect(document.date == nil)
  }

  /// A blog post's title names the day without its year ("API outage on March 3rd"); the byline's
  /// date gives the year: the last such day on or before the post places the times.
  @Test func aBylineDateGivesAYearlessTitleItsYear() throws {
    let text = """
      # API outage on March 3rd

      *Posted by the Platform team · March 5, 2024*

      ## Timeline (UTC)
      - 14:20 deploy started
      - 14:31 alerts fired
      """
    let document = TestSupport.parse(text)
    #expect(document.incidentDay?.description == "2024-03-03")
    #expect(document.date == nil)
    #expect(document.timeline?.entries.map(\.timestamp) == ["2024-03-03T14:20:00Z", "2024-03-03T14:31:00Z"])
    // A post about a day of December published in January is about the year before.
    let early = TestSupport.parse(
      text.replacingOccurrences(of: "March 3rd", with: "December 30th").replacingOccurrences(
        of: "March 5, 2024", with: "January 4, 2024"))
    #expect(early.incidentDay?.description == "2023-12-30")
    // With no byline date the day stays unknown.
    let undated = TestSupport.parse(text.replacingOccurrences(of: " · March 5, 2024", with: ""))
    #expect(undated.incidentDay == nil)
  }

  @Test func aBylinePointsAtTheNames() throws {
    let document = TestSupport.parse("# T\n\n*Posted by Jason Warner, October 30, 2018*\n\n## Summary\n\nx\n")
    let author = try #require(document.authors.first)
    #expect(author.line == 3 && author.column == 12)
    // Under the labels of the same paragraph too.
    let under = TestSupport.parse("# T\n\nStatus: Draft  \nSeverity: S3  \n*Posted by Kim Lee*\n\n## Summary\n\nx\n")
    #expect(under.authors.map(\.text) == ["Kim Lee"] && under.severity != nil)
    // A byline in the body is prose, not metadata.
    #expect(TestSupport.parse("# T\n\n## Summary\n\nBy Priya Nair\n").authors.isEmpty)
  }

  /// Details told as sentences on one line, a byline among them, each read on its own; a period
  /// inside a value stays in it, and a line with a sentence of prose is prose.
  @Test func detailsWrittenAsSentences() throws {
    let document = TestSupport.parse(
      "# T\n\n_Authored by Chen Wu and Sara Lind. Incident date: 2024-09-18. Severity: P1._\n\n## Summary\n\nx\n")
    #expect(document.authors.map(\.text) == ["Chen Wu", "Sara Lind"])
    let date = try #require(document.date)
    #expect(date.date == CalendarDate(year: 2024, month: 9, day: 18) && date.line == 3 && date.column == 52)
    let severity = try #require(document.severity)
    #expect(severity.raw == "P1" && severity.column == 74)

    let plain = TestSupport.parse(
      "# T\n\nDate: 2024-09-18. Severity: SEV2. Status: Resolved in v2.3. Written by Ana Ortiz.\n\n## Summary\n\nx\n")
    #expect(plain.severity?.raw == "SEV2" && plain.date?.raw == "2024-09-18")
    #expect(plain.status?.text == "Resolved in v2.3" && plain.authors.map(\.text) == ["Ana Ortiz"])

    let prose = TestSupport.parse(
      "# T\n\nWe lost writes for an hour. Severity: SEV2. Date: 2024-09-18.\n\n## Summary\n\nx\n")
    #expect(prose.severity == nil && prose.date == nil)
  }

  /// GitHub issue forms write each field as a heading with its value under it; a heading that
  /// names a field but holds prose, or more than one block, is a section like any other.
  @Test func headingsThatNameAField() throws {
    let document = TestSupport.parse(
      """
      ### Incident title

      Checkout API returned 502s

      ### Incident date

      2024-03-02

      ### Authors

      - @ana
      - @bo

      ### Severity

      _No response_

      ### Status

      Resolved after the rollback. The follow-ups are tracked below.

      More prose.

      ### Timeline

      - 14:05 UTC deploy starts
      """)
    #expect(document.title?.text == "Checkout API returned 502s")
    #expect(document.date?.date?.description == "2024-03-02" && document.date?.line == 7)
    #expect(document.authors.map(\.text) == ["ana", "bo"])
    #expect(document.status == nil && document.severity == nil)
    #expect(document.metadata.sources == [.headings])
    #expect(document.timeline?.entries.first?.timestamp == "2024-03-02T14:05:00Z")
  }

  /// A report whose sections are level-1 headings writes its fields that way too ("# Date" over
  /// "2021-04-14", "# Authors" over a name): they are fields, not its title, and the front
  /// matter's title stays the title.
  @Test func levelOneHeadingsThatNameAField() throws {
    let document = TestSupport.parse(
      """
      ---
      title: Cluster-wide outage post-mortem
      ---

      All services became inaccessible.

      # Date
      2021-04-14

      # Authors
      Ramon Tayag

      # Status
      Complete, with pending action items

      # Summary
      On April 14, 2021 all services became inaccessible.
      """)
    #expect(document.title?.text == "Cluster-wide outage post-mortem")
    #expect(document.authors.map(\.text) == ["Ramon Tayag"])
    #expect(document.status?.text == "Complete, with pending action items" && document.status?.line == 14)
    #expect(document.metadata.fields.contains { $0.key == "Date" && $0.value == "2021-04-14" })
    // Without front matter, "# Incident Title" still labels the title under it.
    let labelled = TestSupport.parse("# Incident Title\n\nADFS Outage\n\n# Date\n\n2021-04-14\n")
    #expect(labelled.title?.text == "ADFS Outage" && labelled.date?.date?.description == "2021-04-14")
  }

  /// Under a front matter's title, a level-1 heading that comes after other headings heads a
  /// part of the report, not the report; one that opens the document is still its title.
  @Test func aLaterLevelOneHeadingUnderAFrontMatterTitleIsAPart() {
    let parted = TestSupport.parse(
      """
      ---
      title: "Watchdog: false-positive P1 ran unseen ~14h"
      ---

      ## Actor key

      - `human` — the operator.

      # Incident Overview

      The watchdog filed a P1.

      # Incident Post-Mortem Analysis

      ## Root Cause

      A probe coupled to a heavy read.
      """)
    #expect(parted.title?.text == "Watchdog: false-positive P1 ran unseen ~14h")
    let headed = TestSupport.parse("---\ntitle: From YAML\n---\n\n# From heading\n\n## Summary\n\nx\n")
    #expect(headed.title?.text == "From heading")
    let bare = TestSupport.parse("## Notes\n\nx\n\n# Checkout outage\n\n## Summary\n\nx\n")
    #expect(
      bare.title?.text == "Checkout outage", "without front matter the first unnamed level-1 heading is the title")
  }

  /// A detection stated as a day alone ("- **Detected:** 2026-09-07") dates the incident when no
  /// field does: it names no moment to start the incident at, but the day.
  @Test func aDetectionDayDatesTheIncident() throws {
    let markdown = """
      # 002 — docker compose up produces an unhealthy container

      - **Severity:** high
      - **Detected:** 2026-09-07

      ## Timeline

      - 14:05 UTC healthcheck fails
      """
    let document = TestSupport.parse(markdown)
    #expect(document.metadata.start == nil)
    #expect(document.timeline?.entries.first?.timestamp == "2026-09-07T14:05:00Z")
    #expect(!TestSupport.lint(markdown).contains { $0.rule == "metadata-field" && $0.message.contains("'date'") })
  }

  @Test(arguments: ["Total downtime", "Outage length", "Impact duration", "Duration of impact"])
  func moreNamesOfTheDuration(_ key: String) {
    let document = TestSupport.parse("# T\n\n**\(key):** 47 min\n\n## Summary\n\nx\n")
    #expect(document.metadata.duration?.minutes == 47, "\(key)")
  }

  /// Spanish, French, German and Portuguese labels name the same facts.
  @Test func labelsInOtherLanguages() {
    let spanish = TestSupport.parse(
      "# Caída de pagos\n\n**Fecha:** 2024-03-14\n**Severidad:** SEV2\n**Autores:** Lucía Gómez, Martín Ruiz\n\n## Resumen\n\nx\n"
    )
    #expect(spanish.date?.date?.description == "2024-03-14" && spanish.severity?.level == .high)
    #expect(spanish.authors.map(\.text) == ["Lucía Gómez", "Martín Ruiz"])
    // A Spanish template's "Fecha/hora del evento (UTC)" dates it; "servicio recuperado" resolves.
    let evento = TestSupport.parse(
      "# Caída\n\n- Fecha/hora del evento (UTC): 2024-05-06 10:20\n\n## Cronología\n\n- 10:20 UTC: errores\n"
        + "- 10:40 UTC: servicio recuperado\n")
    #expect(evento.date?.date?.description == "2024-05-06")
    #expect(evento.timeline?.entries.map(\.milestone) == [nil, .resolved])
    let german = TestSupport.parse(
      "# Ausfall\n\n**Datum:** 2024-03-14\n**Schweregrad:** SEV1\n\n## Ablauf\n\n- 10:05 UTC Deploy\n")
    #expect(german.date != nil && german.severity?.level == .critical && german.timeline?.entries.count == 1)
    // "Zeitlicher Ablauf" is the usual German timeline heading; "Autor:innen" the inclusive authors.
    let inclusive = TestSupport.parse(
      "# Ausfall\n\n**Autor:innen:** Jana Weber, Lukas Braun\n\n## Zeitlicher Ablauf (MEZ)\n\n- 10:05 Deploy\n")
    #expect(inclusive.authors.map(\.text) == ["Jana Weber", "Lukas Braun"])
    #expect(inclusive.timeline?.entries.count == 1 && inclusive.timeline?.timezone?.identifier == "Europe/Berlin")
    let french = TestSupport.parse(
      "# Panne\n\n**Date :** 2024-03-14\n**Gravité :** SEV3\n**Auteurs :** Émilie\n\n## Résumé\n\nx\n")
    #expect(french.severity?.level == .medium && french.authors.map(\.text) == ["Émilie"])
    // A German team's timeline: "14.05 Uhr", "Alle Zeiten in MEZ", "Verantwortlich:", "bis …".
    let zeitleiste = TestSupport.parse(
      """
      **Datum:** 12.03.2024

      ## Zeitleiste

      Alle Zeiten in MEZ.

      - 14.05 Uhr: Deployment beginnt
      - 14:12 Uhr: Alarm ausgelöst
      - 14.40 Uhr – Störung behoben

      ## Maßnahmen

      - [ ] Canary-Deployment einführen (Verantwortlich: Jonas, bis 2024-04-01)
      """)
    let entries = zeitleiste.timeline?.entries ?? []
    #expect(zeitleiste.timeline?.timezone?.identifier == "Europe/Berlin")
    #expect(
      entries.map(\.timestamp) == [
        "2024-03-12T14:05:00+01:00", "2024-03-12T14:12:00+01:00", "2024-03-12T14:40:00+01:00",
      ])
    #expect(entries.map(\.text) == ["Deployment beginnt", "Alarm ausgelöst", "Störung behoben"])
    // The deployment's start is the trigger's, not the outage's.
    #expect(entries.map(\.milestone) == [nil, .detected, .resolved])
    #expect(
      zeitleiste.actionItems.map(\.owner) == ["Jonas"] && zeitleiste.actionItems.first?.due?.description == "2024-04-01"
    )
    #expect(zeitleiste.actionItems.first?.title == "Canary-Deployment einführen")
    // A Spanish team's: "14:05 h", "14:12 hs", "14:40hrs"; "H2" after a time is no hour mark.
    let cronologia = TestSupport.parse(
      "**Fecha:** 2024-03-12\n\n## Cronología\n\nTodas las horas en CET.\n\n- 14:05 h: comienza el despliegue\n"
        + "- 14:12 hs - se dispara la alerta\n- 14:40hrs: servicio restablecido\n- 15:00 H2 rollout paused\n")
    #expect(
      cronologia.timeline?.entries.map(\.text) == [
        "comienza el despliegue", "se dispara la alerta", "servicio restablecido", "H2 rollout paused",
      ])
    #expect(cronologia.timeline?.entries.last?.timestamp == "2024-03-12T15:00:00+01:00")
    // A Brazilian team's zone note: "Horários em BRT."
    let linha = TestSupport.parse("**Data:** 2024-04-07\n\n## Linha do tempo\n\nHorários em BRT.\n\n- 15:05 deploy\n")
    #expect(linha.timeline?.timezone?.identifier == "America/Sao_Paulo")
    // A French team's action table: Responsable, Échéance, Statut, and "Terminé" is done.
    let actions = TestSupport.parse(
      """
      **Date :** 12/03/2024

      ## Actions correctives

      | Action | Responsable | Échéance | Statut |
      |---|---|---|---|
      | Ajouter un canary | Émilie | 01/04/2024 | En cours |
      | Alerte sur le taux d'erreur | Paul | 15/04/2024 | Terminé |
      """
    ).actionItems
    #expect(actions.map(\.owner) == ["Émilie", "Paul"] && actions.map(\.done) == [false, true])
    #expect(actions.map { $0.due?.description } == ["2024-04-01", "2024-04-15"])
  }

  /// A stated window names the zone and the day of a timeline whose table gives only dates and
  /// times ("Incident window: 2024-04-02 22:10 – 2024-04-03 01:25 (UTC+2)").
  @Test func aStatedWindowGivesTheZoneAndTheDay() {
    let markdown = """
      # Object storage 503s

      Incident window: 2024-04-02 22:10 – 2024-04-03 01:25 (UTC+2)

      ## Timeline

      | Time | Event |
      |------|-------|
      | 22:10 | Rebalancer starts |
      | 01:25 | Fully recovered |
      """
    let document = TestSupport.parse(markdown)
    #expect(document.timeline?.timezone?.identifier == "+02:00")
    #expect(document.timeline?.entries.map(\.timestamp) == ["2024-04-02T22:10:00+02:00", "2024-04-03T01:25:00+02:00"])
    let rules = Set(TestSupport.lint(markdown).map(\.rule))
    #expect(!rules.contains("timeline-timezone") && !rules.contains("duration-mismatch"))
    #expect(!TestSupport.lint(markdown).contains { $0.rule == "metadata-field" && $0.message.contains("'date'") })
  }

  /// The span of times beside the day in a date field ("**When:** 2024-04-22, 16:10–17:25 UTC") is
  /// the incident's window: it names the timeline's zone and is measured against it. A duration
  /// field of its own wins; a date with one time is no window.
  @Test func aWindowBesideTheDate() {
    let markdown = """
      # Webhooks delayed

      - **When:** 2024-04-22, 16:10–17:25 UTC

      ## Timeline

      - 16:10 Queue depth starts growing
      - 17:55 Backlog drained
      """
    let document = TestSupport.parse(markdown)
    #expect(document.date?.date?.description == "2024-04-22")
    #expect(document.metadata.duration?.minutes == 75)
    #expect(document.timeline?.timezone?.identifier == "UTC")
    #expect(TestSupport.lint(markdown).contains { $0.rule == "duration-mismatch" })
    let stated = TestSupport.parse("**Date:** 2024-04-22, 16:10–17:25 UTC\n**Duration:** 80 minutes\n")
    #expect(stated.metadata.duration?.minutes == 80)
    #expect(TestSupport.parse("**Date:** 2024-04-22 16:10 UTC\n").metadata.duration == nil)
  }

  /// Bold that ends in a space ("**Date: **2024-03-02", as word processors export it) stays
  /// asterisks in Markdown: they are no part of the key or the value.
  @Test func asterisksLeftByBoldEndingInASpace() {
    let document = TestSupport.parse("# T\n\n**Date: **2024-03-02\n__Severity: __SEV2\n")
    #expect(document.metadata.fields.map(\.key) == ["Date", "Severity"])
    #expect(document.metadata.fields.map(\.value) == ["2024-03-02", "SEV2"])
    #expect(document.metadata.fields.map(\.valueColumn) == [11, 15])
    #expect(document.date?.raw == "2024-03-02" && document.severity?.level == .high)
  }

  /// Italian and Dutch postmortems: their details (day first), headings, zone notes, lengths,
  /// milestones and action tables are read as the other languages' are.
  @Test func italianAndDutchPostmortems() throws {
    let italian = TestSupport.parse(
      """
      # Interruzione del servizio pagamenti

      **Data:** 05/03/2024
      **Gravità:** Alta
      **Autori:** Giulia Rossi
      **Durata:** 1 ora e 10 minuti

      ## Cronologia

      Orari in CET.

      - 14:05 rilascio della versione 2.3
      - 15:15 servizio ripristinato

      ## Causa principale

      Una migrazione ha bloccato la tabella.

      ## Azioni correttive

      | Azione | Responsabile | Scadenza | Stato |
      |---|---|---|---|
      | Allarme sui lock | Giulia | 15/03/2024 | Fatto |
      """)
    #expect(italian.date?.date?.description == "2024-03-05" && italian.severity?.level == .high)
    #expect(italian.metadata.duration?.minutes == 70)
    #expect(italian.timeline?.timezone?.identifier == "Europe/Berlin")
    #expect(italian.timeline?.entries.last?.milestone == .resolved)
    #expect(italian.sections.compactMap(\.kind) == [.timeline, .rootCause, .actionItems])
    #expect(italian.actionItems.map(\.owner) == ["Giulia"] && italian.actionItems.map(\.done) == [true])
    #expect(italian.actionItems.map { $0.due?.description } == ["2024-03-15"])
    let dutch = TestSupport.parse(
      """
      # Storing in de inlogdienst

      **Datum:** 04-03-2024
      **Ernst:** SEV2
      **Duur:** 45 minuten

      ## Tijdlijn

      Alle tijden in CET.

      - 09:18 alarm ging af
      - 09:55 opgelost

      ## Acties

      - [ ] Certificaten bewaken — eigenaar: Sanne — uiterlijk: 31-03-2024

      ## Geleerde lessen

      - Monitoring ontbrak.
      """)
    #expect(dutch.severity?.level == .high && dutch.metadata.duration?.minutes == 45)
    #expect(dutch.timeline?.entries.map(\.milestone) == [.detected, .resolved])
    #expect(dutch.sections.compactMap(\.kind) == [.timeline, .actionItems, .lessonsLearned])
    #expect(
      dutch.actionItems.map(\.owner) == ["Sanne"] && dutch.actionItems.map { $0.due?.description } == ["2024-03-31"])
  }

  /// A section of figures ("## Key metrics"), as bullets or a Metric | Value table, states details
  /// wherever it stands: a time to detect there is measured against the timeline.
  @Test func aMetricsSectionStatesFigures() {
    for body in [
      "- **Time to detect:** 17 minutes\n- **TTR:** 65 min",
      "| Metric | Value |\n|---|---|\n| TTD | 17 min |\n| TTR | 65 min |",
      // Written plainly, as prose writes figures.
      "- Time to detect: 17 minutes\n- TTR: 65 min",
    ] {
      let markdown =
        "# T\n\n## Key metrics\n\n\(body)\n\n## Timeline (UTC)\n\n- 14:00 errors begin\n- 14:07 alert fires\n- 15:05 resolved\n"
      #expect(TestSupport.parse(markdown).metadata.fields.count == 2, "\(body)")
      let mismatches = TestSupport.lint(markdown).filter { $0.rule == "duration-mismatch" }
      #expect(mismatches.map { String($0.message.prefix(22)) } == ["time to detect '17 min"], "\(body)")
    }
    // A section on how the incident was found states its time to detect; its other labels
    // ("Detected at", a name of the start) stay its own, and a plain figure in the impact counts.
    for section in [
      "## Detection\n\nTime to detect: 17 minutes\n\n**Detected at:** 14:05\n",
      "## Impact\n\nTime to detect: 17 minutes\n",
    ] {
      let markdown =
        "# T\n\n## Timeline (UTC)\n\n- 14:00 errors begin\n- 14:07 alert fires\n- 15:05 resolved\n\n\(section)"
      let document = TestSupport.parse(markdown)
      #expect(document.metadata.start == nil, "\(section)")
      let mismatches = TestSupport.lint(markdown).filter { $0.rule == "duration-mismatch" }
      #expect(mismatches.map { [$0.line, $0.column] } == [[11, 17]], "\(section)")
    }
  }

  /// The impact section may say when the impact began and ended: those are the stated start and
  /// end when the details state none; its other labels stay its own.
  @Test func theImpactStatesItsStartAndEnd() throws {
    let markdown =
      "# T\n\n**Date:** 2024-05-21\n\n## Impact\n\nStart of impact: 14:05 UTC\n**End of impact:** 15:10 UTC\n"
      + "**Users affected:** 12,000\n"
    let document = TestSupport.parse(markdown)
    let start = try #require(document.metadata.start)
    #expect(start.timestamp == "2024-05-21T14:05:00Z" && start.line == 7 && start.column == 18)
    #expect(document.metadata.end?.timestamp == "2024-05-21T15:10:00Z")
    #expect(!document.metadata.fields.contains { $0.key == "Users affected" })
    let stated = TestSupport.parse(
      markdown.replacingOccurrences(of: "\n\n## Impact", with: "\n**Start:** 14:00 UTC\n\n## Impact"))
    #expect(stated.metadata.start?.timestamp == "2024-05-21T14:00:00Z")
  }

  /// Atlassian's template names the level in the summary's prose ("This SEV-2 incident affected
  /// 12% of users"): read when no field states it and every level the summary names agrees.
  @Test func theSummaryProseNamesTheSeverity() {
    let text = """
      # Login loop

      ## Incident summary

      Users were stuck in a login loop.
      This SEV-2 incident affected 12% of users.

      ## Timeline
      """
    let severity = TestSupport.parse(text).severity
    #expect(severity?.level == .high && severity?.raw == "SEV-2")
    #expect(severity?.line == 6 && severity?.column == 6)
    #expect(!TestSupport.lint(text).contains { $0.message.contains("missing metadata 'severity'") })
    let changed = TestSupport.parse(text.replacingOccurrences(of: "users.\n", with: "users, declared Sev 3.\n"))
    #expect(changed.severity == nil)
    let stated = TestSupport.parse(
      text.replacingOccurrences(of: "# Login loop\n", with: "# Login loop\n\n**Severity:** SEV1\n"))
    #expect(stated.severity?.raw == "SEV1")
    #expect(TestSupport.parse("## Summary\n\nThe several severe issues.\n").severity == nil)
  }

  /// A title tagged with a severity ("[SEV-2] …", "… (Sev 1)", "[P1] …") states it when no field
  /// does; a field wins, and other tags ("[Postmortem]", "(P2P)") name none.
  @Test func aSeverityTagInTheTitle() {
    let tagged = TestSupport.parse("# [SEV-2] Elevated 5xx on the gateway\n\nText.\n")
    #expect(tagged.severity?.level == .high)
    #expect(tagged.severity?.line == 1 && tagged.severity?.column == 4)
    #expect(TestSupport.parse("# Checkout outage (Sev 1)\n").severity?.level == .critical)
    #expect(TestSupport.parse("# [P1] Checkout outage\n").severity?.level == .critical)
    #expect(TestSupport.parse("# [SEV-2] Outage\n\n**Severity:** SEV4\n").severity?.level == .low)
    #expect(TestSupport.parse("# [Postmortem] P2P relay outage (P2P)\n").severity == nil)
    // Or opens with it before a colon or a dash.
    let opening = TestSupport.parse("# SEV-1: EU region unavailable\n")
    #expect(opening.severity?.level == .critical && opening.severity?.raw == "SEV-1" && opening.severity?.column == 3)
    #expect(TestSupport.parse("# Sev 2 - Checkout errors\n").severity?.level == .high)
    #expect(TestSupport.parse("# Sev 2 — Checkout errors\n").severity?.level == .high)
    #expect(TestSupport.parse("# Several regions down\n").severity == nil)
    #expect(TestSupport.parse("# Sevilla: datacenter move\n").severity == nil)
    // Or before the title's words, as one token.
    let token = TestSupport.parse("# Sev-1 Production Outage Report — 2026-06-25\n")
    #expect(token.severity?.level == .critical && token.severity?.raw == "Sev-1")
    #expect(TestSupport.parse("# SEV2 Checkout errors\n").severity?.raw == "SEV2")
    #expect(TestSupport.parse("# Sev 12345 reasons we failed\n").severity == nil)
    // After a tag in brackets too, located where it is written.
    let afterTag = TestSupport.parse("# [RESOLVED] SEV1: Checkout outage\n")
    #expect(
      afterTag.severity?.level == .critical && afterTag.severity?.raw == "SEV1" && afterTag.severity?.column == 14)
    #expect(TestSupport.parse("# [Postmortem] [RESOLVED] Sev 2 - Checkout\n").severity?.level == .high)
    #expect(TestSupport.parse("# [WIP] Severe weather took out DC\n").severity == nil)
  }

  /// A title's opening tag may say where the incident or report stands ("[RESOLVED]", "[Draft]"):
  /// the status, where no field states one, located on the tag's word.
  @Test func aStatusTagInTheTitle() throws {
    let resolved = try #require(TestSupport.parse("# [RESOLVED] SEV1: Checkout outage\n").status)
    #expect(resolved.text == "RESOLVED" && resolved.line == 1 && resolved.column == 4)
    let second = try #require(TestSupport.parse("# [Postmortem] [Draft] Login latency\n").status)
    #expect(second.text == "Draft" && second.column == 17)
    #expect(
      TestSupport.parse("# [RESOLVED] Outage\n\n**Status:** Action items open\n").status?.text == "Action items open")
    #expect(TestSupport.parse("# [Postmortem] Login latency\n").status == nil)
    #expect(TestSupport.parse("# Resolved: the DNS mystery\n").status == nil)
  }

  /// An address after a name, as git writes authors, is not part of the name; an address
  /// alone is the author.
  @Test func addressesAfterNames() {
    let document = TestSupport.parse(
      "# T\n\n**Authors:** Ana Ortiz <ana@example.com>, Bo Chen <bo@example.com>, cy@example.com\n")
    #expect(document.authors.map(\.text) == ["Ana Ortiz", "Bo Chen", "cy@example.com"])
    let yaml = TestSupport.parse("---\nauthors:\n  - \"Ana Ortiz <ana@example.com>\"\n---\n# T\n")
    #expect(yaml.authors.map(\.text) == ["Ana Ortiz"])
  }

  @Test func rolesAfterNames() {
    let document = TestSupport.parse("# T\n\n**Authors:** Ana Ortiz (SRE), Bo Chen (IC), (Dee)\n\n## Summary\n\nx\n")
    #expect(document.authors.map(\.text) == ["Ana Ortiz", "Bo Chen", "Dee"])
  }

  /// A clause after the names is none of them; a surname's particle is no clause.
  @Test func aClauseAfterTheNames() {
    let audit = TestSupport.parse(
      "# T\n\n**Author:** Claude (session audit), written the same morning.\n\n## Summary\n\nx\n")
    #expect(audit.authors.map(\.text) == ["Claude"])
    let particle = TestSupport.parse("# T\n\n**Authors:** Ana Ortiz, van der Berg, de la Cruz Ana\n\n## Summary\n\nx\n")
    #expect(particle.authors.map(\.text) == ["Ana Ortiz", "van der Berg", "de la Cruz Ana"])
  }
}

/// Stated times to detect, mitigate and resolve are held to the timeline's milestones.
@Suite struct StatedMeasureTests {
  @Test func measuresAgainstMilestones() {
    let text = """
      # Storage latency

      **Date:** 2024-03-12
      **Time to detect:** 2 min
      **Time to resolve:** 1h 5m
      **TTM**: 20 minutes
      **Who:** Ana
      **T:** x

      ## Timeline

      All times UTC.

      - 14:00 latency starts
      - 14:12 alert fires
      - 14:20 rolled back
      - 15:05 resolved

      ## Impact

      | Metric | Value |
      |---|---|
      | Time to recovery | 2 hours |
      """
    let findings = TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }
    #expect(findings.map(\.line) == [4, 23])
    #expect(findings.first?.message.contains("the timeline measures 12m (14:00 on line 14 to 14:12 on line 15") == true)
    #expect(findings.last?.message.hasPrefix("time to resolve '2 hours' (2h00m) disagrees") == true)
    let noMilestones = text.replacingOccurrences(of: "alert fires", with: "queue grows")
    #expect(TestSupport.lint(noMilestones).filter { $0.rule == "duration-mismatch" }.map(\.line) == [23])
  }

  @Test func reportedDayIsTheDateOfADocumentThatStatesNoOther() {
    let text = """
      # INC-2291: Checkout failures

      Status: Resolved · Severity: P1 · Lead: @maria · Reported: 2024-08-19

      ## Timeline

      **Mon 19 Aug**
      - 22:58 CEST – first 5xx on /checkout

      **Tue 20 Aug**
      - 00:12 CEST – cert rotated, all clear
      """
    let document = TestSupport.parse(text)
    #expect(document.date?.date == CalendarDate(year: 2024, month: 8, day: 19))
    #expect(document.date.map { [$0.line, $0.column] } == [3, 60])
    #expect(document.timeline?.entries.map(\.status) == [.resolved, .resolved])
    #expect(document.timeline?.entries.last?.date == CalendarDate(year: 2024, month: 8, day: 20))
    // A date of its own wins; a reported value that is no date is passed over.
    let dated = TestSupport.parse(text.replacingOccurrences(of: "· Reported:", with: "· Date: 2024-08-18 · Reported:"))
    #expect(dated.date?.date == CalendarDate(year: 2024, month: 8, day: 18))
    let undated = TestSupport.parse(text.replacingOccurrences(of: "Reported: 2024-08-19", with: "Reported: by Ana"))
    #expect(undated.date == nil)
  }

  /// A blog-style report opens with a lede before its first section: its window is a stated
  /// duration, and its day places the story's times when the front matter dates the writing.
  @Test func ledeStatesTheWindowAndTheDay() throws {
    let text = """
      ---
      title: "Incident report: API errors"
      date: 2024-03-05 10:00:00 +0000
      ---

      On March 3rd, 2024, between 14:02 and 15:47 UTC, our API returned
      elevated error rates.

      ## What happened

      At 14:02 UTC a configuration change was deployed. By 14:09 our monitoring
      alerted the on-call engineer. At 14:35 we began rolling it back. The rollback
      completed at 15:20 and error rates returned to normal by 15:47.
      """
    let document = TestSupport.parse(text)
    let window = try #require(document.statedDurations.first)
    #expect(window.minutes == 105 && window.source == .prose && [window.line, window.column] == [6, 29])
    #expect(document.date?.date == CalendarDate(year: 2024, month: 3, day: 5))
    #expect(
      document.timeline?.entries.map(\.timestamp) == [
        "2024-03-03T14:02:00Z", "2024-03-03T14:09:00Z", "2024-03-03T14:35:00Z", "2024-03-03T15:20:00Z",
        "2024-03-03T15:47:00Z",
      ])
    #expect(TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let late = TestSupport.lint(text.replacingOccurrences(of: "and 15:47 UTC", with: "and 16:47 UTC"))
    #expect(late.filter { $0.rule == "duration-mismatch" }.map(\.line) == [6])
    // A day more than a month before the document's, or written without a time, is not the story's.
    for other in [
      "On January 3rd, 2024, between 14:02 and 15:47 UTC,", "On March 3rd, 2024, our API",
      "On March 1st, 2024 at 09:00 UTC a change was deployed. Between 14:02 and 15:47 UTC,",
    ] {
      let undated = TestSupport.parse(
        text.replacingOccurrences(of: "On March 3rd, 2024, between 14:02 and 15:47 UTC,", with: other))
      #expect(undated.timeline?.entries.first?.timestamp == "2024-03-05T14:02:00Z", "\(other)")
    }
    // A lede's zone is the zone of a timeline that names none.
    let zoned = TestSupport.parse(
      "# API errors\n\n**Date:** 2024-03-03\n\nBetween 14:02 and 15:47 CET our API returned errors.\n\n"
        + "## Timeline\n\n- 14:02 deploy\n- 15:47 resolved\n")
    #expect(zoned.timeline?.timezone?.identifier == "Europe/Berlin")
    #expect(zoned.statedDurations.map(\.minutes) == [105])
    // A German day's full stop ends no first sentence: its window's day places the times.
    let german = TestSupport.parse(
      "---\ndate: 2024-03-07\n---\n\nAm 5. März 2024 zwischen 14:05 und 15:10 Uhr MEZ fielen Zahlungen aus.\n\n"
        + "## Zeitleiste\n\n- 14:05 Fehler\n- 15:10 behoben\n")
    #expect(german.timeline?.entries.first?.timestamp == "2024-03-05T14:05:00+01:00")
    // A bold subtitle is no lede; every paragraph of the lede may state the length.
    let subtitled = TestSupport.parse(
      "# March availability\n\n**March 3 20:53 UTC (lasting 56 minutes)**\n\nOn March 3 at 20:53 UTC, GitHub "
        + "degraded.\n\nThe root cause was a bad deploy. Customers were unable to create new Codespaces for 56 "
        + "minutes.\n\n## Timeline\n\n- 20:53 errors\n- 21:49 recovered\n")
    #expect(subtitled.statedDurations.map { [$0.line, $0.minutes] } == [[7, 56]])
  }

  /// Details written as a definition list (Pandoc, kramdown): the key on its line, the value on
  /// the next after ": ", each field placed on its value's line.
  @Test func definitionListDetails() {
    let text = """
      Incident Report — Object storage latency
      ========================================

      Severity
      : SEV9

      Date
      :   2024-02-11

      Timeline
      --------

      * 08:02Z latency p99 > 2s
      """
    let document = TestSupport.parse(text)
    #expect(document.severity?.raw == "SEV9" && document.date?.date == CalendarDate(year: 2024, month: 2, day: 11))
    #expect(document.metadata.fields.map { [$0.line, $0.valueColumn] } == [[5, 3], [8, 5]])
    #expect(TestSupport.lint(text).first { $0.rule == "severity-value" }.map { [$0.line, $0.column] } == [5, 3])
    // Prose with a colon line is no definition: every pair must be a known key and its value.
    let prose = TestSupport.parse("# X\n\nSeverity\n: SEV2\nand more\n\n## Timeline\n\n- 08:02Z x\n")
    #expect(prose.severity == nil)
  }

  /// A Japanese report: its countermeasures section is the action items, its summary opens with
  /// the day and span and a zone in full-width brackets, and states the length against its unit.
  @Test func japaneseChineseAndKoreanSummaries() throws {
    let text = """
      # 決済API障害

      **日付:** 2024年4月8日

      ## 概要

      2024年4月8日 14:05〜15:10（JST）の約65分間、決済APIが利用できない状態となりました。復旧作業に30分を要しました。

      ## タイムライン

      - 14:05 デプロイ開始
      - 15:10 復旧を確認

      ## 対応策

      - [ ] カナリアリリースの導入（担当: @tanaka、期限: 2024-05-01）
      """
    let document = TestSupport.parse(text)
    #expect(document.sections.last?.kind == .actionItems && document.actionItems.first?.owner == "tanaka")
    #expect(document.timeline?.timezone?.identifier == "Asia/Tokyo")
    #expect(document.timeline?.entries.last?.timestamp == "2024-04-08T15:10:00+09:00")
    #expect(document.statedDurations.map(\.minutes) == [65, 65])
    let length = try #require(document.statedDurations.last)
    #expect([length.line, length.column] == [7, 28] && length.raw == "約65分間")
    #expect(TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let wrong = TestSupport.lint(text.replacingOccurrences(of: "約65分間", with: "約95分間"))
    #expect(wrong.filter { $0.rule == "duration-mismatch" }.map(\.line) == [7])
    // Chinese and Korean; a moment ("1時間後", "2小时内") and a step's length are no outage's.
    func lengths(_ summary: String) -> [Int?] {
      TestSupport.parse("# X\n\n## 概要\n\n\(summary)\n").statedDurations.map(\.minutes)
    }
    #expect(lengths("支付接口中断了约2小时，影响所有用户。") == [120])
    #expect(lengths("약 1시간 20분 동안 결제가 중단되었습니다.") == [80])
    #expect(lengths("障害発生から1時間後に復旧しました。") == [])
    #expect(lengths("我们在2小时内完成了修复，服务中断。") == [])
    #expect(lengths("復旧作業に30分を要しました。") == [])
  }

  /// A length before what went wrong, after "of": "causing 23 minutes of write errors", "45
  /// minutes of downtime"; not a length of work ("after 30 minutes of investigation").
  @Test func aLengthOfWhatWentWrong() {
    func lengths(_ summary: String) -> [Int?] {
      TestSupport.parse("# X\n\n## Summary\n\n\(summary)\n").statedDurations.map(\.minutes)
    }
    #expect(lengths("The primary failed over, causing 23 minutes of write errors.") == [23])
    #expect(lengths("Customers saw 45 minutes of downtime.") == [45])
    #expect(lengths("It resulted in 2 hours of degraded service for EU users.") == [120])
    #expect(lengths("After 30 minutes of investigation we rolled back.") == [])
    #expect(lengths("We spent 3 hours of the night on it; errors stopped.") == [])
    let placed = TestSupport.parse("# X\n\n## Summary\n\nThe failover caused 23 minutes of write errors.\n")
    #expect(placed.statedDurations.map { [$0.line, $0.column] } == [[5, 21]])
  }

  /// A summary that opens with its window in another language: "entre las 14:05 y las 15:10",
  /// "entre 14h05 et 15h10", "Am 5. März 2024 zwischen 14:05 und 15:10 Uhr" (the day's full stop
  /// ends no sentence), "tra le 14:05 e le 15:10", "tussen 14:05 en 15:10", "dalle 14:05 alle
  /// 15:10", "van 14:05 tot 15:10".
  @Test(arguments: [
    ("El 5 de marzo de 2024, entre las 14:05 y las 15:10 UTC, los pagos fallaron.", 34),
    ("Le 5 mars 2024, entre 14h05 et 15h10 (heure de Paris), les paiements ont échoué.", 23),
    ("Am 5. März 2024 zwischen 14:05 und 15:10 Uhr MEZ fielen Zahlungen aus.", 26),
    ("Em 5 de março de 2024, entre 14:05 e 15:10 BRT, os pagamentos falharam.", 30),
    ("Il 5 marzo 2024, tra le 14:05 e le 15:10 CET, i pagamenti non sono riusciti.", 25),
    ("Op 5 maart 2024 tussen 14:05 en 15:10 CET mislukten betalingen.", 24),
    // "From … to …" in those languages, with the country's clock named in its language.
    ("Dalle 14:05 alle 15:10 (ora italiana) la ricerca non ha risposto.", 7),
    ("Van 14:05 tot 15:10 (Nederlandse tijd) konden klanten niet betalen.", 5),
    ("Desde las 14:05 a las 15:10, los pagos fallaron.", 11),
  ])
  func summaryWindowsInOtherLanguages(_ summary: String, _ column: Int) {
    let text = "# X\n\n## Summary\n\n\(summary)\n\n## Timeline\n\n- 14:05 x\n- 15:10 y\n"
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map { [$0.minutes, $0.line, $0.column] } == [[65, 5, column]], "\(summary)")
    let wrong = TestSupport.lint(text.replacingOccurrences(of: "15:10 y", with: "15:40 y"))
    #expect(wrong.filter { $0.rule == "duration-mismatch" }.map(\.line) == [5], "\(summary)")
  }

  /// A timeline that closes with its figures ("**Total impact duration:** …", "**Detection
  /// delay:** …") states them: the length is told beside the impact (it may end at the
  /// mitigation), the delay is a time to detect; the impact section may state the severity.
  @Test func figuresClosingTheTimelineAndALevelInTheImpact() throws {
    let text = """
      # Surveys SDK exceptions

      **Date:** 2025-10-03

      ## Timeline

      All times in UTC.

      - **10:45** - SDK 1.270.0 deployed with the incompatible call
      - **14:59** - Support engineer notices two similar customer reports
      - **16:11** - Reverts deployed, issue mitigated
      - **22:28** - Incident closed

      **Total impact duration:** 5 hours 26 minutes (10:45 - 16:11 UTC)
      **Detection delay:** 4 hours 14 minutes

      ## Impact

      **Severity:** Major (High Impact, Service Degradation)

      Surveys failed to load for 305 teams.
      """
    let document = TestSupport.parse(text)
    #expect(document.statedDurations.map(\.minutes) == [326])
    #expect(document.statedDurations.first?.source == .section && document.statedDurations.first?.line == 14)
    #expect(document.metadata.fields.map(\.key).contains("Detection delay"))
    #expect(document.severity?.level == .high && document.severity?.line == 19)
    #expect(TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }.isEmpty)
    let wrong = TestSupport.lint(
      text.replacingOccurrences(of: "5 hours 26 minutes (10:45", with: "3 hours (10:45")
        .replacingOccurrences(of: "4 hours 14 minutes", with: "2 hours"))
    #expect(wrong.filter { $0.rule == "duration-mismatch" }.map(\.line) == [14, 15])
    // The colon after the bold; a bold time opening an entry's paragraph is no label.
    let outside = TestSupport.parse(
      text.replacingOccurrences(of: "**Total impact duration:**", with: "**Total impact duration**:"))
    #expect(outside.statedDurations.map(\.minutes) == [326])
    let boldTimes = TestSupport.parse("## Timeline\n\n**14:05:** deploy\n\n**14:50**: Duration: 45 minutes\n")
    #expect(boldTimes.statedDurations.isEmpty)
  }
}

/// A report may close with its details after a rule (`---` then `**Incident Commander**: …`,
/// `**Resolved At**: …`): they are details, read after those the top states, and no part of the
/// last section, whose items they would otherwise become.
@Suite struct ClosingDetailsTests {
  static let document = """
    # Incident: Web Service Pod CrashLoopBackOff

    **Date**: 2025-10-15T14:30:00Z
    **Severity**: High
    **Duration**: 45 minutes

    ## Timeline

    - 14:30 Prometheus alert on the error rate
    - 15:15 Pods running with the new limit; incident resolved

    ## Follow-up Actions
    - [ ] Fix memory leak in application code
    - [ ] Add memory usage trend monitoring

    ---

    **Incident Commander**: Dana Reyes
    **Prepared by**: Lee Park
    **Severity**: Low
    **Resolved At**: 2025-10-15T15:15:00Z
    """

  @Test func theyAreDetailsNotItems() {
    let document = TestSupport.parse(Self.document)
    #expect(
      document.actionItems.map(\.title) == ["Fix memory leak in application code", "Add memory usage trend monitoring"])
    #expect(document.metadata.end?.timestamp == "2025-10-15T15:15:00Z")
    #expect(document.authors.map(\.text) == ["Lee Park"])
    // The top's details come first.
    #expect(document.severity?.raw == "High")
    #expect(document.sections.last?.endLine == 15)
    let later = Self.document.replacingOccurrences(of: "2025-10-15T15:15:00Z", with: "2025-10-15T16:15:00Z")
    #expect(
      TestSupport.lint(later).filter { $0.rule == "duration-mismatch" }.map(\.line) == [21])
  }

  /// After a rule, an item or a line of prose keeps the section going.
  @Test func aRuleBeforeMoreOfTheSectionClosesNothing() {
    let items = Self.document.replacingOccurrences(
      of: "**Incident Commander**: Dana Reyes", with: "- [ ] Page the database team (owner: @lee)")
    #expect(TestSupport.parse(items).actionItems.count == 3)
    let prose = Self.document.replacingOccurrences(
      of: "**Incident Commander**: Dana Reyes", with: "Thanks to everyone who helped.")
    let parsed = TestSupport.parse(prose)
    #expect(parsed.metadata.end == nil)
    #expect(parsed.authors.isEmpty)
  }

  /// The details in a section named as such further down ("### ℹ️ Key Information" after the
  /// summary and its links; an incident tool's "### ⏱️ Key Timestamps") are the document's: its
  /// severity, the day it was reported, the impact's start and the fix as its end. The emoji's
  /// "ℹ" is no word of the name.
  @Test func detailsSectionsFurtherDown() throws {
    let document = TestSupport.parse(
      """
      # Post-mortem

      # Summary

      Some customers could not log in for nine minutes.

      ### 🔗 Links

      - [Incident homepage](https://example.com/incidents/197)

      ### ℹ️ Key Information

      - **Incident Type:** Platform
      - **Severity:** Minor

      ### ⏱️ Key Timestamps

      - **Reported:** March 3, 2023 9:36 AM (UTC)
      - **Impact start:** March 3, 2023 9:36 AM (UTC)
      - **Fixed:** March 3, 2023 9:45 AM (UTC)
      """)
    #expect(SectionKind.normalize("ℹ️ Key Information") == "key information")
    #expect(document.severity?.raw == "Minor")
    #expect(document.date?.date == CalendarDate(year: 2023, month: 3, day: 3))
    let start = try #require(document.metadata.start)
    let end = try #require(document.metadata.end)
    #expect([start.raw, end.raw] == ["March 3, 2023 9:36 AM (UTC)", "March 3, 2023 9:45 AM (UTC)"])
    #expect([start.line, end.line] == [19, 20])
  }

  /// An author kept in a front matter's string with a link written out ("Emelia Smith
  /// ([@missem](https://example.social/@missem))") is the name before it.
  @Test func anAuthorWithALinkWrittenOut() {
    let document = TestSupport.parse(
      """
      ---
      title: Elevated errors
      author: Emelia Smith ([@missem](https://example.social/@missem))
      ---

      ## Timeline
      """)
    #expect(document.authors.map(\.text) == ["Emelia Smith"])
    #expect(MetadataParser.linkTexts("[Ana](https://a.example) and [Bo](https://b.example)") == "Ana and Bo")
    #expect(MetadataParser.linkTexts("Ana [unclosed](") == "Ana [unclosed](")
  }

  /// A front matter's "title" is the title though another key that may name it ("name:", as an
  /// issue template writes its own name) comes first.
  @Test func theTitleKeyWinsOverAName() {
    let document = TestSupport.parse(
      """
      ---
      name: Rollback Incident Report
      title: "Rollback: checkout 502s"
      ---

      ## Summary
      """)
    #expect(document.title?.text == "Rollback: checkout 502s")
    #expect(document.title?.line == 3)
    let named = TestSupport.parse("---\nname: Checkout 502s\n---\n\n## Summary\n")
    #expect(named.title?.text == "Checkout 502s")
  }
}
