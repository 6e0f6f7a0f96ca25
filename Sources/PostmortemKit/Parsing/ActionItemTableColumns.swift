/// Which columns of an action-item table hold which field, found from the header words.
struct ActionItemTableColumns {
  enum Field: CaseIterable {
    case title, owner, due, ticket, status, priority, type, id

    /// Built once: the table is consulted for every header of every action-item table.
    private static let names: [Field: Set<String>] = [
      .title: [
        "action item", "action items", "action", "actions", "item", "task", "description", "title", "summary",
        "follow up", "follow ups", "remediation", "what", "todo",
        // Spanish, French, German, Portuguese, Japanese, Chinese, Korean.
        "acción", "acciones", "tarea", "tâche", "mesure", "maßnahme", "aufgabe", "ação", "tarefa", "対策", "タスク",
        "措施", "任务", "조치", "작업", "azione", "azioni", "attività", "actie", "acties", "taak",
        // A Japanese template's "対応" (the response to take) and "対応内容".
        "対応", "対応内容", "アクション", "再発防止策", "hành động", "công việc", "nhiệm vụ",
      ],
      .owner: [
        "owner", "owners", "assignee", "assigned to", "who", "responsible", "dri", "lead", "assigned", "poc",
        "accountable", "point of contact", "contact",
        "responsable", "responsável", "verantwortlich", "zuständig", "responsabile", "eigenaar", "verantwoordelijke",
        "担当", "担当者", "负责人", "담당자", "オーナー", "責任者", "người phụ trách", "phụ trách",
        "người chịu trách nhiệm",
      ],
      .due: [
        "due", "due date", "deadline", "target date", "eta", "by", "target", "when", "date", "due by", "by when",
        "due on", "target completion", "target completion date", "completion date", "expected completion",
        "estimated completion", "timeframe", "time frame", "planned date", "planned completion", "expected date",
        "expected by", "expected completion date",
        "échéance", "date limite", "fecha límite", "fecha", "prazo", "fällig", "frist", "termin", "期限", "截止日期",
        "기한", "scadenza", "uiterlijk", "streefdatum", "hạn chót", "thời hạn", "hạn",
      ],
      .ticket: [
        "bug", "bugs", "ticket", "tickets", "issue", "jira", "link", "tracking", "tracker", "ticket id", "reference",
        "ref",
      ],
      .status: [
        "status", "state", "done", "progress", "complete", "completed", "statut", "état", "estado", "stato", "状態", "状态",
        "상태", "trạng thái",
      ],
      .priority: [
        "priority", "pri", "p", "urgency", "prioridad", "priorité", "priorität", "prioridade", "priorità", "prioriteit",
        "優先度", "优先级", "우선순위", "độ ưu tiên", "ưu tiên",
      ],
      .type: ["type", "category", "kind", "class"],
      .id: ["id", "#", "no", "number", "nº", "n°", "nr", "nro", "núm", "número", "numéro", "nummer"],
    ]

    /// The fields a normalised header names, in declaration order.
    static func named(_ header: String) -> [Field] { allCases.filter { names[$0]!.contains(header) } }

    /// Words that name a field within a longer header ("Jira ticket", "Point of contact",
    /// "Follow-up ticket", "Responsible team"), in the order they are tried.
    private static let keywords: [(Field, Set<String>)] = [
      (.ticket, ["ticket", "tickets", "jira", "issue", "bug", "tracking"]),
      (.owner, ["owner", "owners", "assignee", "poc", "contact", "responsible", "accountable", "dri"]),
      (.due, ["due", "deadline", "eta"]),
      (.status, ["status", "state"]),
      (.priority, ["priority"]),
    ]

    /// Words that make a header the item's own text whatever else it says ("Issue description").
    private static let titleWords: Set<String> = ["description", "summary", "title", "action", "item", "task", "what"]

    /// Whether a longer normalised header names the item's text by one of its words, in English or
    /// another language ("Ação corretiva/preventiva", "Acción correctiva", "Corrective action").
    static func namesTitleByWord(_ header: String) -> Bool {
      header.split(separator: " ").contains { titleWords.contains(String($0)) || otherTitleWords.contains(String($0)) }
    }

    private static let otherTitleWords: Set<String> = [
      "actions", "ação", "ações", "acción", "acciones", "mesure", "mesures", "maßnahme", "maßnahmen", "azione",
      "azioni", "actie", "acties", "tarefa", "tarea", "tâche", "aufgabe",
    ]

    /// The field a longer normalised header names by one of its words, if any.
    static func namedByWord(_ header: String) -> Field? {
      let words = header.split(separator: " ").map(String.init)
      guard words.count > 1, !words.contains(where: titleWords.contains) else { return nil }
      return keywords.first { _, names in words.contains(where: names.contains) }?.0
    }
  }

  // Stored, not looked up: every row of every table reads them several times.
  private(set) var title: Int?
  private(set) var owner: Int?
  private(set) var due: Int?
  private(set) var ticket: Int?
  private(set) var status: Int?
  private(set) var priority: Int?
  private(set) var type: Int?
  private(set) var id: Int?

  init(headers: [String]) {
    for (index, header) in headers.enumerated() {
      let normalized = MetadataKey.normalize(header)
      let key = normalized.isEmpty ? header.trimmingWhitespace() : normalized
      var fields = Field.named(key)
      // A qualifier in brackets is no part of the name: "Owner(s)", "Due (UTC)", "Ticket (Jira)".
      if fields.isEmpty, let name = MetadataKey.unqualified(header) {
        fields = Field.named(MetadataKey.normalize(name))
      }
      if fields.isEmpty, let field = Field.namedByWord(key) { fields = [field] }
      // The first field this header names that no earlier column took.
      if let field = fields.first(where: { self[$0] == nil }) { self[field] = index }
    }
    if title == nil {
      let used = Set(Field.allCases.compactMap { self[$0] })
      let unused = headers.indices.filter { !used.contains($0) }
      title =
        unused.first { Field.namesTitleByWord(MetadataKey.normalize(headers[$0])) } ?? unused.first
    }
  }

  /// A table whose headers all name other fields (`# | Owner | Priority | Due` over the items'
  /// text) was labelled a column off: the items are the column whose cells read as sentences
  /// (three words or more in most rows), and that column holds nothing else.
  mutating func takeTitle(fromRows rows: [[String]]) {
    guard title == nil, !rows.isEmpty else { return }
    var best: (column: Int, words: Int)?
    for column in 0..<(rows.map(\.count).max() ?? 0) where column != owner && column != due {
      var sentences = 0
      var words = 0
      for row in rows where column < row.count {
        let count = row[column].split(separator: " ").count
        words += count
        if count >= 3 { sentences += 1 }
      }
      guard sentences * 2 > rows.count, words > best?.words ?? 0 else { continue }
      best = (column, words)
    }
    guard let best else { return }
    for field in Field.allCases where self[field] == best.column { self[field] = nil }
    title = best.column
  }

  /// The column of `field`.
  subscript(field: Field) -> Int? {
    get {
      switch field {
      case .title: title
      case .owner: owner
      case .due: due
      case .ticket: ticket
      case .status: status
      case .priority: priority
      case .type: type
      case .id: id
      }
    }
    set {
      switch field {
      case .title: title = newValue
      case .owner: owner = newValue
      case .due: due = newValue
      case .ticket: ticket = newValue
      case .status: status = newValue
      case .priority: priority = newValue
      case .type: type = newValue
      case .id: id = newValue
      }
    }
  }
}
