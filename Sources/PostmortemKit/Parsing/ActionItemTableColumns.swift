/// Which columns of an action-item table hold which field, found from the header words.
struct ActionItemTableColumns {
  enum Field: CaseIterable {
    case title, owner, due, ticket, status, priority, type, id

    var headerNames: Set<String> {
      switch self {
      case .title:
        return [
          "action item", "action items", "action", "actions", "item", "task", "description", "title", "summary",
          "follow up", "follow ups", "remediation", "what", "todo",
        ]
      case .owner:
        return ["owner", "owners", "assignee", "assigned to", "who", "responsible", "dri", "lead", "assigned"]
      case .due: return ["due", "due date", "deadline", "target date", "eta", "by", "target", "when", "date", "due by"]
      case .ticket:
        return [
          "bug", "bugs", "ticket", "tickets", "issue", "jira", "link", "tracking", "tracker", "ticket id", "reference",
          "ref",
        ]
      case .status: return ["status", "state", "done", "progress", "complete", "completed"]
      case .priority: return ["priority", "pri", "p", "urgency"]
      case .type: return ["type", "category", "kind", "class"]
      case .id: return ["id", "#", "no", "number"]
      }
    }
  }

  private var columns: [Field: Int] = [:]

  var title: Int? { columns[.title] }
  var owner: Int? { columns[.owner] }
  var due: Int? { columns[.due] }
  var ticket: Int? { columns[.ticket] }
  var status: Int? { columns[.status] }
  var priority: Int? { columns[.priority] }
  var type: Int? { columns[.type] }
  var id: Int? { columns[.id] }

  init(headers: [String]) {
    for (index, header) in headers.enumerated() {
      let normalized = MetadataKey.normalize(header)
      let key = normalized.isEmpty ? header.trimmingWhitespace() : normalized
      if let field = Field.allCases.first(where: { columns[$0] == nil && $0.headerNames.contains(key) }) {
        columns[field] = index
      }
    }
    if columns[.title] == nil {
      let used = Set(columns.values)
      columns[.title] = headers.indices.first { !used.contains($0) }
    }
  }
}
