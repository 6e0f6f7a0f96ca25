// The JSON shape of documents, entries and items is a published contract (schemas/postmortem.schema.json):
// every key is always present, with null where the document says nothing.

extension PostmortemDocument {
  enum CodingKeys: String, CodingKey {
    case schemaVersion, file, title, date, incidentDay, severity, status, authors, metadata, sections, timeline, summary
    case impact
    case rootCause, resolution, lessonsLearned, actionItems, statedDurations, inputLimits
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(file, forKey: .file)
    try container.encode(title, forKey: .title)
    try container.encode(date, forKey: .date)
    try container.encode(incidentDay, forKey: .incidentDay)
    try container.encode(severity, forKey: .severity)
    try container.encode(status, forKey: .status)
    try container.encode(authors, forKey: .authors)
    try container.encode(metadata, forKey: .metadata)
    try container.encode(sections, forKey: .sections)
    try container.encode(timeline, forKey: .timeline)
    try container.encode(summary, forKey: .summary)
    try container.encode(impact, forKey: .impact)
    try container.encode(rootCause, forKey: .rootCause)
    try container.encode(resolution, forKey: .resolution)
    try container.encode(lessonsLearned, forKey: .lessonsLearned)
    try container.encode(actionItems, forKey: .actionItems)
    try container.encode(statedDurations, forKey: .statedDurations)
    try container.encode(inputLimits, forKey: .inputLimits)
  }
}

extension TimelineEntry {
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(time, forKey: .time)
    try container.encode(timestamp, forKey: .timestamp)
    try container.encode(date, forKey: .date)
    try container.encode(timeOfDay, forKey: .timeOfDay)
    try container.encode(timezone, forKey: .timezone)
    try container.encode(zone, forKey: .zone)
    try container.encode(isApproximate, forKey: .isApproximate)
    try container.encode(rolledOver, forKey: .rolledOver)
    try container.encode(status, forKey: .status)
    try container.encode(text, forKey: .text)
    try container.encode(milestone, forKey: .milestone)
    try container.encode(alternate, forKey: .alternate)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      time: try container.decode(String.self, forKey: .time), text: try container.decode(String.self, forKey: .text),
      status: try container.decode(Status.self, forKey: .status),
      timeOfDay: try container.decodeIfPresent(TimeOfDay.self, forKey: .timeOfDay),
      date: try container.decodeIfPresent(CalendarDate.self, forKey: .date),
      zone: try container.decodeIfPresent(String.self, forKey: .zone),
      isApproximate: try container.decode(Bool.self, forKey: .isApproximate),
      location: SourceLocation(
        line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column)))
    timestamp = try container.decodeIfPresent(String.self, forKey: .timestamp)
    timezone = try container.decodeIfPresent(String.self, forKey: .timezone)
    rolledOver = try container.decode(Bool.self, forKey: .rolledOver)
    milestone = try container.decodeIfPresent(Milestone.self, forKey: .milestone)
    alternate = try container.decodeIfPresent(AlternateTime.self, forKey: .alternate)
  }
}

extension ActionItem {
  enum CodingKeys: String, CodingKey {
    case id, title, description, done, status, owner, due, dueRaw, ticket, priority, type, group, source, line, column
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(description, forKey: .description)
    try container.encode(done, forKey: .done)
    try container.encode(status, forKey: .status)
    try container.encode(owner, forKey: .owner)
    try container.encode(due, forKey: .due)
    try container.encode(dueRaw, forKey: .dueRaw)
    try container.encode(ticket, forKey: .ticket)
    try container.encode(priority, forKey: .priority)
    try container.encode(type, forKey: .type)
    try container.encode(group, forKey: .group)
    try container.encode(source, forKey: .source)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }
}

extension Section {
  enum CodingKeys: String, CodingKey {
    case title, level, kind, style, line, column, endLine, hasContent
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(level, forKey: .level)
    try container.encode(kind, forKey: .kind)
    try container.encode(style, forKey: .style)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
    try container.encode(endLine, forKey: .endLine)
    try container.encode(hasContent, forKey: .hasContent)
  }
}

extension Timeline {
  enum CodingKeys: String, CodingKey {
    case title, line, column, timezone, entries, newestFirst
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
    try container.encode(timezone, forKey: .timezone)
    try container.encode(entries, forKey: .entries)
    try container.encode(newestFirst, forKey: .newestFirst)
  }
}

extension IncidentSeverity {
  enum CodingKeys: String, CodingKey {
    case raw, level, rank, line, column
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(raw, forKey: .raw)
    try container.encode(level, forKey: .level)
    try container.encode(level?.rank, forKey: .rank)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    raw = try container.decode(String.self, forKey: .raw)
    level = try container.decodeIfPresent(Level.self, forKey: .level)
    line = try container.decode(Int.self, forKey: .line)
    column = try container.decode(Int.self, forKey: .column)
  }
}
