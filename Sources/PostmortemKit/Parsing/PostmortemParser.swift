/// Turns the text of a postmortem into a `PostmortemDocument`.
///
/// Lenient by design: any text yields a document. What could not be understood is recorded as
/// written (with its location) for the lint rules to judge; the parser itself reports nothing.
public struct PostmortemParser: Sendable {
  /// How much of a document to read.
  public enum Scope: Sendable, Hashable {
    /// Everything: what `parse`, `lint` and `render` need.
    case full
    /// Metadata, sections and action items only: the timeline, narrative sections, lessons and
    /// stated durations are left empty, and the metadata's start and end are not resolved to
    /// timestamps. For roll-ups that read nothing else (`actions`).
    case actionItems
    /// What the lint rules read: everything but the lessons learned and the Markdown text of the
    /// narrative sections (their `**Key:** value` fields, which state durations, are kept). For
    /// `lint`, whose reports show findings only.
    case lint
  }

  /// How timeline entries are recognised as milestones.
  public var milestones: MilestoneDetector
  /// How much of each document to read (`full` unless a caller needs less).
  public var scope: Scope

  public init(milestones: MilestoneDetector = MilestoneDetector(), scope: Scope = .full) {
    self.milestones = milestones
    self.scope = scope
  }

  /// Parses `text`; `file` is recorded in the document as given.
  public func parse(_ text: String, file: String) -> PostmortemDocument {
    parse(SourceText(text), file: file)
  }

  /// Parses an indexed source.
  public func parse(_ source: SourceText, file: String) -> PostmortemDocument {
    parseKeepingTree(source, file: file).document
  }

  /// Parses an indexed source and keeps the Markdown tree for rules that read text.
  public func parseKeepingTree(_ source: SourceText, file: String) -> ParsedPostmortem {
    var document = PostmortemDocument(file: file)
    var markdownSource = source
    var fields: [LabeledValue] = []
    var frontMatterFields: [LabeledValue] = []
    if let frontMatter = FrontMatterReader.read(source) {
      document.metadata.frontMatter = frontMatter.frontMatter
      document.metadata.sources.append(.frontMatter)
      fields += frontMatter.fields
      frontMatterFields = frontMatter.fields
      markdownSource = frontMatter.markdownSource
    }
    let wideTable = InputGuard.wideTable(in: markdownSource)
    let (tree, depthLimitAt) = MarkdownParser.parse(markdownSource, tables: wideTable == nil)
    if let wideTable {
      document.inputLimits.append(
        InputLimit(
          kind: .tableColumns, detail: "a table with \(wideTable.columns) columns",
          location: SourceLocation(line: wideTable.line, column: 1)))
    }
    if let depthLimitAt {
      document.inputLimits.append(
        InputLimit(
          kind: .nesting, detail: "nesting deeper than \(MarkdownParser.maximumDepth) levels", location: depthLimitAt))
    }
    let outline = DocumentOutline(document: tree, lastLine: source.lineCount)

    // The title is the first level-1 heading that names no section and no detail ("# Date" over
    // "2021-04-14" is a field); in a document with none, the heading it opens with when that
    // names no section either ("## OBS Pages Inaccessible on 19th of September" over `**Date**:
    // 19.09.2023`, as a blog post's layout prints the front matter's title above it).
    // The front matter's title is the one such a heading stands under.
    let frontMatterTitle = frontMatterFields.contains { MetadataKey.recognize($0.key) == .title }
    let firstHeading = outline.entries.first { $0.section.style == .heading }?.headingIndex
    let levelOneTitle = outline.entries.first {
      $0.section.level == 1 && $0.section.style == .heading && $0.section.kind == nil
        // (A field's name is short: a title longer than any is not asked about.)
        && ($0.section.title.utf8.count > 40 || MetadataKey.recognize($0.section.title).map { $0 == .title } != false)
        // Under a front matter's title, a level-1 heading after others heads a part of the
        // report ("# Incident Post-Mortem Analysis"), not the report.
        && (!frontMatterTitle || $0.headingIndex == firstHeading)
    }
    let titleEntry = levelOneTitle ?? PostmortemParser.openingTitle(in: outline)
    // A template's "# Incident Title" heading labels the title written under it ("ADFS Outage").
    let labelledTitle = titleEntry.flatMap { PostmortemParser.titleUnderLabel($0, outline) }
    if let titleEntry, levelOneTitle != nil || !frontMatterTitle {
      document.title =
        labelledTitle
        ?? TextField(text: titleEntry.section.title, location: titleContentLocation(titleEntry, outline))
    }
    let firstSectionIndex =
      outline.entries.first { $0.headingIndex != titleEntry?.headingIndex }?.headingIndex ?? outline.blocks.count
    let preambleStart =
      titleEntry.map {
        $0.headingIndex < firstSectionIndex ? $0.headingIndex + (labelledTitle == nil ? 1 : 2) : 0
      } ?? 0
    let preamble = outline.blocks[min(preambleStart, firstSectionIndex)..<firstSectionIndex]
    var labels = MetadataParser.labels(in: preamble)
    // A document whose first heading is a level-1 section ("# Incident Summary" with its
    // `**Date:**` lines under it) has no preamble: the labels that open that section are its. A
    // first section that names itself as the details ("## Incident Information") holds them too.
    let firstSection = outline.entries.first(where: { $0.headingIndex != titleEntry?.headingIndex })
    if let first = firstSection, first.section.style == .heading {
      var found: (fields: [LabeledValue], sources: [Metadata.Source])
      if PostmortemParser.detailsSectionNames.contains(SectionKind.normalize(first.section.title)) {
        found = MetadataParser.labels(in: outline.blocks[first.directBody])
      } else {
        let opening = first.directBody.prefix {
          !MetadataParser.labels(in: outline.blocks[$0...$0]).fields.isEmpty
        }
        found = MetadataParser.labels(in: outline.blocks[opening])
        // Under a title, a first section that sums up ("## Overview", "## Summary") may open
        // with the details too (`- **Start:** …`, `- **Severity:** …`); labels that name fewer
        // than two known facts are its own prose ("**Impact:** …"), and the labels of other
        // sections (an impact's figures, a timeline's table) are theirs.
        if titleEntry != nil || first.section.level != 1 {
          let sumsUp = first.section.kind == nil || first.section.kind == .summary
          if !sumsUp || !PostmortemParser.namesTwoFacts(found.fields) { found = ([], []) }
          // Its details may also stand as a key/value table after its opening sentence.
          if sumsUp, found.fields.isEmpty {
            for index in first.directBody {
              guard case .table = outline.blocks[index].kind else { continue }
              let table = MetadataParser.labels(in: outline.blocks[index...index])
              if PostmortemParser.namesTwoFacts(table.fields) {
                found = table
                break
              }
            }
          }
        }
      }
      labels.fields += found.fields
      labels.sources += found.sources.filter { !labels.sources.contains($0) }
    }
    // Sections of no known kind whose name says what their labels are, wherever they stand.
    for entry in outline.entries
    where entry.section.style == .heading && entry.section.kind == nil && !entry.directBody.isEmpty
      // The names are short: a longer title needs no normalising to tell.
      && entry.section.title.utf8.count <= 24
    {
      let name = SectionKind.normalize(entry.section.title)
      if PostmortemParser.metricsSectionNames.contains(name) {
        // A section of figures ("## Key metrics" with "- **TTD:** 7 min" or a Metric | Value
        // table) states details too: duration-mismatch measures them.
        labels.fields += MetadataParser.labels(in: outline.blocks[entry.directBody]).fields
      } else if PostmortemParser.detailsSectionNames.contains(name),
        entry.headingIndex != firstSection?.headingIndex
      {
        // The details further down ("### Key Information" after the summary and its links; an
        // export's "### Key Timestamps"): after any the top of the document states.
        labels.fields += MetadataParser.labels(in: outline.blocks[entry.directBody]).fields
      } else if PostmortemParser.signOffSectionNames.contains(name) {
        // A closing sign-off ("## Approvals" over "**Prepared by:** Ibrahim Cisse") names the
        // authors; its other labels are the review's (its date is the day it was signed).
        labels.fields += MetadataParser.labels(in: outline.blocks[entry.directBody]).fields.filter {
          MetadataKey.recognize($0.key) == .authors
        }
      }
    }
    // A report that closes with its details after a rule (`---` then `**Resolved At**: …`)
    // states them there, after any the top of the document states.
    if !outline.closingDetails.isEmpty {
      labels.fields += MetadataParser.labels(in: outline.blocks[outline.closingDetails]).fields
    }
    // How the incident was found ("## Detection") may state the time it took: that figure only,
    // read as a section's labels are (its prose passed over cheaply).
    for entry in outline.entries where entry.section.kind == .detection && !entry.directBody.isEmpty {
      labels.fields += labelFields(in: outline.blocks[entry.directBody]).filter { StatedMeasure.named($0.key) != nil }
    }
    // A timeline may close with its figures in bold labels ("**Detection delay:** 4 hours 14
    // minutes", "**Total impact duration:** 5 hours 26 minutes"): those only, from its
    // paragraphs; a length there is told beside the impact, as an impact section's is.
    // Its bullets may state them too ("- **MTTR:** 70 min", "- **Duration:** 70 min"), and a
    // list of such facts over its entries the window as well ("- **Start time (detected):** 20:43Z").
    var timelineLengths: [(field: LabeledValue, section: String)] = []
    for entry in outline.entries where entry.section.kind == .timeline {
      for index in entry.body {
        let block = outline.blocks[index]
        if entry.directBody.contains(index), PostmortemParser.opensWithBoldLabel(block) {
          for field in labelFields(in: outline.blocks[index...index]) {
            if StatedMeasure.named(field.key) != nil {
              labels.fields.append(field)
            } else if MetadataKey.recognize(field.key) == .duration {
              timelineLengths.append((field, entry.section.title))
            }
          }
        } else if case .table = block.kind, block.children.dropFirst().contains(where: PostmortemParser.namesLength) {
          // Or its rows ("| Duration | 29 minutes |" among "| Detected | 14:09 UTC |").
          for field in MetadataParser.tableFields(block) where TimelineFactLabel.namesLength(field.key) {
            if StatedMeasure.named(field.key) != nil {
              labels.fields.append(field)
            } else if MetadataKey.recognize(field.key) == .duration {
              timelineLengths.append((field, entry.section.title))
            }
          }
        } else if case .list = block.kind {
          let facts = TimelineFactLabel.isFactList(block, before: outline.blocks[(index + 1)..<entry.body.upperBound])
          for item in block.children {
            guard let paragraph = item.children.first, case .paragraph = paragraph.kind,
              let kind = TimelineFactLabel.kind(of: paragraph), kind == .length || facts
            else { continue }
            for field in labelFields(in: [paragraph][...]) {
              let key = MetadataKey.recognize(field.key)
              if StatedMeasure.named(field.key) != nil || facts && key?.namesMoment == true {
                labels.fields.append(field)
              } else if key == .duration {
                timelineLengths.append((field, entry.section.title))
              }
            }
          }
        }
      }
    }
    fields += labels.fields
    document.metadata.sources += labels.sources
    let headed = MetadataParser.headingFields(in: outline)
    if !headed.isEmpty {
      fields += headed
      document.metadata.sources.append(.headings)
    }
    document.metadata.fields = fields
    MetadataParser.apply(fields, to: &document)
    // A document with no `#` heading may open with its title: the bold line a word processor
    // exports ("**Incident Postmortem: Login latency**"), or, in a report written without
    // Markdown, a plain line of its own ("Apache Internal Error (500) Fix") above parts named by
    // lines of their own ("SUMMARY", "Timeline"), which is then no lede.
    var ledeSource = preamble
    if document.title == nil, titleEntry == nil, preamble.startIndex == 0, let first = preamble.first,
      !labels.fields.contains(where: { $0.line == first.line })
    {
      if let title = PostmortemParser.boldTitle(first) {
        document.title = title
      } else if outline.entries.count(where: { $0.section.kind != nil }) >= 2,
        let title = PostmortemParser.plainTitle(first)
      {
        document.title = title
        ledeSource = preamble.dropFirst()
      }
    }
    let preambleLede = PostmortemParser.lede(in: ledeSource, besides: labels.fields)
    let ledeParagraphs =
      preambleLede.isEmpty
      ? PostmortemParser.subtitleLede(in: outline, after: titleEntry, besides: labels.fields) : preambleLede
    let lede = ledeParagraphs.first
    // The impact section may state the level ("## Impact" / "**Severity:** Major"), as templates
    // that grade an incident by its impact do.
    if document.severity == nil, let impact = outline.outermost(.impact).first {
      let stated = labelFields(in: outline.blocks[impact.directBody]).first {
        MetadataKey.recognize($0.key) == .severity && !$0.value.isEmpty
      }
      if let stated { document.severity = IncidentSeverity(raw: stated.value, location: stated.valueLocation) }
    }
    // A title tagged with its severity ("[SEV-2] Elevated 5xx", "SEV1: Checkout outage") states it
    // for a document whose details do not.
    if document.severity == nil, let title = document.title {
      document.severity = PostmortemParser.titleSeverity(title)
    }
    // Else the summary's prose may name it, as Atlassian's template words it ("This SEV-2
    // incident affected 12% of users").
    if document.severity == nil {
      let summary = outline.outermost(.summary).first.map { outline.blocks[$0.directBody] }
      document.severity = PostmortemParser.proseSeverity(in: summary ?? ledeParagraphs[...])
    }
    // Likewise its status ("[RESOLVED] SEV1: Checkout outage", "[Draft] Login latency").
    if document.status == nil, let title = document.title {
      document.status = PostmortemParser.titleStatus(title)
    }
    // A document that states no date may carry it in its title ("Login outage — 14 March 2024")
    // or on a line of its own under the title ("November, 25th 2020"): that is its date, unless
    // its stated start names another day (which then places the times).
    if document.date == nil,
      let found = document.title.flatMap(PostmortemParser.titleDate) ?? PostmortemParser.dateline(in: preamble),
      PostmortemParser.statedDay(of: document).map({ $0 == found.date }) ?? true
    {
      document.date = found
    }
    if document.date == nil, let reported = MetadataParser.reportedDate(in: fields) {
      document.date = reported
    }
    // "12/03/2023" is read month first unless the document shows it writes days first: a date
    // that only reads day first, details labelled in a language that writes days first
    // ("**Fecha:** 12/03/2024"), or, with no date that says either, its times noted in a zone of a
    // country that does ("All times are London time", "05/03/2024 09:15 - 11:40 (BRT)").
    var writesDayFirst: Bool?
    func dayFirst() -> Bool {
      if let known = writesDayFirst { return known }
      var found = document.metadata.fields.contains { MetadataKey.isLabelOfADayFirstLanguage($0.key) }
      if !found {
        let order = DateParser.numericDateOrder(source.bytes)
        found =
          order ?? document.date.flatMap { PostmortemParser.zoneWritesDayFirst(in: $0.raw) }
          ?? PostmortemParser.notedZoneWritesDayFirst(source.bytes)
      }
      writesDayFirst = found
      return found
    }
    if let raw = document.date?.raw, let reading = DateParser.dayFirstReading(of: raw), dayFirst() {
      document.date?.date = reading
    }
    func readDueDates() {
      readDueDatesDayFirst()
      // "Mar 20" in a due column is the first 20 March on or after the incident, "end of March"
      // the first 31 March, "Q2" the first 30 June, "end of month" the incident's month's last day.
      guard document.actionItems.contains(where: { $0.due == nil && $0.dueRaw != nil }) else { return }
      let reference = PostmortemParser.referenceDate(of: document)
      for index in document.actionItems.indices where document.actionItems[index].due == nil {
        guard let raw = document.actionItems[index].dueRaw else { continue }
        let yearless = reference.flatMap { DateParser.yearlessDate(raw, onOrAfter: $0) }
        if let date = yearless ?? DateParser.endOfMonth(raw, onOrAfter: reference)
          ?? DateParser.endOfPeriod(raw, onOrAfter: reference) ?? DateParser.endOfCurrentPeriod(raw, from: reference)
          ?? DateParser.endOfSpan(raw, from: reference, spanAlone: true)
        {
          document.actionItems[index].due = date
        }
      }
    }
    func readDueDatesDayFirst() {
      guard document.actionItems.contains(where: { $0.dueRaw.flatMap(DateParser.dayFirstReading(of:)) != nil }),
        dayFirst()
      else { return }
      for index in document.actionItems.indices {
        if let raw = document.actionItems[index].dueRaw, let reading = DateParser.dayFirstReading(of: raw) {
          document.actionItems[index].due = reading
        }
      }
    }

    if document.metadata.template == nil, let profile = PostmortemParser.profileComment(in: outline.blocks) {
      document.metadata.template = profile
    }
    document.sections = outline.entries.map(\.section)
    let topLevel = outline.entries.lazy.filter { $0.headingIndex != titleEntry?.headingIndex }.map(\.section.level)
      .min()
    // Front matter may carry the prose too ("summary: One night in July …"), as a label would; so
    // may each incident of a report that tells several ("## Incident 1: …" over "**Root cause:** …"),
    // the summary's closing labels, and a report kept as a table of parts ("| **Fault** … | … |").
    let incidentLabels =
      PostmortemParser.incidentLabels(in: outline, besides: titleEntry)
      + PostmortemParser.reportTableLabels(in: outline)
    let standIns = Section.labelStandIns(
      for: frontMatterFields + labels.fields + incidentLabels, besides: document.sections, level: topLevel ?? 2)
    if !standIns.isEmpty {
      document.sections = (document.sections + standIns).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
    // A document with no timeline heading may still list its events under another one ("How did
    // we respond?" over "- 09:57 UTC on 23 October 2024 – Customer impact began."): that section
    // is its timeline.
    // The section found by its content takes the kind its heading did not name.
    func mark(_ entry: DocumentOutline.Entry, as kind: SectionKind) {
      if let index = document.sections.firstIndex(where: { $0.line == entry.section.line && $0.style == .heading }) {
        document.sections[index].kind = kind
      }
    }
    // A short timeline first and a detailed one further on (an appendix's "Detailed timeline"):
    // the one with the most lines to read is the timeline.
    // One told over several sections, a day each ("## Timeline — March 3 (UTC)", "## Timeline —
    // March 4 (UTC)"), is read whole, from the first.
    // So is one carried on under the same heading again ("# Timeline" between the parts of a
    // story told in sections of its own).
    let timelines = outline.outermost(.timeline)
    let continuations =
      timelines.count > 1
        && timelines.dropFirst().allSatisfy {
          $0.section.level == timelines[0].section.level
            && (TimelineParser.headingNamesDay($0.section.title)
              || $0.section.title.trimmingWhitespace() == timelines[0].section.title.trimmingWhitespace()
              || PostmortemParser.saysContinued($0.section.title))
        }
      ? Array(timelines.dropFirst()) : []
    var timelineEntry =
      timelines.count > 1 && continuations.isEmpty
      ? timelines.max { outline.lineCount(of: $0) < outline.lineCount(of: $1) } : timelines.first
    if timelineEntry == nil,
      let found = PostmortemParser.timedListSection(in: outline, besides: titleEntry?.headingIndex)
        ?? PostmortemParser.statusUpdateSection(in: outline, besides: titleEntry?.headingIndex)
    {
      timelineEntry = found
      mark(found, as: .timeline)
    }
    // A status page's updates pasted under the title with no heading of their own ("**Resolved** -
    // This incident has been resolved." over "Mar 3, 2025 - 15:47 UTC") are the timeline; the
    // title's section keeps its kind.
    if timelineEntry == nil, let titleEntry, !preamble.isEmpty, PostmortemParser.holdsStatusUpdates(preamble) {
      timelineEntry = DocumentOutline.Entry(
        section: titleEntry.section, headingIndex: titleEntry.headingIndex, body: preamble.indices,
        directBody: preamble.indices)
    }
    // A report told as prose ("At 10:47 PM PDT the consumers stopped… At 11:05 PM the on-call was
    // paged…") has its timeline in its story: read it from there, the section keeping its kind.
    var timelineIsStory = false
    if timelineEntry == nil {
      timelineEntry = PostmortemParser.proseTimelineSection(in: outline, besides: titleEntry?.headingIndex)
      timelineIsStory = timelineEntry != nil
    }
    // Likewise action items under a heading of another name ("Improving recovery procedures" over
    // "- Prometheus monitoring for backups (#1095)"), when their fields show them to be.
    var actionEntries = outline.outermost(.actionItems)
    if actionEntries.isEmpty,
      let found = PostmortemParser.trackedListSection(
        in: outline, besides: [titleEntry?.headingIndex, timelineEntry?.headingIndex])
    {
      actionEntries = [found]
      mark(found, as: .actionItems)
    }
    // With no timeline in the text, one listed outside any section is read: the front matter's
    // (`timeline:` as a list), else the cell of a report kept as a table.
    let listedTimeline =
      timelineEntry == nil
      ? (document.metadata.frontMatter != nil
        ? FrontMatterTimeline.read(document.metadata.fields, source: source) : nil)
        ?? PostmortemParser.reportTableTimeline(in: outline) : nil
    // Such a timeline is the document's timeline section, as a label stands in for a summary.
    if let (key, _) = listedTimeline, !document.sections.contains(where: { $0.kind == .timeline }) {
      let standIn = Section(
        title: key.key, level: topLevel ?? 2, kind: .timeline, style: .label,
        location: SourceLocation(line: key.line, column: key.column), endLine: key.line, hasContent: true)
      document.sections = (document.sections + [standIn]).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
    /// A timeline parser set up as this document needs.
    func timelineParser(documentDate: CalendarDate?, zone: TextField?) -> TimelineParser {
      var parser = TimelineParser(documentDate: documentDate, metadataZone: zone, milestones: milestones)
      parser.writesDayFirst = dayFirst
      parser.readsStory = timelineIsStory
      return parser
    }
    /// The timeline, read by `parser`, from the text or the front matter; nil without one.
    func read(with parser: inout TimelineParser) -> Timeline? {
      if let timelineEntry {
        // (With continuations the first timeline section is always the one read.)
        return parser.parse(timelineEntry, continuations: continuations, in: outline)
      }
      guard let (key, lines) = listedTimeline else { return nil }
      return parser.parse(lines: lines, title: key.key, location: SourceLocation(line: key.line, column: key.column))
    }
    if scope == .actionItems {
      readActionItems(actionEntries, outline, into: &document)
      readDueDates()
      document.incidentDay = PostmortemParser.incidentDay(in: outline, document, lede: lede)
      // A document that states its day nowhere else is dated by its timeline's first dated entry,
      // as the full reading dates it: the timeline is read for that only, and only then.
      if document.incidentDay == nil, timelineEntry != nil || listedTimeline != nil {
        var parser = timelineParser(documentDate: nil, zone: nil)
        document.incidentDay = read(with: &parser).flatMap(PostmortemParser.firstDatedDay)
      }
      if document.incidentDay == nil { document.incidentDay = PostmortemParser.fileNameDay(file) }
      return ParsedPostmortem(document: document, tree: tree, source: source)
    }
    readNarratives(outline, source: source, labels: document.metadata.fields + incidentLabels, into: &document)
    // The impact may say when it began and ended ("Start of impact: 14:05 UTC"): the stated
    // start and end, when the details state none.
    if let impact = document.impact, document.metadata.start == nil || document.metadata.end == nil {
      MetadataParser.apply(impact.fields.filter { MetadataKey.recognize($0.key)?.namesMoment == true }, to: &document)
    }
    if scope == .full { readLessons(outline, source: source, into: &document) }

    let incidentDay = PostmortemParser.incidentDay(in: outline, document, lede: lede)
    // The day a file's name starts with (`2024-03-05-checkout.md`, as Jekyll and Hugo name
    // posts) places the times of a document that states its day nowhere inside.
    let fileNameDay = incidentDay == nil ? PostmortemParser.fileNameDay(file) : nil
    var referenceDate = incidentDay ?? fileNameDay
    if let written = document.date?.date, referenceDate == written,
      let day = PostmortemParser.windowDay(in: outline, document, lede: lede)
        ?? lede.flatMap({ PostmortemParser.storyDay(in: $0.plainText()) }), day < written,
      written.daysSinceEpoch - day.daysSinceEpoch <= DateMismatchRule.reach
    {
      // A document dated the day it was written ("date: 2024-03-05" over "On March 3rd, between
      // 14:02 and 15:47 UTC, …") places its times on the day its summary names.
      referenceDate = day
    }
    if timelineEntry != nil || listedTimeline != nil {
      let metadataZone = document.metadata.timezone ?? PostmortemParser.statedZone(of: document)
      func readTimeline(zone: TextField?, source: TimeZoneDeclaration.Source, firstEntryZoneHolds: Bool = false)
        -> Timeline?
      {
        var parser = timelineParser(documentDate: referenceDate, zone: zone)
        parser.metadataZoneSource = source
        parser.firstEntryZoneHolds = firstEntryZoneHolds
        return read(with: &parser)
      }
      document.timeline = readTimeline(zone: metadataZone, source: .metadata)
      // A timeline that found no zone anywhere takes the zone a note before the first section
      // names ("All times are in Pacific Time", in a Notion callout too), else the zone of a time
      // the summary opens with; looked for only then, as few documents need it.
      if document.timeline?.timezone == nil, metadataZone == nil {
        if let note = PostmortemParser.preambleZoneNote(outline.blocks[preambleStart..<firstSectionIndex]) {
          document.timeline = readTimeline(zone: note, source: .note)
        } else if let zone = PostmortemParser.summaryZone(in: outline, document, lede: lede) {
          document.timeline = readTimeline(zone: zone, source: .summary)
        } else if document.timeline?.entries.first(where: { $0.timeOfDay != nil })?.zone != nil {
          // "14:05 PST deploy starts", then bare times: the first entry's zone holds for them.
          document.timeline = readTimeline(zone: nil, source: .metadata, firstEntryZoneHolds: true)
        }
      }
    }
    let zone =
      document.timeline?.timezone
      ?? document.metadata.timezone.flatMap { field in
        TimeZoneTable.find(in: field.text).map {
          TimeZoneDeclaration(
            raw: field.text, identifier: $0.identifier, abbreviation: $0.text, isAmbiguous: $0.isAmbiguous,
            isLocalTime: false, source: .metadata, location: field.location)
        }
      }
    if var start = document.metadata.start {
      MetadataParser.resolve(&start, documentDate: referenceDate, zone: zone)
      document.metadata.start = start
    }
    if var end = document.metadata.end {
      MetadataParser.resolve(&end, documentDate: referenceDate, zone: zone)
      document.metadata.end = end
    }
    readActionItems(actionEntries, outline, into: &document)
    readDueDates()

    // A details table that opens the summary is the metadata's too: its duration is stated once.
    let metadataDuration = document.metadata.duration.map { SourceLocation(line: $0.line, column: $0.column) }
    // So is a length in a timeline inside the summary's section, read with the summary's labels.
    if let summaryFields = document.summary?.fields {
      timelineLengths.removeAll { length in summaryFields.contains { $0.valueLocation == length.field.valueLocation } }
    }
    document.statedDurations =
      (document.metadata.duration.map { [$0] } ?? [])
      + [document.summary, document.impact, document.rootCause, document.resolution].compactMap { $0 }
      .flatMap { section in
        section.fields.filter {
          MetadataKey.recognize($0.key) == .duration && $0.valueLocation != metadataDuration && !$0.value.isEmpty
        }.map {
          MetadataParser.statedDuration($0, source: .section, sectionTitle: section.title)
        }
      }
      + timelineLengths.map { MetadataParser.statedDuration($0.field, source: .section, sectionTitle: $0.section) }
      + [SectionKind.summary, .impact].flatMap { kind in
        if let section = document.sections.first(where: { $0.style == .label && $0.kind == kind }),
          let label = section.label(in: document.metadata.fields)
        {
          return ProseDurationReader.durations(
            inLabelValue: label.value, startingAt: SourceLocation(line: label.line, column: label.valueColumn),
            sectionTitle: section.title, isSummary: kind == .summary)
        }
        return outline.outermost(kind).prefix(1).flatMap {
          ProseDurationReader.durations(
            in: outline.blocks[$0.body], sectionTitle: $0.section.title, isSummary: kind == .summary)
        }
      }
    // A summary given as a label beside a summary heading ("**TL;DR:** From 08:12 to 08:57 CET,
    // …" over "## What happened") states the window as the lede would.
    if !document.sections.contains(where: { $0.style == .label && $0.kind == .summary }),
      let label = document.metadata.fields.first(where: { SectionKind.recognizeExactly($0.key) == .summary })
    {
      document.statedDurations += ProseDurationReader.durations(
        inLabelValue: label.value, startingAt: SourceLocation(line: label.line, column: label.valueColumn),
        sectionTitle: label.key, isSummary: true)
    }
    // The lede states the window as a summary would.
    if !ledeParagraphs.isEmpty {
      document.statedDurations += ProseDurationReader.durations(
        in: ledeParagraphs[...], sectionTitle: document.title?.text ?? "", isSummary: true)
    }
    // A length label's value that reads as prose too ("Duration: The outage lasted from 10:02 to
    // 12:00 UTC.") states one figure, once: the label's.
    let labelled = document.statedDurations.filter { $0.source != .prose }
    if !labelled.isEmpty {
      document.statedDurations.removeAll { prose in
        prose.source == .prose
          && labelled.contains { $0.line == prose.line && $0.minutes == prose.minutes && $0.raw.contains(prose.raw) }
      }
    }
    document.incidentDay = incidentDay ?? document.timeline.flatMap(PostmortemParser.firstDatedDay) ?? fileNameDay
    return ParsedPostmortem(document: document, tree: tree, source: source)
  }

  /// The day the name of `file` starts with, `YYYY-MM-DD` before a separator or the extension
  /// (`postmortems/2024-03-05-checkout.md`, `2024-03-05_db.md`), or nil.
  static func fileNameDay(_ file: String) -> CalendarDate? {
    var bytes = Array(file.utf8)
    if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { bytes.removeSubrange(...slash) }
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes.count == 10 || !ASCIIText.isDigit(bytes[10]) && !ASCIIText.isLetter(bytes[10])
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard ASCIIText.isDigit(bytes[index]) else { return nil }
        value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), (1970...2199).contains(year), let month = number(5..<7), let day = number(8..<10)
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// The date of the first entry of `timeline` that has a date and a time, else of the first
  /// that has a date.
  static func firstDatedDay(_ timeline: Timeline) -> CalendarDate? {
    // A day alone ("2024-06-10 | Replacement scheduled") is often what led up to the incident:
    // the first time on a day says when it happened.
    timeline.entries.first { $0.date != nil && $0.timeOfDay != nil }?.date
      ?? timeline.entries.lazy.compactMap(\.date).first
  }

  /// The first section, named as none of the known kinds, whose own text is a list of at least
  /// three items of which at least two in three start with a time of day (or one written wrongly,
  /// `??:??`, `14.43`, which timeline-time then reports).
  static func timedListSection(in outline: DocumentOutline, besides title: Int?) -> DocumentOutline.Entry? {
    let opensWithTime = { (text: String) -> Bool? in
      guard let expression = TimeParser.scan(text, allowingRange: true) else { return false }
      return expression.time != nil || expression.isUnrecognized
    }
    return kindlessSection(in: outline, besides: [title], minimumItems: 3, counts: opensWithTime)
      // Or the lines of a paragraph: a report pasted as plain text ("The Investigation:" over
      // "3:15 PM UTC: …" lines).
      ?? kindlessSection(
        in: outline, besides: [title], minimumItems: 3, readsParagraphLines: true, counts: opensWithTime)
  }

  /// The first section that tells the story (named as none of the known kinds, or a summary:
  /// "What happened") whose paragraphs hold at least three sentences opening with "At", "By",
  /// "Around" or "About" and a time; failing one, the first whose paragraphs tell at least three
  /// moments with those words, inside sentences too ("…was paged at 3:22 AM and restarted the
  /// fleet at 3:58 AM. All services recovered by 4:20 AM.").
  static func proseTimelineSection(in outline: DocumentOutline, besides title: Int?) -> DocumentOutline.Entry? {
    let stories = outline.entries.filter { entry in
      (entry.section.kind == nil || entry.section.kind == .summary) && entry.section.style == .heading
        && entry.headingIndex != title
    }
    func tells(_ entry: DocumentOutline.Entry, _ count: (MarkdownNode, Int) -> Int) -> Bool {
      var timed = 0
      for block in outline.blocks[entry.directBody] {
        guard case .paragraph = block.kind else { continue }
        timed += count(block, 3 - timed)
        if timed >= 3 { return true }
      }
      return false
    }
    return stories.first { tells($0, TimelineParser.storySentenceCount) }
      ?? stories.first { tells($0, TimelineParser.storyMomentCount) }
  }

  /// The first section, named as none of the known kinds, whose own text holds at least three
  /// status-page updates ("Status page updates"): paragraphs of two lines or more, the first not
  /// starting with a time and the last a time alone ("**Resolved** - …" / "Mar 12, 10:45 UTC").
  static func statusUpdateSection(in outline: DocumentOutline, besides title: Int?) -> DocumentOutline.Entry? {
    outline.entries.first { entry in
      guard entry.section.kind == nil, entry.section.style == .heading, entry.headingIndex != title else {
        return false
      }
      return holdsStatusUpdates(outline.blocks[entry.directBody])
    }
  }

  /// Whether `blocks` hold at least three status updates: paragraphs whose last line is only a
  /// time (and its zone) and whose first line is not.
  static func holdsStatusUpdates(_ blocks: ArraySlice<MarkdownNode>) -> Bool {
    var updates = 0
    for block in blocks {
      guard case .paragraph = block.kind else { continue }
      let lines = block.inlineLines()
      guard lines.count >= 2, let first = lines.first, let last = lines.last,
        TimeParser.scan(first.plainText.trimmingWhitespace())?.isTimed != true,
        let time = TimeParser.scan(last.plainText.trimmingWhitespace()), time.isTimed
      else { continue }
      let rest = String(time.rest).trimmingWhitespace()
      if rest.isEmpty || TimeZoneTable.find(in: rest)?.text == rest { updates += 1 }
      if updates == 3 { return true }
    }
    return false
  }

  /// The first section, named as none of the known kinds, whose own text is a list of at least
  /// two items of which at least two in three carry an owner, a due date or a ticket (a link
  /// alone is no ticket here: a list of links is references), and none starts with a time.
  static func trackedListSection(in outline: DocumentOutline, besides excluded: [Int?]) -> DocumentOutline.Entry? {
    kindlessSection(in: outline, besides: excluded, minimumItems: 2) { text in
      if TimeParser.scan(text)?.isTimed == true { return nil }
      let fields = ActionItemFields(text: text)
      let ticket = fields.ticket.map { !$0.hasPrefix("http") } ?? false
      return fields.owner != nil || fields.dueRaw != nil || ticket
    }
  }

  /// The first heading section, named as none of the known kinds and not `excluded`, whose own
  /// text holds a list of at least `minimumItems` items of which at least two in three `counts`
  /// (given each item's first paragraph); `counts` returns nil for an item that rules the list out.
  /// With `readsParagraphLines`, a paragraph's lines are counted instead of a list's items.
  private static func kindlessSection(
    in outline: DocumentOutline, besides excluded: [Int?], minimumItems: Int, readsParagraphLines: Bool = false,
    counts: (String) -> Bool?
  ) -> DocumentOutline.Entry? {
    outline.entries.first { entry in
      guard entry.section.kind == nil, entry.section.style == .heading, !excluded.contains(entry.headingIndex) else {
        return false
      }
      return outline.blocks[entry.directBody].contains { block in
        if readsParagraphLines {
          guard case .paragraph = block.kind else { return false }
          let lines = block.plainText(lineSeparator: "\n").split(separator: "\n")
          return lines.count >= minimumItems
            && lines.reduce(0) { $0 + (counts(String($1)) == true ? 1 : 0) } * 3 >= lines.count * 2
        }
        guard case .list = block.kind, block.children.count >= minimumItems else { return false }
        var counted = 0
        for item in block.children {
          guard let first = item.children.first, case .paragraph = first.kind else { continue }
          guard let counts = counts(first.plainText()) else { return false }
          if counts { counted += 1 }
        }
        return counted * 3 >= block.children.count * 2
      }
    }
  }

  /// Detail keys (normalised) that name the people who had a role in the incident.
  static let roleKeys: Set<String> = [
    "incident commander", "commander", "ic", "incident lead", "lead", "incident manager", "scribe", "responders",
    "participants", "on call", "oncall", "on call engineer", "facilitator", "reviewers", "reviewer", "approver",
    "approvers", "communications lead", "comms lead", "technical lead", "tech lead",
    // Who runs the incident, as Notion's and GitLab's incident pages name them.
    "incident owner", "incident owners", "dri", "incident dri",
  ]

  /// Whether `key` names a role (see `roleKeys`). Most keys that come here name none: their
  /// length and first letter tell before the key is normalised.
  static func namesRole(_ key: String) -> Bool {
    guard (2...24).contains(key.utf8.count), let first = key.utf8.first, case let letter = first | 0x20,
      letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z"), roleInitials & (1 << (letter - UInt8(ascii: "a"))) != 0
    else { return false }
    return roleKeys.contains(MetadataKey.normalize(key))
  }

  /// The first letters of the role keys, one bit each from "a": a set would hash every key's.
  private static let roleInitials: UInt32 = roleKeys.reduce(0) { mask, key in
    mask | (1 << UInt32(key.utf8.first! - UInt8(ascii: "a")))
  }

  /// Headings of a section that holds the incident's figures: time to detect, mitigate, resolve.
  static let metricsSectionNames: Set<String> = [
    "metrics", "key metrics", "incident metrics", "response metrics", "timing", "timings", "key figures",
    "by the numbers", "numbers", "stats", "statistics", "incident stats", "incident statistics",
  ]

  /// Headings of a closing section where the document is signed off.
  static let signOffSectionNames: Set<String> = [
    "approvals", "approval", "sign off", "signoff", "sign offs", "document control", "document history",
    "document information", "review and approval", "postmortem review", "document metadata", "authorship",
  ]

  /// Whether labels name two of the incident's facts or more.
  static func namesTwoFacts(_ fields: [LabeledValue]) -> Bool {
    fields.lazy.filter { namesAFact($0.key) }.prefix(2).count == 2
  }

  /// Whether a label names one of the incident's facts (its date, severity, start, …), not the
  /// document's title or template. "Detection Time" names one whatever its value.
  static func namesAFact(_ label: String) -> Bool {
    switch MetadataKey.recognize(label) {
    case nil: MetadataKey.momentStandIn(label) != nil
    case .title, .template: false
    default: true
    }
  }

  /// The heading a document with no level-1 heading opens with, when it is a title: the first
  /// block, at the document's top level (no deeper than `##`), naming no section and no group of
  /// details.
  static func openingTitle(in outline: DocumentOutline) -> DocumentOutline.Entry? {
    guard let first = outline.entries.first, first.headingIndex == 0, first.section.style == .heading,
      first.section.kind == nil, first.section.level <= 2,
      !outline.entries.contains(where: { $0.section.style == .heading && $0.section.level < first.section.level })
    else { return nil }
    let name = SectionKind.normalize(first.section.title)
    guard MetadataKey.recognize(first.section.title) == nil, !detailsSectionNames.contains(name),
      !metricsSectionNames.contains(name), !signOffSectionNames.contains(name)
    else { return nil }
    return first
  }

  /// Whether a heading says it carries on the section before it: "Timeline (continued)",
  /// "Timeline, cont.", "Timeline — part 2".
  static func saysContinued(_ title: String) -> Bool {
    let words = SectionKind.normalize(title).split(separator: " ")
    guard let last = words.last else { return false }
    return last == "continued" || last == "cont"
      || words.count >= 2 && words[words.count - 2] == "part"
        && last.allSatisfy(\.isNumber) && last != "1"
  }

  /// Headings of a first section that holds the incident's details rather than prose.
  static let detailsSectionNames: Set<String> = [
    "incident information", "incident info", "incident details", "details", "metadata", "incident metadata",
    "key information", "incident overview table", "at a glance", "incident at a glance", "fact sheet",
    "key timestamps", "timestamps", "key times", "key dates",
  ]

  /// The day a document's undated times fall on: its date (as stated, or as its title or a
  /// dateline gives it); else the day its stated start or end names ("**Start:** 2024-05-07
  /// 09:12 PDT"); else, when the stated date is no date (`2023-MM-DD`), a date in its title.
  static func referenceDate(of document: PostmortemDocument) -> CalendarDate? {
    document.date?.date ?? statedDay(of: document) ?? document.title.flatMap { DateParser.firstDate(in: $0.text) }
  }

  /// The status a tag in brackets opening `title` gives ("[RESOLVED]", "[Draft]", "[WIP]"), where
  /// it is written; nil when no opening tag is a status.
  static func titleStatus(_ title: TextField) -> TextField? {
    let bytes = Array(title.text.utf8)
    for tag in openingTags(bytes).tags {
      let text = String(decoding: bytes[tag], as: UTF8.self).trimmingWhitespace()
      guard titleStatusTags.contains(text.lowercased()) else { continue }
      let column =
        title.location.column + String(decoding: bytes[..<tag.lowerBound], as: UTF8.self).unicodeScalars.count
      return TextField(text: text, location: SourceLocation(line: title.location.line, column: column))
    }
    return nil
  }

  /// The tags in brackets a title opens with ("[Postmortem] [RESOLVED] SEV1: …"), each the bytes
  /// between its brackets, and where the title goes on after them and the spaces that follow.
  private static func openingTags(_ bytes: [UInt8]) -> (tags: [Range<Int>], end: Int) {
    var tags: [Range<Int>] = []
    var start = 0
    while start < bytes.count, bytes[start] == UInt8(ascii: "["),
      let close = bytes[start...].prefix(24).firstIndex(of: UInt8(ascii: "]")),
      close + 1 == bytes.count || bytes[close + 1] == UInt8(ascii: " ")
    {
      tags.append((start + 1)..<close)
      start = close + 1
      while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
    }
    return (tags, start)
  }

  /// The tags a title opens with that say where the report or the incident stands.
  private static let titleStatusTags: Set<String> = [
    "resolved", "closed", "mitigated", "monitoring", "investigating", "identified", "ongoing", "open", "draft", "wip",
    "final", "complete", "completed", "in review", "under review", "published", "superseded",
  ]

  /// A severity a title gives in brackets ("[SEV-2] …", "… (Sev 1)", "[P1] …") or opens with
  /// ("SEV-1: …"), located there.
  /// The end of a level written as one token at the start of `text` ("Sev-1", "SEV2", "sev 3")
  /// when a space follows it, else nil.
  private static func levelTokenEnd(_ text: ArraySlice<UInt8>) -> Int? {
    guard let digits = levelDigits(text), digits.upperBound < text.endIndex,
      text[digits.upperBound] == UInt8(ascii: " ")
    else { return nil }
    return digits.upperBound
  }

  /// The digits of the level `text` writes after its opening "sev" ("SEV-2", "Sev 1", "SEV3").
  private static func levelDigits(_ text: ArraySlice<UInt8>) -> Range<Int>? {
    var index = text.startIndex + 3
    if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: " ") { index += 1 }
    let digits = text[min(index, text.endIndex)...].prefix(while: ASCIIText.isDigit)
    return (1...2).contains(digits.count) ? digits.startIndex..<digits.endIndex : nil
  }

  /// The level the paragraphs of `blocks` name as "SEV-2", "Sev 1" or "SEV3", when every level
  /// they name is the same one ("declared SEV2, later SEV3" names none).
  static func proseSeverity(in blocks: ArraySlice<MarkdownNode>) -> IncidentSeverity? {
    var found: IncidentSeverity?
    for block in blocks {
      // Most summaries name no level: one look at the whole paragraph before reading it by line.
      guard case .paragraph = block.kind, ASCIIText.contains(ASCIIText.lowercasedBytes(block.plainText()), sevWord)
      else { continue }
      for line in block.inlineLines() {
        let bytes = Array(line.plainText.utf8)
        var index = 0
        while index + 3 < bytes.count {
          defer { index += 1 }
          guard ASCIIText.lower(bytes[index]) == UInt8(ascii: "s"),
            ASCIIText.lower(bytes[index + 1]) == UInt8(ascii: "e"),
            ASCIIText.lower(bytes[index + 2]) == UInt8(ascii: "v"),
            index == 0 || !ASCIIText.isAlphanumeric(bytes[index - 1])
          else { continue }
          guard let digits = levelDigits(bytes[index...]),
            digits.upperBound == bytes.count || !ASCIIText.isAlphanumeric(bytes[digits.upperBound])
          else { continue }
          let column =
            (line.nodes.first?.range?.start.column ?? line.column)
            + String(decoding: bytes[..<index], as: UTF8.self).unicodeScalars.count
          let severity = IncidentSeverity(
            raw: String(decoding: bytes[index..<digits.upperBound], as: UTF8.self),
            location: SourceLocation(line: line.line, column: column))
          guard severity.level != nil else { continue }
          if let found, found.level != severity.level { return nil }
          if found == nil { found = severity }
        }
      }
    }
    return found
  }

  private static let sevWord = Array("sev".utf8)

  static func titleSeverity(_ title: TextField) -> IncidentSeverity? {
    let bytes = Array(title.text.utf8)
    // A title that opens with its level before a colon or a dash: "SEV-1: EU region unavailable",
    // "Sev 2 - Checkout errors", also after a tag in brackets ("[RESOLVED] SEV1: Checkout outage").
    let start = openingTags(bytes).end
    let opening = bytes[start...]
    if opening.count > 4, opening.prefix(3).map(ASCIIText.lower) == Array("sev".utf8) {
      var end = opening.prefix(8).firstIndex(of: UInt8(ascii: ":"))
      if end == nil, let dash = opening.prefix(9).firstIndex(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }),
        dash > start + 4, bytes[dash - 1] == UInt8(ascii: " ")
      {
        end = dash - 1
      }
      // Or before the title's words, its level as one token: "Sev-1 Production Outage Report".
      if end == nil { end = levelTokenEnd(opening) }
      if let end {
        let column = title.location.column + String(decoding: bytes[..<start], as: UTF8.self).unicodeScalars.count
        let severity = IncidentSeverity(
          raw: String(decoding: bytes[start..<end], as: UTF8.self),
          location: SourceLocation(line: title.location.line, column: column))
        if severity.level != nil { return severity }
      }
    }
    var index = 0
    while let open = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") }) {
      let closing = bytes[open] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
      guard let close = bytes[(open + 1)...].prefix(9).firstIndex(of: closing) else {
        index = open + 1
        continue
      }
      let inner = bytes[(open + 1)..<close]
      let lowered = inner.map(ASCIIText.lower)
      // Only the forms no other tag takes: "sev…", or P and a digit.
      if lowered.starts(with: Array("sev".utf8))
        || (lowered.count == 2 && lowered[0] == UInt8(ascii: "p") && ASCIIText.isDigit(lowered[1]))
      {
        let raw = String(decoding: inner, as: UTF8.self)
        let column = title.location.column + String(decoding: bytes[...open], as: UTF8.self).unicodeScalars.count
        let severity = IncidentSeverity(raw: raw, location: SourceLocation(line: title.location.line, column: column))
        if severity.level != nil { return severity }
      }
      index = close + 1
    }
    return nil
  }

  /// The date a title names ("Checkout failures on 2024-05-07", "Login outage — 14 March 2024"),
  /// located where it is written in the title.
  static func titleDate(_ title: TextField) -> DateField? {
    guard let (_, range) = DateParser.firstDateWithRange(in: title.text) else { return nil }
    let column = title.location.column + title.text.unicodeScalars[..<range.lowerBound].count
    return DateField(
      raw: String(title.text[range]), location: SourceLocation(line: title.location.line, column: column))
  }

  /// A date alone on its line before the first section ("November, 25th 2020" under the title,
  /// as AWS's event summaries open).
  static func dateline(in preamble: ArraySlice<MarkdownNode>) -> DateField? {
    for block in preamble {
      guard case .paragraph = block.kind else { continue }
      let text = block.plainText().trimmingWhitespace()
      // Dates are short; a longer paragraph is prose. Dates listed ("2017-05-30, 2017-06-03",
      // the incident's day and a later one's) give the first.
      guard text.utf8.count <= 40,
        DateParser.whole(Substring(text)) != nil || listsDates(text),
        let (_, range) = DateParser.firstDateWithRange(in: text)
      else { continue }
      return DateField(
        raw: String(text[range]), location: block.range?.start ?? SourceLocation(line: block.line, column: 1))
    }
    return nil
  }

  /// Whether a table row's first cell names a length ("| Duration | 29 minutes |"); asked of the
  /// rows of every timeline table, most of which open with a time, passed over at their first byte.
  private static func namesLength(_ row: MarkdownNode) -> Bool {
    var lead = row.children.first?.children.first
    if case .strong? = lead?.kind { lead = lead?.children.first }
    guard case .text(let text)? = lead?.kind, let first = text.utf8.first,
      ASCIIText.isLetter(first), text.utf8.count <= 40
    else { return false }
    return TimelineFactLabel.namesLength(text.trimmingWhitespace())
  }

  /// Whether `text` is dates parted by commas and nothing else ("2017-05-30, 2017-06-03").
  private static func listsDates(_ text: String) -> Bool {
    let parts = text.split(separator: ",")
    return parts.count > 1 && parts.allSatisfy { DateParser.whole($0.trimmingWhitespace()[...]) != nil }
  }

  /// A date the summary opens with ("On March 5, 2024, between 14:05 and 15:10 UTC, …"), for a
  /// document that gives its date nowhere else.
  static func summaryDate(in outline: DocumentOutline, _ document: PostmortemDocument, lede: MarkdownNode?)
    -> CalendarDate?
  {
    // A lede's date places the times only when written with a window: "On March 3rd, 2024,
    // between 14:02 and …", not "We wrote this on November 25, 2020."
    summaryOpening(in: outline, document).flatMap { DateParser.firstDate(in: $0.text) }
      ?? windowDay(in: outline, document, lede: lede) ?? lede.flatMap { happenedOn(in: $0.plainText()) }
  }

  /// The day a lede's story happens on: the date its first sentence opens with when that sentence
  /// tells of the outage ("On June 4, 2024, Bloggulus was down for just under 7 hours."), not of
  /// its lead-up ("On March 1 at 09:00 a change was deployed."); or the day it says the incident
  /// happened on.
  static func storyDay(in text: String) -> CalendarDate? {
    let trimmed = text.trimmingWhitespace()
    if trimmed.utf8.count > 3, trimmed.prefix(3).lowercased() == "on " {
      let rest = String(trimmed.dropFirst(3))
      let bytes = firstSentence(of: rest).map(ASCIIText.lower)
      if let (date, range) = DateParser.firstDateWithRange(in: rest), range.lowerBound == rest.startIndex,
        outageWords.contains(where: { ASCIIText.contains(bytes, $0) })
      {
        return date
      }
    }
    return happenedOn(in: trimmed)
  }

  private static let outageWords = [
    " was down", " went down", " were down", "outage", "unavailable", "offline", "unreachable", "disruption",
  ].map { Array($0.utf8) }

  /// The bytes of the first sentence of `text`, within its first 300 bytes.
  private static func firstSentence(of text: String) -> [UInt8] {
    // (An Array of the whole view is one copy; of its prefix, a byte at a time.)
    var bytes = Array(text.utf8)
    if bytes.count > 300 { bytes.removeSubrange(300...) }
    if let stop = ProseDurationReader.firstSentenceEnd(in: bytes) { bytes.removeSubrange(stop...) }
    return bytes
  }

  /// The day a lede says the incident happened on, the verb before the date ("…the outage that
  /// occurred on June 5, 2024", "the incident happened on 2024-03-02"), in its first sentence.
  static func happenedOn(in text: String) -> CalendarDate? {
    let sentence = String(decoding: firstSentence(of: text), as: UTF8.self)
    guard let (date, range) = DateParser.firstDateWithRange(in: sentence) else { return nil }
    let before = ASCIIText.lowercasedBytes(String(sentence[..<range.lowerBound]))
    guard before.count >= 3, before.suffix(3).elementsEqual(" on".utf8) || before.suffix(4).elementsEqual(" on ".utf8)
    else { return nil }
    return happenedVerbs.contains { ASCIIText.contains(before, $0) } ? date : nil
  }

  private static let happenedVerbs = [
    "occurred", "occured", "happened", "took place", "began", "started", "experienced",
  ].map { Array($0.utf8) }

  /// The day the first sentence of the summary (else the lede) places its times on ("On March
  /// 3rd, 2024, between 14:02 and 15:47 UTC, …"), a date written with a window's two times.
  static func windowDay(in outline: DocumentOutline, _ document: PostmortemDocument, lede: MarkdownNode?)
    -> CalendarDate?
  {
    for opening in openings(in: outline, document, lede: lede) {
      let bytes = firstSentence(of: opening.text)
      // A window's two times, looked for first as most first sentences write none: "On March 1 at
      // 09:00 we deployed a change that lay dormant" names a moment of the lead-up, not the day.
      guard clockCount(bytes, upTo: 2) >= 2 else { continue }
      let sentence = String(decoding: bytes, as: UTF8.self)
      guard let date = DateParser.firstDate(in: sentence) else { continue }
      return date
    }
    return nil
  }

  /// Whether the first zone a short line that speaks of time names ("All times are London time",
  /// "| Time (CET) |") is one of a country that writes dates day first; false when no line names
  /// one, or it is UTC, an offset or ambiguous. Asked only of documents with a date that reads
  /// both ways.
  static func notedZoneWritesDayFirst(_ bytes: [UInt8]) -> Bool {
    for line in bytes.split(separator: 10, omittingEmptySubsequences: true) where line.count <= 160 {
      let lowered = line.map(ASCIIText.lower)
      guard
        ASCIIText.contains(lowered, TimelineParser.timeWord) || ASCIIText.contains(lowered, TimelineParser.zoneWord),
        let written = zoneWritesDayFirst(in: String(decoding: line, as: UTF8.self))
      else { continue }
      return written
    }
    return false
  }

  /// Whether the zone `text` names is one of a country that writes dates day first: nil when it
  /// names none; false for UTC, an offset or an ambiguous abbreviation.
  static func zoneWritesDayFirst(in text: String) -> Bool? {
    guard let zone = TimeZoneTable.find(in: text) else { return nil }
    guard let identifier = zone.identifier, identifier != "UTC", !zone.isAmbiguous, identifier.contains("/") else {
      return false
    }
    return !DateParser.monthFirstZones.contains(identifier)
  }

  /// The day the incident happened as far as the document says (see `ParsedPostmortem.incidentDay`).
  static func incidentDay(in outline: DocumentOutline, _ document: PostmortemDocument, lede: MarkdownNode?)
    -> CalendarDate?
  {
    referenceDate(of: document) ?? summaryDate(in: outline, document, lede: lede)
      ?? document.title.flatMap { reportDay(in: outline, title: $0) }
      ?? publishedDay(in: outline, document, lede: lede)
  }

  /// The day a blog post's title or summary names without a year ("API outage on March 3rd"), in
  /// the year its byline dates it ("Posted by the Platform team · March 5, 2024"): the last such
  /// day on or before the post.
  static func publishedDay(in outline: DocumentOutline, _ document: PostmortemDocument, lede: MarkdownNode?)
    -> CalendarDate?
  {
    var published: CalendarDate?
    for block in outline.blocks.prefix(6) {
      guard case .paragraph = block.kind else { continue }
      let text = block.plainText().trimmingWhitespace()
      if text.utf8.count <= 160, BylineReader.startsWithLead(text[...]), let date = DateParser.firstDate(in: text) {
        published = date
        break
      }
    }
    guard let published else { return nil }
    let texts = [document.title?.text] + openings(in: outline, document, lede: lede).map(\.text)
    guard let monthDay = texts.lazy.compactMap({ $0.flatMap(DateParser.firstYearlessDate(in:)) }).first else {
      return nil
    }
    return DateParser.latest(monthDay, onOrBefore: published)
  }

  /// The day a monthly report's incident happened: the title names the month and year ("March
  /// 2024 availability report") and the first heading or paragraph that names a day of that
  /// month without a year ("March 3 20:53 UTC (lasting 56 minutes)") gives the day.
  static func reportDay(in outline: DocumentOutline, title: TextField) -> CalendarDate? {
    guard let (year, month) = DateParser.monthOfYear(in: title.text) else { return nil }
    for block in outline.blocks.prefix(12) {
      switch block.kind {
      case .heading, .paragraph: break
      default: continue
      }
      let text = block.plainText()
      guard text != title.text, let day = DateParser.firstYearlessDay(in: text, month: month) else { continue }
      return CalendarDate(year: year, month: month, day: day)
    }
    return nil
  }

  /// What the summary opens with, then the lede: where a report states its day, window and zone.
  private static func openings(in outline: DocumentOutline, _ document: PostmortemDocument, lede: MarkdownNode?)
    -> [TextField]
  {
    let ledeText = lede.map {
      TextField(text: $0.plainText(), location: $0.range?.start ?? SourceLocation(line: $0.line, column: 1))
    }
    return [summaryOpening(in: outline, document), ledeText].compactMap { $0 }
  }

  /// The zone of a time the summary opens with ("Between 14:05 and 14:47 GMT on …"), for a
  /// timeline that names none in a document that names none elsewhere.
  static func summaryZone(in outline: DocumentOutline, _ document: PostmortemDocument, lede: MarkdownNode?)
    -> TextField?
  {
    for opening in openings(in: outline, document, lede: lede) {
      if let zone = TimeParser.firstTime(in: opening.text, where: { $0.zone != nil })?.zone {
        return TextField(text: zone.text, location: opening.location)
      }
    }
    return nil
  }

  /// A note before the first section that says which zone the times are in ("All times are in
  /// Pacific Time."), in a paragraph or an HTML block such as Notion's `<aside>` callout.
  static func preambleZoneNote(_ blocks: ArraySlice<MarkdownNode>) -> TextField? {
    for block in blocks {
      let text: String
      var start = block.range?.start ?? SourceLocation(line: block.line, column: 1)
      switch block.kind {
      case .paragraph:
        text = block.plainText()
      case .htmlBlock(let html):
        // The block's text as a table cell's is read, and the line of the block its first word is on.
        let bytes = Array(html.utf8)
        let found = HTMLTable.text(of: bytes)
        text = found.text
        let firstLine = bytes[..<found.offset].count { $0 == 10 }
        start = SourceLocation(line: start.line + firstLine, column: firstLine == 0 ? start.column : 1)
      default:
        continue
      }
      guard text.utf8.count <= 160 else { continue }
      let lower = ASCIIText.lowercasedBytes(text)
      guard ASCIIText.contains(lower, timesWord), TimeZoneTable.find(in: text) != nil else { continue }
      return TextField(text: text.trimmingWhitespace(), location: start)
    }
    return nil
  }

  private static let timesWord = Array("times".utf8)

  /// The first paragraph of the summary section.
  private static func summaryOpening(in outline: DocumentOutline, _ document: PostmortemDocument) -> TextField? {
    if let summary = outline.entries.first(where: { $0.section.kind == .summary }) {
      guard
        let paragraph = outline.blocks[summary.directBody].first(where: {
          if case .paragraph = $0.kind { true } else { false }
        })
      else { return nil }
      return TextField(
        text: paragraph.plainText(),
        location: paragraph.range?.start ?? SourceLocation(line: paragraph.line, column: 1))
    }
    // A summary given as a label ("> **Summary:** From 2024-11-02 17:05 to 17:48 UTC …").
    guard let section = document.sections.first(where: { $0.style == .label && $0.kind == .summary }),
      let label = section.label(in: document.metadata.fields)
    else { return nil }
    return TextField(text: label.value, location: SourceLocation(line: label.line, column: label.valueColumn))
  }

  /// The paragraphs a report opens with before its first section, summing the incident up as a
  /// summary section would ("On March 3rd, 2024, between 14:02 and 15:47 UTC, our API returned
  /// errors."): those there that are none of the details' lines and read as sentences of six
  /// words or more. A line set in bold or italics alone is a subtitle or a byline, not one.
  static func lede(in preamble: ArraySlice<MarkdownNode>, besides fields: [LabeledValue]) -> [MarkdownNode] {
    preamble.filter { block in
      guard case .paragraph = block.kind, let range = block.range else { return false }
      if fields.contains(where: { $0.line >= range.start.line && $0.line <= range.end.line }) { return false }
      if block.children.count == 1, let only = block.children.first, only.kind == .strong || only.kind == .emphasis {
        return false
      }
      return PostmortemParser.hasSixWords(block)
    }
  }

  /// The lede of a report whose title stands over a subtitle heading that holds its parts ("# 0x19.
  /// Postmortem" / "## This site's outage incident report" over "### Issue Summary", …): the
  /// paragraphs that heading opens with, before the first part, as a preamble's would be.
  static func subtitleLede(
    in outline: DocumentOutline, after title: DocumentOutline.Entry?, besides fields: [LabeledValue]
  ) -> [MarkdownNode] {
    guard let title, let next = outline.entries.first(where: { $0.headingIndex > title.headingIndex }),
      next.headingIndex == title.headingIndex + 1, next.section.style == .heading, next.section.kind == nil,
      next.section.level > title.section.level, next.body.upperBound > next.directBody.upperBound
    else { return [] }
    return lede(in: outline.blocks[next.directBody], besides: fields)
  }

  /// Whether the text under `node` has five spaces or line breaks at least, counted in its text
  /// leaves in place and no further than the fifth: a preamble's paragraphs may be long.
  private static func hasSixWords(_ node: MarkdownNode) -> Bool {
    var gaps = 0
    func walk(_ node: MarkdownNode) -> Bool {
      for child in node.children {
        switch child.kind {
        case .text(let text):
          for byte in text.utf8 where byte == UInt8(ascii: " ") {
            gaps += 1
            if gaps >= 5 { return true }
          }
        case .softBreak, .lineBreak:
          gaps += 1
          if gaps >= 5 { return true }
        default:
          if walk(child) { return true }
        }
      }
      return false
    }
    return walk(node)
  }

  /// The day the stated start (else end, else the stated window's start) names, when it is written with one.
  static func statedDay(of document: PostmortemDocument) -> CalendarDate? {
    for raw in [document.metadata.start?.raw, document.metadata.end?.raw, document.metadata.duration?.start] {
      if let raw, let date = TimeParser.scan(raw)?.date { return date }
    }
    // A window a section states with its day, before or after its times: a summary's
    // "**Duration:** 11:30 AM - 1:45 PM EST, November 5, 2023."
    for stated in document.statedDurations where stated.source == .section && stated.start != nil {
      if let date = DateParser.firstDate(in: stated.raw) { return date }
    }
    // A detection or recovery stated as a day alone ("**Detected:** 2026-09-07") names no moment
    // to start the incident at, but the day it happened.
    for field in document.metadata.fields where MetadataKey.momentStandIn(field.key) != nil {
      if case .valid(let date) = DateParser.parse(field.value) { return date }
    }
    return nil
  }

  /// Whether `text` writes a time of day (`14:05`, `14h05`): a digit, `:` or `h`, a digit.
  private static func writesAClock(_ text: String) -> Bool {
    clockCount(Array(text.utf8), upTo: 1) >= 1
  }

  /// How many times of day (`14:05`, `14h05`) `bytes` write, counted no further than `limit`.
  private static func clockCount(_ bytes: [UInt8], upTo limit: Int) -> Int {
    guard bytes.count >= 3 else { return 0 }
    var count = 0
    var index = 1
    while index < bytes.count - 1 {
      if bytes[index] == UInt8(ascii: ":") || bytes[index] | 0x20 == UInt8(ascii: "h"),
        ASCIIText.isDigit(bytes[index - 1]), ASCIIText.isDigit(bytes[index + 1])
      {
        count += 1
        if count >= limit { return count }
        // Past this time's minutes (and seconds): "14:05:30" is one time.
        index += 1
        while index < bytes.count, ASCIIText.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ":") { index += 1 }
        continue
      }
      index += 1
    }
    return count
  }

  /// The stated start, end or window that names a zone ("**Resolved:** 14:47 UTC"), for a
  /// timeline that declares none: the document has said which clock it reads.
  static func statedZone(of document: PostmortemDocument) -> TextField? {
    for instant in [document.metadata.start, document.metadata.end] {
      guard let instant else { continue }
      let location = SourceLocation(line: instant.line, column: instant.column)
      if TimeZoneTable.find(in: instant.raw) != nil { return TextField(text: instant.raw, location: location) }
      // An exported timestamp with its offset: `resolved_at: 2026-09-09T18:54:00-03:00`.
      if let zone = offsetZone(of: instant.raw) { return TextField(text: zone, location: location) }
    }
    // So does a stated window's ("Incident window: 2024-04-02 22:10 – 2024-04-03 01:25 (UTC+2)").
    if let window = document.metadata.duration, window.start != nil, TimeZoneTable.find(in: window.raw) != nil {
      return TextField(text: window.raw, location: SourceLocation(line: window.line, column: window.column))
    }
    // A date field written as a timestamp with its offset: `date: 2024-03-02T14:05:00-07:00`.
    if let date = document.date, let zone = offsetZone(of: date.raw) {
      return TextField(text: zone, location: SourceLocation(line: date.line, column: date.column))
    }
    // A date field that names its zone beside the times ("**When:** 2024-09-03, 14h05–15h20
    // (heure de Paris)", "Date: March 2, 2024, 2:05 PM PST").
    if let date = document.date, date.raw.utf8.count > 10, PostmortemParser.writesAClock(date.raw),
      TimeZoneTable.find(in: date.raw) != nil
    {
      return TextField(text: date.raw, location: SourceLocation(line: date.line, column: date.column))
    }
    return nil
  }

  /// The zone a timestamp written with a time gives (`2024-03-02T14:05:00-07:00`: "UTC-07:00",
  /// as an offset alone is a zone to the table only after "UTC"), or nil.
  private static func offsetZone(of raw: String) -> String? {
    guard raw.utf8.contains(UInt8(ascii: ":")), let stamp = TimeParser.scan(raw), stamp.time != nil,
      let zone = stamp.zone
    else { return nil }
    return zone.fixedOffset != nil && zone.identifier == nil && !zone.text.hasPrefix("UTC")
      ? "UTC" + zone.text : zone.text
  }

  private func readActionItems(
    _ entries: [DocumentOutline.Entry], _ outline: DocumentOutline, into document: inout PostmortemDocument
  ) {
    var actionItemParser = ActionItemParser()
    var preventionOnly: [Range<Int>] = []
    // The titles of the other sections that hold items.
    var holders: [String] = []
    for entry in entries {
      let first = actionItemParser.items.count
      actionItemParser.parse(entry, in: outline)
      let read = first..<actionItemParser.items.count
      // Judged only where there is another section to hold the items.
      if entries.count > 1, SectionKind.namesPreventionOnly(entry.section.title) {
        preventionOnly.append(read)
      } else if !read.isEmpty {
        holders.append(entry.section.title)
      }
    }
    // ("Corrective Measures" then "Preventive Measures": the two halves of one list of work.)
    let othersHoldItems = !preventionOnly.isEmpty && holders.contains { !SectionKind.namesCorrectionOnly($0) }
    var items = actionItemParser.items
    // "## Prevention Strategies" beside the action items themselves, its points ("1. Validate
    // the syntax first") with no box, owner, due date or ticket: practices to keep, not items.
    if othersHoldItems {
      for range in preventionOnly.reversed()
      where items[range].allSatisfy({
        $0.source != .taskList && $0.owner == nil && $0.dueRaw == nil && $0.ticket == nil
      }) {
        items.removeSubrange(range)
      }
    }
    // A report without headings may give each item on a line of its own after a label.
    if items.isEmpty, outline.headless {
      for block in outline.blocks { actionItemParser.readLabelItems(block) }
      items = actionItemParser.items
    }
    // A docs-as-code site may keep the items in the front matter instead (`action_items:`).
    if items.isEmpty, document.metadata.frontMatter != nil {
      for (text, location) in FrontMatterActionItems.items(in: document.metadata.fields) {
        actionItemParser.readFrontMatterItem(text, at: location)
      }
      items = actionItemParser.items
    }
    document.actionItems = items
    // "Rotate keys — dee": a lower-case word after a final dash is an owner only when the
    // document names that person elsewhere (an author, another item's owner); so is a full name
    // after "@" ("@Ana Lima").
    if document.actionItems.contains(where: {
      $0.owner == nil || ActionItemParser.closingMentionOfName($0.title) != nil
    }) {
      // Whole names, and the first name of a first and last name ("Ana" of "Ana Ortiz").
      var known: Set<String> = []
      // The people the details name in a role ("**Incident Commander:** Dana Lee") count too.
      let roleFields = document.metadata.fields.filter {
        PostmortemParser.roleKeys.contains(MetadataKey.normalize($0.key))
      }
      let named = roleFields.flatMap { MetadataParser.authors(of: $0).map(\.text) }
      // The handle beside a name ("J. Doe (@jdoe)") is how the items may name that person.
      let handles = document.metadata.fields.filter { field in
        field.value.utf8.contains(UInt8(ascii: "@"))
          && (MetadataKey.recognize(field.key) == .authors
            || roleFields.contains { $0.line == field.line && $0.key == field.key })
      }.flatMap { PostmortemParser.handles(in: $0.value) }
      for name in document.authors.map(\.text) + document.actionItems.compactMap(\.owner) + named + handles {
        let lower = name.lowercased()
        known.insert(lower)
        let words = lower.split(separator: " ")
        if words.count == 2 { known.insert(String(words[0])) }
      }
      if !known.isEmpty { ActionItemParser.assignKnownOwners(&document.actionItems, known: known) }
      ActionItemParser.assignBracketedOwners(&document.actionItems)
    }
  }

  /// The "@" handles in a people field's value ("J. Doe (@jdoe), @bo" holds jdoe and bo).
  static func handles(in value: String) -> [String] {
    let bytes = Array(value.utf8)
    var found: [String] = []
    var index = 0
    while let at = bytes[index...].firstIndex(of: UInt8(ascii: "@")) {
      let end = UTF8Scan.mentionEnd(after: at, in: bytes)
      // An address ("ana@example.com") names no handle.
      if end > at + 1, at == 0 || !UTF8Scan.isNameCharacter(endingAt: at, in: bytes) {
        found.append(String(decoding: bytes[(at + 1)..<end], as: UTF8.self))
      }
      index = end
    }
    return found
  }

  /// The comment that names a document's profile: `<!-- postmortem-profile: google-sre -->`.
  static let profileDirective = "postmortem-profile"

  private static func profileComment(in blocks: [MarkdownNode]) -> TextField? {
    for block in blocks {
      guard case .htmlBlock(let html) = block.kind else { continue }
      let trimmed = html.trimmingWhitespace()
      guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { continue }
      let body = trimmed.dropFirst(4).dropLast(3).trimmingWhitespace()
      guard body.hasPrefix(profileDirective) else { continue }
      let name = body.dropFirst(profileDirective.count).trimmingCharacters(in: ": ").trimmingWhitespace()
      guard !name.isEmpty, let start = block.range?.start else { continue }
      return TextField(text: name, location: start)
    }
    return nil
  }

  /// The text of a paragraph that is one bold line and nothing else, as a title.
  private static func boldTitle(_ block: MarkdownNode) -> TextField? {
    guard case .paragraph = block.kind, block.children.count == 1, case .strong = block.children[0].kind,
      !block.children[0].hasChild(where: { if case .softBreak = $0 { true } else { false } })
    else { return nil }
    let text = block.plainText().trimmingWhitespace()
    guard !text.isEmpty, !text.hasSuffix(":") else { return nil }
    let start =
      block.children[0].children.first?.range?.start ?? block.range?.start ?? SourceLocation(line: 1, column: 1)
    return TextField(text: text, location: start)
  }

  /// The title a plain line gives: a paragraph of one line of plain text, two to twelve words,
  /// that is no sentence (it ends in no stop), no date or time, and no section's name.
  private static func plainTitle(_ block: MarkdownNode) -> TextField? {
    guard case .paragraph = block.kind, block.children.count == 1, case .text(let line) = block.children[0].kind,
      let start = block.children[0].range?.start
    else { return nil }
    let text = line.trimmingWhitespace()
    let bytes = text.utf8
    guard bytes.count <= 100, let first = bytes.first, ASCIIText.isLetter(first) || first >= 0x80,
      let last = bytes.last, !".:;,!?".utf8.contains(last)
    else { return nil }
    let words = bytes.count(where: { $0 == UInt8(ascii: " ") }) + 1
    guard words >= 2, words <= 12, SectionKind.recognize(text) == nil,
      TimeParser.scan(text).map({ $0.time != nil || $0.date != nil || $0.monthDay != nil }) != true
    else { return nil }
    return TextField(text: text, location: start)
  }

  /// Where the title's text starts (after `# `), for pointing at it.
  /// Whether `block` is a paragraph that opens with a bold label ("**Detection delay:** 4 hours",
  /// "**Total impact duration**: …"), not with a bold time ("**14:05** deploy starts").
  static func opensWithBoldLabel(_ block: MarkdownNode) -> Bool {
    guard case .paragraph = block.kind, let first = block.children.first, case .strong = first.kind,
      case .text(let lead)? = first.children.first?.kind, let initial = lead.utf8.first, ASCIIText.isLetter(initial)
    else { return false }
    if lead.utf8.last == UInt8(ascii: ":") { return true }
    guard block.children.count > 1, case .text(let after) = block.children[1].kind else { return false }
    return after.utf8.first == UInt8(ascii: ":")
  }

  /// The lines of `block` that open with a plain label naming a part ("Root Cause: A
  /// misconfigured load balancer."), as a summary written without Markdown labels its parts.
  static func plainPartLabels(in block: MarkdownNode) -> [LabeledValue] {
    // (Most paragraphs of a summary hold none: told by the text each line opens with.)
    guard case .paragraph = block.kind, block.opensALine(where: { partKeyEnd($0) != nil }) else { return [] }
    return block.inlineLines().compactMap { line in
      guard case .text(let lead)? = line.nodes.first?.kind, partKeyEnd(lead) != nil else { return nil }
      let text = line.plainText
      guard let split = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
      let rest = text[text.index(after: split)...]
      let spaces = rest.prefix { $0 == " " }.utf8.count
      return LabeledValue(
        key: String(text[..<split]).trimmingWhitespace(), value: rest.trimmingWhitespace(),
        location: SourceLocation(line: line.line, column: line.column),
        valueColumn: line.column + text.utf8.distance(from: text.utf8.startIndex, to: split) + 1 + spaces)
    }
  }

  /// The byte offset of the colon after a key that names a part ("Root Cause" of "Root Cause: …")
  /// at the start of `lead`, or nil. The colon is looked for byte by byte within a key's length:
  /// every line a summary opens comes here.
  private static func partKeyEnd(_ lead: String) -> Int? {
    var offset = 0
    for byte in lead.utf8 {
      if byte == UInt8(ascii: ":") {
        let key = String(decoding: lead.utf8.prefix(offset), as: UTF8.self)
        return SectionKind.recognizeExactly(key) != nil ? offset : nil
      }
      offset += 1
      if offset == 32 { return nil }
    }
    return nil
  }

  /// The names of a title's label, as `SectionKind.normalize` leaves them.
  private static let titleLabels: Set<String> = ["title", "incident title", "incident name", "postmortem title"]

  /// The title written on the line under a heading that only labels it ("# Incident Title" over
  /// "ADFS Outage"), or nil: one short line, not a sentence.
  static func titleUnderLabel(_ entry: DocumentOutline.Entry, _ outline: DocumentOutline) -> TextField? {
    guard entry.section.title.utf8.count <= 20, titleLabels.contains(SectionKind.normalize(entry.section.title)),
      let first = entry.directBody.first, case .paragraph = outline.blocks[first].kind
    else { return nil }
    let paragraph = outline.blocks[first]
    let text = paragraph.plainText(lineSeparator: "\n").trimmingWhitespace()
    guard !text.isEmpty, text.utf8.count <= 120, !text.contains("\n"), !text.hasSuffix("."),
      let start = paragraph.children.first?.range?.start ?? paragraph.range?.start
    else { return nil }
    return TextField(text: text, location: start)
  }

  private func titleContentLocation(_ entry: DocumentOutline.Entry, _ outline: DocumentOutline) -> SourceLocation {
    let heading = outline.blocks[entry.headingIndex]
    return heading.children.first?.range?.start ?? heading.range?.start ?? SourceLocation(line: 1, column: 1)
  }

  /// The labels that open paragraphs of sections named as no known kind (a report of several
  /// incidents, "## Incident 1: Crash loop" over "**Root cause:** …" and "**Fix:** …") and name
  /// the cause, trigger, detection or fix: each incident's own account, which may stand in for a
  /// section the document lacks. The summary and impact stay the document's (an incident's
  /// "**Impact:** 20 minutes" is no length of the whole). The summary's own labels tell the whole
  /// in brief ("## Executive Summary" over "**Impact:** 8 hours downtime" and "**Resolution:** …"):
  /// there the impact is the document's too. After a timeline's or the action items' list, such a
  /// label starts the part it names, as a bold heading would ("**Timeline:**" and its bullets,
  /// then "**Root Cause:** The pool was resized to 5.").
  static func incidentLabels(in outline: DocumentOutline, besides title: DocumentOutline.Entry?) -> [LabeledValue] {
    var found: [LabeledValue] = []
    // Whether a label names a part of one of `kinds` and no detail ("Impact level" is the severity).
    func namesPart(of kinds: Set<SectionKind>) -> (LabeledValue) -> Bool {
      { field in
        guard let kind = SectionKind.recognizeExactly(field.key) else { return false }
        return kinds.contains(kind) && MetadataKey.recognize(field.key) == nil
      }
    }
    // A report written without headings tells its parts on a line each, in plain text ("Summary:
    // Payments timed out …", "Root cause: the pool …"), before its first section line too.
    if outline.headless {
      let preambleEnd = outline.entries.first { $0.headingIndex != title?.headingIndex }?.headingIndex
      let isPart = namesPart(of: Section.labelKinds)
      for block in outline.blocks[..<(preambleEnd ?? outline.blocks.count)] {
        found += plainPartLabels(in: block).filter { !$0.value.isEmpty && isPart($0) }
      }
    }
    for entry in outline.entries where entry.headingIndex != title?.headingIndex {
      var kinds: Set<SectionKind>
      var body = entry.directBody
      switch entry.section.kind {
      case nil where entry.section.style == .heading: kinds = incidentLabelKinds
      case .summary? where entry.section.style == .heading: kinds = summaryLabelKinds
      case .timeline?, .actionItems?:
        guard let list = body.last(where: { DocumentOutline.holdsItems(outline.blocks[$0]) }) else { continue }
        body = (list + 1)..<body.upperBound
        kinds = incidentLabelKinds
      default: continue
      }
      if outline.headless { kinds.formUnion(Section.labelKinds) }
      // A summary written without Markdown ("Impact: 80% of users …" on its own line) labels
      // its parts in plain text, as a report without headings does anywhere.
      let plain = entry.section.kind == .summary || outline.headless
      let isPart = namesPart(of: kinds)
      for index in body {
        let block = outline.blocks[index]
        let labels =
          opensWithBoldLabel(block)
          ? MetadataParser.labels(in: outline.blocks[index...index]).fields
          : plain ? plainPartLabels(in: block) : []
        found += labels.filter(isPart)
      }
    }
    return found
  }

  private static let incidentLabelKinds: Set<SectionKind> = [.rootCause, .trigger, .detection, .resolution]

  /// The rows of a report kept as a table, each naming its part in bold before the template's
  /// instructions, the text in the next cell (Atlassian's "Postmortem report": "| **Fault** <br />
  /// Describe how the change … | The new pool size was 0. |"): labels, as "**Fault:** …" would be,
  /// that stand in for the sections the document lacks. Only in sections named as no known kind,
  /// and only a table of two such rows or more.
  static func reportTableLabels(in outline: DocumentOutline) -> [LabeledValue] {
    var found: [LabeledValue] = []
    for entry in outline.entries where entry.section.kind == nil {
      for index in entry.directBody {
        guard case .table = outline.blocks[index].kind else { continue }
        let rows = reportTableLabels(in: outline.blocks[index])
        if rows.count >= 2 { found += rows }
      }
    }
    return found
  }

  /// The rows of `table` that name a part in bold, as labels.
  private static func reportTableLabels(in table: MarkdownNode) -> [LabeledValue] {
    var rows: [LabeledValue] = []
    for row in table.children {
      guard let (key, start) = reportTablePart(row) else { continue }
      let value = row.children[1].plainText().trimmingWhitespace()
      guard SectionKind.recognizeExactly(key) != nil, !value.isEmpty else { continue }
      let valueColumn = row.children[1].children.first?.range?.start.column ?? start.column
      rows.append(LabeledValue(key: key, value: value, location: start, valueColumn: valueColumn))
    }
    return rows
  }

  /// The part a report table's row names in bold before its instructions, and where; nil for a
  /// header row, a row of one cell or one not led by bold text.
  private static func reportTablePart(_ row: MarkdownNode) -> (name: String, start: SourceLocation)? {
    guard case .tableRow(isHeader: false) = row.kind, row.children.count >= 2,
      let lead = row.children[0].children.first, case .strong = lead.kind, let start = lead.range?.start
    else { return nil }
    return (lead.plainText().trimmingWhitespace().trimmingCharacters(in: ":").trimmingWhitespace(), start)
  }

  private static let summaryLabelKinds = incidentLabelKinds.union([.impact])

  /// The timeline a report kept as a table holds in one cell, as the other parts are (Atlassian's
  /// "| **Timeline** <br /> Detail the incident timeline using UTC. | 14:05 deploy<br>14:09 alert
  /// |"): the cell's lines, parted at its breaks and, where each part opens with a number, at its
  /// semicolons ("14:05 deploy; 14:09 alert"). Only in a table of two such parts or more, under a
  /// heading of no known kind, and only for two lines or more.
  static func reportTableTimeline(in outline: DocumentOutline) -> (
    key: LabeledValue, lines: [(text: String, location: SourceLocation)]
  )? {
    for entry in outline.entries where entry.section.kind == nil {
      for index in entry.directBody {
        guard case .table = outline.blocks[index].kind,
          reportTableLabels(in: outline.blocks[index]).count >= 2
        else { continue }
        for row in outline.blocks[index].children {
          guard let (key, start) = reportTablePart(row), SectionKind.recognizeExactly(key) == .timeline else {
            continue
          }
          var lines: [(text: String, location: SourceLocation)] = []
          for line in row.children[1].inlineLines() {
            let text = line.plainText
            // The cell's first line starts where the cell does, before its padding.
            let column = line.nodes.first?.range?.start.column ?? line.column
            let parts = text.split(separator: ";")
            guard parts.count > 1,
              parts.allSatisfy({ $0.first(where: { $0 != " " })?.isNumber == true })
            else {
              lines.append((text.trimmingWhitespace(), SourceLocation(line: line.line, column: column)))
              continue
            }
            for part in parts {
              let lead =
                text.unicodeScalars.distance(from: text.startIndex, to: part.startIndex)
                + part.prefix { $0 == " " }.unicodeScalars.count
              lines.append(
                (part.trimmingWhitespace(), SourceLocation(line: line.line, column: column + lead)))
            }
          }
          guard lines.count >= 2 else { continue }
          let value = row.children[1].plainText().trimmingWhitespace()
          let valueColumn = row.children[1].children.first?.range?.start.column ?? start.column
          return (LabeledValue(key: key, value: value, location: start, valueColumn: valueColumn), lines)
        }
      }
    }
    return nil
  }

  /// Fills the summary, impact, root cause and resolution.
  private func readNarratives(
    _ outline: DocumentOutline, source: SourceText, labels: [LabeledValue], into document: inout PostmortemDocument
  ) {
    for kind in [SectionKind.summary, .impact, .rootCause, .resolution] {
      // A heading of the kind, else a label standing in for it, else (for the root cause) a
      // "What went wrong" section.
      let narrative: NarrativeSection
      if let section = document.sections.first(where: { $0.style == .label && $0.kind == kind }),
        let label = section.label(in: labels)
      {
        narrative = NarrativeSection(
          title: section.title, kind: kind, markdown: scope == .full ? label.value : "", fields: [],
          location: section.location)
      } else if let entry = outline.outermost(kind).first
        ?? (kind == .rootCause ? rootCauseStandIn(outline, sections: document.sections) : nil)
      {
        narrative = NarrativeSection(
          title: entry.section.title, kind: kind, markdown: scope == .full ? body(of: entry, outline, source) : "",
          fields: labelFields(in: outline.blocks[entry.body]), location: entry.section.location)
      } else {
        continue
      }
      switch kind {
      case .summary: document.summary = narrative
      case .impact: document.impact = narrative
      case .rootCause: document.rootCause = narrative
      default: document.resolution = narrative
      }
    }
  }

  /// A "What went wrong" section outside any lessons-learned section (see `Section.rootCauseStandIn`).
  private func rootCauseStandIn(_ outline: DocumentOutline, sections: [Section]) -> DocumentOutline.Entry? {
    guard let section = Section.rootCauseStandIn(among: sections) else { return nil }
    return outline.entries.first { $0.section.line == section.line }
  }

  /// `**Key:** value` lines in paragraphs and at the start of list items, and plain ones of a
  /// duration, start, end or measure (`LabelReader.readPlainFigure`).
  private func labelFields(in blocks: ArraySlice<MarkdownNode>) -> [LabeledValue] {
    let plain = LabelReader.readPlainFigure
    // A line's bold labels, else the plain figure it states.
    func labelsOrFigure(_ line: InlineLine) -> [LabeledValue] {
      let labels = LabelReader.readAll(line, allowPlainKeys: false)
      return labels.isEmpty ? plain(line).map { [$0] } ?? [] : labels
    }
    var fields: [LabeledValue] = []
    for block in blocks {
      switch block.kind {
      case .paragraph:
        // A label line starts in bold, or is a plain "Duration: 55 minutes" (the one key prose
        // states plainly); most paragraphs have neither bold nor a colon.
        if block.hasChild(where: { if case .strong = $0 { true } else { false } }) {
          let lines = block.inlineLines()
          var perLine = lines.map(labelsOrFigure)
          MetadataParser.continueWrappedValues(&perLine, lines: lines, always: false)
          fields += perLine.flatMap { $0 }
        } else if LabelReader.mayStartWithPlainKey(block) {
          fields += block.inlineLines().compactMap(plain)
        }
      case .list:
        for item in block.children {
          guard let paragraph = item.children.first, case .paragraph = paragraph.kind,
            let first = paragraph.children.first
          else { continue }
          switch first.kind {
          case .strong,
            .text where LabelReader.mayStartWithPlainKey(paragraph, firstLineOnly: true):
            let lines = paragraph.inlineLines()
            if let line = lines.first {
              // The lines the bullet's value wraps onto are that value's; a bold label on a line
              // of its own ("- **Start:** 14:05" then "**End:** 14:50") is a field of its own.
              var perLine =
                [labelsOrFigure(line)] + lines.dropFirst().map { LabelReader.readAll($0, allowPlainKeys: false) }
              MetadataParser.continueWrappedValues(&perLine, lines: lines, always: true)
              fields += perLine.flatMap { $0 }
            }
          default:
            continue
          }
        }
      case .table:
        fields += MetadataParser.tableFields(block)
      default:
        continue
      }
    }
    return fields
  }

  private func readLessons(_ outline: DocumentOutline, source: SourceText, into document: inout PostmortemDocument) {
    let parts: Set<SectionKind> = [.whatWentWell, .whatWentWrong, .whereWeGotLucky]
    let lessonsEntry = outline.outermost(.lessonsLearned).first
    let separateParts = outline.entries.filter {
      parts.contains($0.section.kind ?? .summary) && !(lessonsEntry?.body.contains($0.headingIndex) ?? false)
    }
    guard let anchor = lessonsEntry ?? separateParts.first else { return }
    var lessons = LessonsLearned(
      title: anchor.section.title, markdown: body(of: anchor, outline, source), location: anchor.section.location)
    if let lessonsEntry {
      // Points under each recognised sub-heading; the rest (and those before any) are "other".
      // A sub-section of another kind (a retrospective's "### Action items") holds no lessons.
      var current: SectionKind?
      var skippingBelow: Int?
      for index in lessonsEntry.body {
        if let sub = outline.entries.first(where: { $0.headingIndex == index }) {
          if let level = skippingBelow, sub.section.level > level { continue }
          skippingBelow = nil
          current = sub.section.kind.flatMap { parts.contains($0) ? $0 : nil }
          if let kind = sub.section.kind, !parts.contains(kind), kind != .lessonsLearned {
            skippingBelow = sub.section.level
          }
        } else if skippingBelow == nil {
          addPoints(of: outline.blocks[index], to: &lessons, kind: current, parts: parts)
        }
      }
    }
    for entry in separateParts {
      for index in entry.directBody {
        addPoints(of: outline.blocks[index], to: &lessons, kind: entry.section.kind, parts: parts)
      }
    }
    document.lessonsLearned = lessons
  }

  /// Adds the points `block` makes under `kind`; a table's columns may each name their own part
  /// (`| What went well | What went wrong | Where we got lucky |`), and each cell is a point.
  private func addPoints(
    of block: MarkdownNode, to lessons: inout LessonsLearned, kind: SectionKind?, parts: Set<SectionKind>
  ) {
    guard case .table = block.kind else {
      add(points(in: block), to: &lessons, kind: kind)
      return
    }
    guard let header = block.children.first else { return }
    let named = header.children.map { cell in
      SectionKind.recognize(cell.plainText()).flatMap { parts.contains($0) ? $0 : nil }
    }
    // Columns named for the parts give theirs; in a table that names none, the first column
    // holds the points ("| Lesson | Follow-up |").
    let columns: [(index: Int, kind: SectionKind?)] =
      named.contains { $0 != nil }
      ? named.enumerated().compactMap { column, part in part.map { (column, $0) } } : [(0, kind)]
    for row in block.children.dropFirst() {
      for (column, kind) in columns where column < row.children.count {
        let cell = row.children[column]
        let text = cell.plainText().trimmingWhitespace()
        guard !text.isEmpty else { continue }
        let point = TextField(text: text, location: cell.range?.start ?? SourceLocation(line: row.line, column: 1))
        add([point], to: &lessons, kind: kind)
      }
    }
  }

  /// The points a block makes: one per list item, or the paragraph itself.
  private func points(in block: MarkdownNode) -> [TextField] {
    switch block.kind {
    case .list:
      return block.children.compactMap { item in
        let text = item.children.first?.plainText().trimmingWhitespace() ?? ""
        guard !text.isEmpty else { return nil }
        return TextField(text: text, location: item.range?.start ?? SourceLocation(line: item.line, column: 1))
      }
    case .paragraph:
      let text = block.plainText().trimmingWhitespace()
      guard !text.isEmpty else { return [] }
      return [TextField(text: text, location: block.range?.start ?? SourceLocation(line: block.line, column: 1))]
    default:
      return []
    }
  }

  private func add(_ points: [TextField], to lessons: inout LessonsLearned, kind: SectionKind?) {
    switch kind {
    case .whatWentWell: lessons.wentWell += points
    case .whatWentWrong: lessons.wentWrong += points
    case .whereWeGotLucky: lessons.gotLucky += points
    default: lessons.other += points
    }
  }

  /// The Markdown of a section's body as written, without surrounding blank lines.
  private func body(of entry: DocumentOutline.Entry, _ outline: DocumentOutline, _ source: SourceText) -> String {
    let heading = outline.blocks[entry.headingIndex]
    var top = (heading.range?.end.line ?? entry.section.line) + 1
    var bottom = min(entry.section.endLine, source.lineCount)
    func isBlank(_ line: Int) -> Bool {
      guard let range = source.byteRange(ofLine: line) else { return true }
      let bytes = source.bytes[range]
      if bytes.allSatisfy(ASCIIText.isSpace) { return true }
      if bytes.allSatisfy({ $0 < 0x80 }) { return false }
      return source.line(line).trimmingWhitespace().isEmpty
    }
    // A rule closing the section ("---" between sections, as many reports part them) is no part
    // of its text; after a line of text, "---" would underline a heading instead.
    func isRule(_ line: Int) -> Bool {
      guard let range = source.byteRange(ofLine: line) else { return false }
      let marks = source.bytes[range].filter { !ASCIIText.isSpace($0) }
      guard marks.count >= 3, let mark = marks.first,
        mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*")
          || mark == UInt8(ascii: "_")
      else { return false }
      return marks.allSatisfy { $0 == mark }
    }
    while bottom >= top, isBlank(bottom) { bottom -= 1 }
    while bottom > top, isRule(bottom), isBlank(bottom - 1) {
      bottom -= 1
      while bottom >= top, isBlank(bottom) { bottom -= 1 }
    }
    while top <= bottom, isBlank(top) { top += 1 }
    guard top <= bottom, let start = source.byteRange(ofLine: top), let end = source.byteRange(ofLine: bottom) else {
      return ""
    }
    // The lines as they stand in the file, in one piece; only CR line endings need rejoining.
    if source.hasCarriageReturns { return (top...bottom).map(source.line).joined(separator: "\n") }
    return String(decoding: source.bytes[start.lowerBound..<end.upperBound], as: UTF8.self)
  }
}

extension Section {
  var location: SourceLocation { SourceLocation(line: line, column: column) }
}
