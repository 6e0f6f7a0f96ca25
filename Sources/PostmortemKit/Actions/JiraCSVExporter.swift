/// Jira's CSV import: Summary, Description, Issue Type, Priority, Assignee, Due date, Labels.
///
/// Dates are written as `yyyy-MM-dd`: choose that pattern in the importer's date format step.
/// Labels cannot contain spaces, so the postmortem label is its file name slug; one Labels column
/// per label, as Jira's own exports do.
struct JiraCSVExporter {
  func export(_ rollup: ActionItemRollup) -> String {
    var output = ""
    stream(rollup) { output += $0 }
    return output
  }

  /// The document a row at a time; the label columns are counted in a first pass.
  func stream(_ rollup: ActionItemRollup, to emit: (String) -> Void) {
    let labelColumns = max(1, rollup.items.map { labels($0).count }.max() ?? 1)
    emit(
      CSVWriter.row(
        ["Summary", "Description", "Issue Type", "Priority", "Assignee", "Due date"]
          + Array(repeating: "Labels", count: labelColumns)))
    for item in rollup.items {
      let labels = labels(item)
      emit(
        CSVWriter.row(
          [item.title, description(item), "Task", priority(item), item.owner ?? "", item.due?.description ?? ""]
            + labels + Array(repeating: "", count: labelColumns - labels.count)))
    }
  }

  private func labels(_ item: RolledUpItem) -> [String] {
    var labels = ["postmortem", "pm-" + Slug.make(ActionItemID.postmortemIdentity(file: item.postmortem.file))]
    if let type = item.type, !Slug.make(type).isEmpty { labels.append(Slug.make(type)) }
    return labels
  }

  /// Plain text (Jira's description is not Markdown) naming the source and the stable ID.
  private func description(_ item: RolledUpItem) -> String {
    var lines: [String] = []
    if let description = item.description { lines.append(description) }
    let postmortem = [item.postmortem.title, item.postmortem.date?.description, item.postmortem.severity]
      .compactMap { $0 }.joined(separator: ", ")
    lines.append("From postmortem: \(postmortem) (\(item.postmortem.file), line \(item.line)).")
    if let ticket = item.ticket { lines.append("Existing ticket: \(ticket)") }
    lines.append("postmortem-action-id: \(item.id)")
    return lines.joined(separator: "\n")
  }

  /// P0…P4 and the usual words onto Jira's default priorities.
  private func priority(_ item: RolledUpItem) -> String {
    guard let raw = item.priority else { return "" }
    switch IncidentSeverity.level(of: raw) {
    case .catastrophic?: return "Highest"
    case .critical?: return "High"
    case .high?, .medium?: return "Medium"
    case .low?: return "Low"
    case .informational?: return "Lowest"
    case nil: return raw
    }
  }
}
