/// Reads document metadata from front matter, from `**Key:** value` lines and from a two-column
/// key/value table before the first section, and from headings that name a field (issue forms),
/// and files the known keys into the document.
struct MetadataParser {
  /// Collects the label lines and tables among `blocks` (the preamble before the first section).
  /// In a block quote (`quoted`) only bold labels count: a quoted e-mail's "Date:" is not the
  /// document's.
  static func labels(in blocks: ArraySlice<MarkdownNode>, quoted: Bool = false) -> (
    fields: [LabeledValue], sources: [Metadata.Source]
  ) {
    var fields: [LabeledValue] = []
    var sources: [Metadata.Source] = []
    // Whether the block before ended with a label that has no value ("**Authors:**").
    var previousEndsWithLabel = false
    for block in blocks {
      let endedWithLabel = previousEndsWithLabel
      previousEndsWithLabel = false
      switch block.kind {
      case .paragraph:
        // A details table Markdown did not read as one (its delimiter row forgotten).
        if let table = UnreadTable.table(from: block) {
          add(tableFields(table), from: .table, to: &fields, sources: &sources)
          continue
        }
        let lines = block.inlineLines()
        // A line that is no label may be a byline naming the authors: "*Posted by Jason Warner,
        // October 30, 2018*", alone or under the labels.
        var perLine = lines.map { line in
          let labels = LabelReader.readAll(line, allowPlainKeys: !quoted)
          if quoted { return labels }
          // Details told in sentences, one line: "_Authored by Chen Wu. Incident date: 2024-09-18._"
          if labels.count <= 1 {
            let sentences = SentenceLabelReader.read(line)
            if !sentences.isEmpty { return sentences }
          }
          return labels.isEmpty ? BylineReader.read(line).map { [$0] } ?? [] : labels
        }
        // A bold label alone on its line, its value on the lines under it ("**Impact:**" then
        // "45 minutes of downtime…", a hard break between): those lines are its value.
        for index in perLine.indices.dropLast()
        where perLine[index].count == 1 && perLine[index][0].value.isEmpty && perLine[index + 1].isEmpty
          && LabelReader.opensWithBoldLabel(lines[index])
        {
          let rest = perLine[(index + 1)...].prefix(while: \.isEmpty).indices.map {
            lines[$0].plainText.trimmingWhitespace()
          }
          perLine[index][0].value = rest.joined(separator: " ").trimmingWhitespace()
        }
        MetadataParser.continueWrappedValues(&perLine, lines: lines, always: false)
        var found = perLine.flatMap { $0 }
        if found.isEmpty, !quoted, lines.count >= 2 { found = definitions(in: lines) }
        if !found.isEmpty, !sources.contains(.labels) { sources.append(.labels) }
        fields += found
        // Only a label on the paragraph's last line can take the list after it.
        previousEndsWithLabel = found.last.map { $0.line == lines.last?.line } ?? false
      case .list:
        // "**Authors:**" with the names as a list under it: the list is the value.
        if endedWithLabel, let last = fields.last, last.value.isEmpty, last.items == nil {
          let items = block.children.map { $0.children.first?.plainText().trimmingWhitespace() ?? "" }
            .filter { !$0.isEmpty }
          fields[fields.count - 1].items = items
          fields[fields.count - 1].value = items.joined(separator: ", ")
          continue
        }
        let found = listLabels(block, quoted: quoted, depth: 0)
        if !found.isEmpty, !sources.contains(.labels) { sources.append(.labels) }
        fields += found
      case .table:
        add(tableFields(block), from: .table, to: &fields, sources: &sources)
      case .blockQuote:
        // The details set apart in a quote, as a callout: "> **Severity:** SEV2".
        let quotedLabels = labels(in: block.children[...], quoted: true)
        fields += quotedLabels.fields
        for source in quotedLabels.sources where !sources.contains(source) { sources.append(source) }
      default:
        continue
      }
    }
    return (fields, sources)
  }

  /// A known key on its line and its value on the next after ": ", as Pandoc's and kramdown's
  /// definition lists write details ("Severity" / ": SEV3").
  private static func definitions(in lines: [InlineLine]) -> [LabeledValue] {
    var fields: [LabeledValue] = []
    var index = 0
    while index + 1 < lines.count {
      let term = lines[index].plainText.trimmingWhitespace()
      let definition = lines[index + 1].plainText
      guard definition.hasPrefix(": "), term.utf8.count <= 40, MetadataKey.recognize(term) != nil else { return [] }
      let value = definition.dropFirst(2).trimmingWhitespace()
      // Placed on the value's line, as findings about a field point at its value.
      let valueLine = lines[index + 1]
      fields.append(
        LabeledValue(
          key: term, value: value, location: SourceLocation(line: valueLine.line, column: valueLine.column),
          valueColumn: valueLine.column + 2 + definition.dropFirst(2).prefix { $0 == " " }.count))
      index += 2
    }
    return index == lines.count ? fields : []
  }

  /// Headings that name a field and hold only its value, as GitHub issue forms write them
  /// ("### Incident date" then "2024-03-02"): one short paragraph, or a list of names.
  static func headingFields(in outline: DocumentOutline) -> [LabeledValue] {
    var fields: [LabeledValue] = []
    // A label and its value made a heading, with nothing under it ("### Duration: June 9, 2023,
    // 10:00 AM to 11:30 AM (GMT)"): the field it writes.
    for entry in outline.entries where entry.section.style == .heading && entry.directBody.isEmpty {
      guard let (key, value, offset) = headingLabel(entry.section.title) else { continue }
      let heading = outline.blocks[entry.headingIndex]
      let start = heading.children.first?.range?.start ?? SourceLocation(line: entry.section.line, column: 1)
      fields.append(
        LabeledValue(key: key, value: value, location: start, valueColumn: start.column + offset))
    }
    for entry in outline.entries where entry.section.style == .heading && entry.directBody.count == 1 {
      let title = entry.section.title
      guard title.utf8.count <= 40, let key = MetadataKey.recognize(title), SectionKind.recognizeExactly(title) == nil
      else { continue }
      // A level-1 heading may name a field where the sections are level-1 too ("# Date" over
      // "2021-04-14", then "# Summary"); "# Incident Title" over the title labels the title.
      if entry.section.level == 1, key == .title { continue }
      let block = outline.blocks[entry.directBody.lowerBound]
      let value: String
      var items: [String]?
      switch block.kind {
      case .paragraph:
        value = block.plainText().trimmingWhitespace()
      case .list:
        // "### Incident window" over "- **Start:** 9:37 AM PST" / "- **End:** …": the labels are the fields.
        let labeled = labels(in: outline.blocks[entry.directBody]).fields
        if !labeled.isEmpty {
          fields += labeled
          continue
        }
        items = block.children.map { $0.plainText().trimmingWhitespace() }.filter { !$0.isEmpty }
        value = items!.joined(separator: ", ")
      default:
        continue
      }
      // An issue form's unanswered field says "_No response_".
      guard !value.isEmpty, value.utf8.count <= 200, value != "No response" else { continue }
      // Findings about a field point at its value, on its own line under the heading.
      let valueStart =
        block.children.first?.range?.start ?? block.range?.start
        ?? SourceLocation(line: block.line, column: 1)
      fields.append(
        LabeledValue(key: title, value: value, items: items, location: valueStart, valueColumn: valueStart.column))
    }
    return fields
  }

  /// The key, value and the value's offset in scalars of a heading written as a detail's label
  /// and its value ("Duration: June 9, 2023, 10:00 AM to 11:30 AM (GMT)", "Severity: SEV2"); nil
  /// for any other heading ("Root Cause: a bad pool size" names a section).
  static func headingLabel(_ title: String) -> (key: String, value: String, offset: Int)? {
    guard let colon = title.firstIndex(of: ":"), title.distance(from: title.startIndex, to: colon) <= 30 else {
      return nil
    }
    let key = String(title[..<colon]).trimmingWhitespace()
    let rest = title[title.index(after: colon)...]
    let value = rest.trimmingWhitespace()
    // ("# Incident: Email delivery delays" is the title, read as one.)
    guard !key.isEmpty, !value.isEmpty, let known = MetadataKey.recognize(key), known != .title,
      SectionKind.recognizeExactly(key) == nil
    else { return nil }
    let offset = title.unicodeScalars.distance(
      from: title.unicodeScalars.startIndex, to: rest.drop { $0 == " " }.startIndex)
    return (key, value, offset)
  }

  /// Files `found` and, when there are any, the source they came from.
  private static func add(
    _ found: [LabeledValue], from source: Metadata.Source, to fields: inout [LabeledValue],
    sources: inout [Metadata.Source]
  ) {
    if !found.isEmpty, !sources.contains(source) { sources.append(source) }
    fields += found
  }

  /// Rows of a two-column table as key/value pairs. A header row counts as a pair unless it is a
  /// generic header ("Field | Value") rather than data. A row of four or six cells whose every
  /// other cell reads as a key holds that many pairs side by side ("| Start | 14:36 | End | 14:49 |",
  /// as Wikimedia's incident reports lay out their details).
  static func tableFields(_ table: MarkdownNode) -> [LabeledValue] {
    var fields: [LabeledValue] = []
    // The keys may head the columns, a row of values under them ("| Date | Severity | Author |"
    // then "| 2024-03-07 | Critical | Mia |"), as a word processor's details table is laid out.
    if let header = table.children.first, case .tableRow(true) = header.kind, header.children.count >= 2 {
      let keys = header.children.map { $0.plainText().trimmingWhitespace().trimmingCharacters(in: ":") }
      let known = keys.count { MetadataKey.recognize($0) != nil }
      // Most of the header must be keys, and none of it a value: a row of two pairs ("| Date |
      // 2022-03-27 | Start | 14:36 |") heads the other layout.
      if known >= 2, known * 2 > keys.count, keys.allSatisfy(isKeyLike) {
        for row in table.children.dropFirst() {
          for (key, cell) in zip(keys, row.children) where !key.isEmpty {
            let value = cell.plainText().trimmingWhitespace()
            guard !value.isEmpty else { continue }
            // The value stands for its key: a finding about the field points at it.
            let location =
              cell.children.first?.range?.start ?? cell.range?.start ?? SourceLocation(line: row.line, column: 1)
            fields.append(LabeledValue(key: key, value: value, location: location, valueColumn: location.column))
          }
        }
        return fields
      }
    }
    for row in table.children {
      guard case .tableRow(let isHeader) = row.kind, row.children.count >= 2 else { continue }
      let cells = row.children
      let pairs =
        cells.count % 2 == 0 && cells.count <= 6
          && stride(from: 2, to: cells.count, by: 2).allSatisfy {
            isKeyLike(cells[$0].plainText())
          } ? cells.count / 2 : 1
      for pair in 0..<pairs {
        let keyCell = cells[2 * pair]
        let valueCell = cells[2 * pair + 1]
        let key = keyCell.plainText().trimmingWhitespace().trimmingCharacters(in: ":")
        if isHeader, MetadataKey.recognize(key) == nil { continue }
        guard !key.isEmpty else { continue }
        let value = valueCell.plainText().trimmingWhitespace()
        let keyLocation =
          keyCell.children.first?.range?.start ?? keyCell.range?.start ?? SourceLocation(line: row.line, column: 1)
        let valueColumn = valueCell.children.first?.range?.start.column ?? valueCell.range?.start.column ?? 1
        fields.append(LabeledValue(key: key, value: value, location: keyLocation, valueColumn: valueColumn))
      }
    }
    return fields
  }

  /// Whether a cell's text could be a key: empty (a pair left blank), or a few words that do not
  /// start with a number (a time, a date or a count is a value).
  private static func isKeyLike(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace()
    guard let first = trimmed.utf8.first else { return true }
    return !ASCIIText.isDigit(first) && trimmed.utf8.count <= 40
  }

  /// The labels that open the items of `list`, and of the lists under a label that has no value
  /// of its own ("- **Duration of Outage:**" over "- **Start Time:** 14:00 UTC"); bullets under
  /// such a label that are no labels are its value ("- **Impact:**" over "- 60% of users …").
  private static func listLabels(_ list: MarkdownNode, quoted: Bool, depth: Int) -> [LabeledValue] {
    var found: [LabeledValue] = []
    for item in list.children {
      guard let paragraph = item.children.first, case .paragraph = paragraph.kind else { continue }
      let lines = paragraph.inlineLines()
      var perLine = lines.map { LabelReader.readAll($0, allowPlainKeys: !quoted) }
      // A bullet is one item: the lines its value wraps onto are that value's.
      MetadataParser.continueWrappedValues(&perLine, lines: lines, always: true)
      var labels = perLine.flatMap { $0 }
      if depth == 0, labels.count == 1, labels[0].value.isEmpty, case let nestedLists = item.nestedLists,
        !nestedLists.isEmpty
      {
        let nested = nestedLists.flatMap { listLabels($0, quoted: quoted, depth: depth + 1) }
        if nested.isEmpty {
          labels[0].value = nestedLists.flatMap(\.children).map {
            $0.children.first?.plainText().trimmingWhitespace() ?? ""
          }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        found += labels + nested
      } else {
        found += labels
      }
    }
    return found
  }

  /// Appends to a label's value the lines without labels its text wraps onto ("- **Responders:**
  /// Dara Okonkwo (IC), Ravi Patel, Ben" then "Ortiz (SRE), Lin Zhao"): in a bullet `always`; in a
  /// paragraph of labels when the line goes on with the value's sentence (it opens in lower case
  /// or with a digit, or the value ends with a comma or a joining word), as a line of prose under
  /// the labels is no part of the last.
  static func continueWrappedValues(_ perLine: inout [[LabeledValue]], lines: [InlineLine], always: Bool) {
    var index = 0
    while index < perLine.count {
      defer { index += 1 }
      guard let last = perLine[index].last, !last.value.isEmpty, last.items == nil else { continue }
      var next = index + 1
      var value = last.value
      while next < perLine.count, perLine[next].isEmpty {
        let text = lines[next].plainText.trimmingWhitespace()
        guard !text.isEmpty, always || MetadataParser.goesOn(value, with: text) else { break }
        value += " " + text
        next += 1
      }
      perLine[index][perLine[index].count - 1].value = value
    }
  }

  /// Whether `text` on the next line goes on with the sentence `value` left unfinished.
  private static func goesOn(_ value: String, with text: String) -> Bool {
    guard let first = text.utf8.first, let end = value.utf8.last else { return false }
    if ASCIIText.isLower(first) || ASCIIText.isDigit(first) { return !".!?".utf8.contains(end) }
    if end == UInt8(ascii: ",") || end == UInt8(ascii: "+") || end == UInt8(ascii: "&") { return true }
    let lastWord = value.split(separator: " ").last.map { $0.lowercased() } ?? ""
    return ["to", "and", "or", "from", "until", "via", "at", "by", "of", "the", "with"].contains(lastWord)
  }

  /// Files the known keys of `fields` into `document` (the first occurrence of each wins).
  static func apply(_ fields: [LabeledValue], to document: inout PostmortemDocument) {
    var datesWithTimes: [LabeledValue] = []
    var momentStandIns: [(MetadataKey, LabeledValue)] = []
    var titleFromOtherKey = false
    for field in fields {
      guard let key = MetadataKey.recognize(field.key) else {
        if let key = MetadataKey.momentStandIn(field.key), isMoment(field.value, bareClock: false) {
          momentStandIns.append((key, field))
        }
        continue
      }
      let value = field.value
      let valueLocation = field.valueLocation
      switch key {
      case .title:
        // "title" itself wins over a name another key gave ("name:" above "title:" in a front
        // matter, as issue templates write them).
        let named = MetadataKey.normalize(field.key) == "title"
        if document.title == nil || named && titleFromOtherKey, !value.isEmpty {
          document.title = TextField(text: value, location: valueLocation)
          titleFromOtherKey = !named
        }
      case .date:
        if document.date == nil { document.date = DateField(raw: value, location: valueLocation) }
        // A span needs two times: two colons at least.
        if value.utf8.lazy.filter({ $0 == UInt8(ascii: ":") }).count >= 2 { datesWithTimes.append(field) }
      case .severity:
        if document.severity == nil { document.severity = IncidentSeverity(raw: value, location: valueLocation) }
      case .status:
        if document.status == nil { document.status = TextField(text: value, location: valueLocation) }
      case .authors:
        if document.authors.isEmpty { document.authors = authors(of: field) }
      case .duration:
        // "**Duration:**" over its "Start: …" and "End: …" lines states nothing itself.
        guard !value.isEmpty else { continue }
        let stated = statedDuration(field, source: .metadata, sectionTitle: nil)
        let namesWhen = MetadataKey.windowNames.contains(MetadataKey.normalize(field.key))
        if stated.start == nil, stated.minutes == nil || namesWhen, isMoment(value, bareClock: namesWhen) {
          // "**Incident Time:** 16:20 UTC": one moment, where the incident began.
          if document.metadata.start == nil {
            document.metadata.start = StatedInstant(raw: value, location: valueLocation)
          }
        } else if document.metadata.duration == nil {
          document.metadata.duration = stated
        }
      case .start:
        if document.metadata.start == nil {
          document.metadata.start = StatedInstant(raw: value, location: valueLocation)
        }
      case .end:
        if document.metadata.end == nil {
          document.metadata.end = StatedInstant(raw: value, location: valueLocation)
        }
      case .timezone:
        if document.metadata.timezone == nil {
          document.metadata.timezone = TextField(text: value, location: valueLocation)
        }
      case .template:
        if document.metadata.template == nil {
          document.metadata.template = TextField(text: value, location: valueLocation)
        }
      }
    }
    // Only where the document states no start or end of its own.
    for (key, field) in momentStandIns {
      let instant = StatedInstant(raw: field.value, location: field.valueLocation)
      if key == .start, document.metadata.start == nil { document.metadata.start = instant }
      if key == .end, document.metadata.end == nil { document.metadata.end = instant }
    }
    if document.severity == nil, let tag = severityTag(in: fields) { document.severity = tag }
    if document.metadata.timezone == nil { document.metadata.timezone = keyZone(in: fields) }
    if document.metadata.duration == nil { document.metadata.duration = window(in: datesWithTimes) }
  }

  /// Keys (normalised) of the day an incident was reported or declared ("**Reported:** 2024-08-19").
  private static let reportedKeys: Set<String> = [
    "reported", "reported on", "reported at", "first reported", "declared", "declared on", "declared at",
    "incident declared", "opened", "opened on", "opened at",
  ]

  /// The day a field says the incident was reported or declared on: the date of a document that
  /// states none otherwise (an incident tracker's export writes "Reported", not "Date").
  static func reportedDate(in fields: [LabeledValue]) -> DateField? {
    for field in fields where reportedKeys.contains(MetadataKey.normalize(field.key)) {
      let found = DateField(raw: field.value, location: field.valueLocation)
      if found.date != nil { return found }
    }
    return nil
  }

  /// "**Date:** 2024-04-22, 16:10–17:25 UTC": the span of times written beside the day in one of
  /// `dateFields`, for a document whose fields state no duration or window of their own.
  private static func window(in dateFields: [LabeledValue]) -> StatedDuration? {
    for field in dateFields {
      let window = statedDuration(field, source: .metadata, sectionTitle: nil)
      if window.start != nil, window.end != nil, window.minutes != nil { return window }
    }
    return nil
  }

  /// "Start (UTC)": a zone in the brackets of a start or end key is the document's zone when no
  /// field names one.
  private static func keyZone(in fields: [LabeledValue]) -> TextField? {
    for field in fields where field.key.utf8.last == UInt8(ascii: ")") {
      guard let qualifier = MetadataKey.qualifier(of: field.key), let key = MetadataKey.recognize(field.key),
        key == .start || key == .end, TimeZoneTable.find(in: String(qualifier)) != nil
      else { continue }
      let scalars = field.key.unicodeScalars
      let offset = scalars.distance(from: scalars.startIndex, to: qualifier.startIndex.samePosition(in: scalars)!)
      return TextField(
        text: String(qualifier), location: SourceLocation(line: field.line, column: field.column + offset))
    }
    return nil
  }

  /// The keys whose values are a list of tags.
  private static let tagKeys: Set<String> = ["tags", "labels", "categories", "keywords"]

  /// Whether `key` names a list of tags ("Tags", "labels"); short keys only are normalised.
  static func namesTags(_ key: String) -> Bool {
    key.utf8.count <= 12 && tagKeys.contains(MetadataKey.normalize(key))
  }

  /// A tag that names a severity by its prefix (`tags: [postmortem, sev1]`, GitLab's
  /// `labels: [severity::2]`), for documents whose severity has no field of its own.
  private static func severityTag(in fields: [LabeledValue]) -> IncidentSeverity? {
    for field in fields where namesTags(field.key) {
      let tags = field.items ?? field.value.split(separator: ",").map { $0.trimmingWhitespace() }
      for tag in tags where tag.lowercased().hasPrefix("sev") {
        let severity = IncidentSeverity(raw: tag, location: field.valueLocation)
        if severity.level != nil { return severity }
      }
    }
    return nil
  }

  /// Whether `value` is one moment and nothing else, which no length could be: a clock time with
  /// its zone, date or AM/PM ("16:20 UTC", "2024-06-18 16:20", "4:20 PM"; not "1:30 hours"), or
  /// any clock time when the key names when (`bareClock`: "Incident Time: 16:20").
  private static func isMoment(_ value: String, bareClock: Bool) -> Bool {
    guard let moment = TimeParser.scan(value), moment.time != nil, moment.rest.allSatisfy(\.isWhitespace) else {
      return false
    }
    return bareClock || moment.zone != nil || moment.date != nil || moment.clockStyle == .twelveHour
  }

  /// Resolves a stated start or end against the document date and a zone (its own, else `zone`).
  static func resolve(_ instant: inout StatedInstant, documentDate: CalendarDate?, zone: TimeZoneDeclaration?) {
    guard let expression = TimeParser.scan(instant.raw), let time = expression.time else { return }
    instant.timeOfDay = time
    guard let date = expression.date(near: documentDate) ?? documentDate else { return }
    let identifier =
      expression.zone.map { $0.identifier }
      ?? zone?.identifier.flatMap { $0.first == "+" || $0.first == "-" ? nil : $0 }
    let fixedOffset =
      expression.zone?.fixedOffset ?? (expression.zone == nil ? zone.flatMap(TimelineParser.fixedOffset(of:)) : nil)
    var resolver = TimestampResolver()
    let abbreviation = expression.zone?.text ?? (expression.zone == nil ? zone?.abbreviation : nil)
    // A time the clocks skipped names no instant.
    guard
      let resolved = resolver.resolve(
        date: date, time: time, identifier: identifier, fixedOffset: fixedOffset, abbreviation: abbreviation),
      !resolved.skipsClock
    else { return }
    instant.epochSeconds = resolved.epoch
    instant.timestamp = TimestampResolver.format(
      date: date, time: time, offset: resolved.offset, isUTC: identifier == "UTC")
  }

  /// A duration field as a `StatedDuration`.
  static func statedDuration(_ field: LabeledValue, source: StatedDuration.Source, sectionTitle: String?)
    -> StatedDuration
  {
    let reading = DurationParser.parse(field.value)
    var minutes = reading.minutes
    // "duration_minutes: 42": the key gives the unit of a bare number.
    if minutes == nil, let unit = MetadataKey.durationUnit(of: field.key), let number = Double(field.value),
      number >= 0, number < 1_000_000
    {
      minutes = Int((number * Double(unit)).rounded())
    }
    return StatedDuration(
      raw: field.value, minutes: minutes, start: reading.start?.raw, end: reading.end?.raw, source: source,
      sectionTitle: sectionTitle, location: field.valueLocation)
  }

  /// Splits an authors value ("[Ana, Bo and Cy]", "@ana; @bo") into names with their columns.
  static func authors(of field: LabeledValue) -> [TextField] {
    if let items = field.items {
      return items.map { TextField(text: cleanName($0), location: field.valueLocation) }.filter { !$0.text.isEmpty }
    }
    var result: [TextField] = []
    let value = field.value
    var nameStart = value.startIndex
    var index = value.startIndex
    func flush(_ end: String.Index) {
      let raw = value[nameStart..<end]
      let name = cleanName(raw)
      // A clause after the names ("Claude (session audit), written the same morning."), or the
      // role after a name ("Tomás Ortega | SRE", "Ana Lima, Staff Engineer"), not one.
      if !result.isEmpty, isClause(name) || isRole(name) { return }
      if !name.isEmpty {
        let leading = raw.prefix { $0 == " " || $0 == "[" || $0 == "@" }.unicodeScalars.count
        let offset = value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: nameStart)
        result.append(
          TextField(
            text: name, location: SourceLocation(line: field.line, column: field.valueColumn + offset + leading)))
      }
    }
    // The ideographic commas ("田中、佐藤", E3 80 81 and EF BC 8C in UTF-8) are looked for only
    // in a value that may hold one.
    let mayHoldIdeographicComma = value.utf8.contains { $0 == 0xE3 || $0 == 0xEF }
    while index < value.endIndex {
      let character = value[index]
      if character == "," || character == ";" || character == "&" || character == "|"
        || (mayHoldIdeographicComma && (character == "、" || character == "，"))
      {
        flush(index)
        nameStart = value.index(after: index)
      } else if character == " ", value[index...].hasPrefix(" / ") {
        flush(index)
        nameStart = value.index(index, offsetBy: 3)
        index = nameStart
        continue
      } else if character == " ", value[index...].hasPrefix(" and ") {
        flush(index)
        nameStart = value.index(index, offsetBy: 5)
        index = nameStart
        continue
      }
      index = value.index(after: index)
    }
    flush(value.endIndex)
    return result
  }

  /// The text with each Markdown link written out (`[text](url)`) reduced to its text; the text
  /// itself when it holds none.
  static func linkTexts(_ text: String) -> String {
    // (Most names hold no bracket: told on the bytes, not through Foundation's search.)
    guard text.utf8.count >= 4, text.utf8.contains(UInt8(ascii: "]")), text.contains("](") else { return text }
    var result = text
    while let middle = result.range(of: "]("), let open = result[..<middle.lowerBound].lastIndex(of: "["),
      let close = result[middle.upperBound...].firstIndex(of: ")")
    {
      let label = result[result.index(after: open)..<middle.lowerBound]
      result.replaceSubrange(open...close, with: label)
    }
    return result
  }

  /// Whether a part of an author list reads as a clause: three words or more, led by a lower-case
  /// word that is no particle of a surname ("written the same morning", not "van der Berg").
  private static func isClause(_ part: String) -> Bool {
    let words = part.split(separator: " ")
    guard words.count >= 3, let first = words.first, first.first?.isLowercase == true else { return false }
    return !["van", "von", "de", "da", "di", "del", "der", "den", "le", "la", "du", "dos", "bin", "al"].contains(first)
  }

  /// Whether every word of `part` names a job rather than a person: "SRE", "DevOps Engineer",
  /// "Senior Backend Developer".
  private static func isRole(_ part: String) -> Bool {
    let words = part.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
    return !words.isEmpty && words.allSatisfy { roleWords.contains($0.lowercased()) }
  }

  private static let roleWords: Set<String> = [
    "sre", "devops", "engineer", "engineering", "manager", "lead", "developer", "architect", "director", "head",
    "senior", "staff", "principal", "platform", "backend", "frontend", "software", "site", "reliability",
    "operations", "ops", "on", "call", "oncall", "incident", "commander", "ic", "cto", "vp", "of", "security",
    "analyst", "consultant", "intern", "sysadmin", "administrator", "admin", "infrastructure", "infra", "data",
    "database", "dba", "network", "qa", "product", "owner", "scrum", "master", "tech", "technical", "support",
  ]

  private static func cleanName<S: StringProtocol>(_ raw: S) -> String {
    // A role after the name: "Ana Ortiz (SRE)"; a link written out in a front matter's string,
    // "Emelia Smith ([@missem](https://example.social/@missem))", is its text.
    var name = linkTexts(String(raw)).droppingTrailingAside()
    // An address after the name, as git writes it: "Ana Ortiz <ana@example.com>" (the brackets
    // gone once Markdown made it a link).
    if let space = name.lastIndex(of: " "), case let last = name[name.index(after: space)...],
      last.contains("@"), last.contains("."), !last.hasPrefix("@")
    {
      let person = name[..<space].trimmingWhitespace()
      if !person.isEmpty { name = person }
    }
    name = name.trimmingCharacters(in: "[]()\"'")
    if name.hasPrefix("@") { name.removeFirst() }
    return name.trimmingWhitespace()
  }
}
