/// Every action item of many postmortems, filtered, sorted and grouped: the dashboard of
/// follow-ups that the folder of postmortems is the source of truth for.
public struct ActionItemRollup: Sendable {
  /// How items are grouped in table and Markdown output.
  public enum Grouping: String, Sendable, CaseIterable {
    case none, owner, postmortem, severity, due
  }

  /// Items that share a group key, in order.
  public struct Group: Sendable {
    public var title: String
    public var items: [RolledUpItem]
  }

  /// The kept items, sorted by due date (none last), then incident date, file and line.
  public private(set) var items: [RolledUpItem]
  /// Counts over every item read, before filtering.
  public private(set) var totals: (open: Int, done: Int, overdue: Int)
  public private(set) var postmortemCount: Int
  public let today: CalendarDate

  /// The items of `documents` that `filter` keeps; overdue is judged against `today`.
  public init(documents: [PostmortemDocument], filter: ActionFilter = ActionFilter(), today: CalendarDate) {
    self.init(
      items: documents.flatMap { ActionItemRollup.items(of: $0, today: today) }, postmortemCount: documents.count,
      filter: filter, today: today)
  }

  /// A rollup of items already taken from their documents (see `items(of:today:)`), so that many
  /// postmortems can be read without keeping them in memory.
  public init(
    items all: consuming [RolledUpItem], postmortemCount: Int, filter: ActionFilter = ActionFilter(),
    today: CalendarDate
  ) {
    self.today = today
    self.postmortemCount = postmortemCount
    let done = all.count { $0.done }
    totals = (all.count - done, done, all.count { $0.overdue })
    // Filtered and sorted in place: a roll-up of a large archive holds tens of thousands of items.
    var kept = consume all
    kept.removeAll { !filter.keeps($0) }
    items = ActionItemRollup.sorted(consume kept)
  }

  /// The action items of one postmortem, with their IDs and the postmortem's facts; its
  /// `incidentDay` dates a postmortem that states its day only in its summary.
  public static func items(of document: PostmortemDocument, today: CalendarDate) -> [RolledUpItem] {
    let ids = ActionItemID.ids(for: document)
    let postmortem = RolledUpItem.Postmortem(
      // A postmortem that states no date still names its day in its start, end or title (or, read
      // by the parser, in its summary: `incidentDay` holds them all; a document built otherwise
      // has none).
      file: document.file, title: document.title?.text,
      date: document.incidentDay ?? PostmortemParser.referenceDate(of: document),
      severity: document.severity.map { $0.level?.sevLabel ?? $0.raw }, severityRank: document.severity?.level?.rank)
    return zip(document.actionItems, ids).map { item, id in
      RolledUpItem(
        id: id, title: item.title, description: item.description, done: item.done, status: item.status,
        owner: item.owner, due: item.due, dueRaw: item.dueRaw, ticket: item.ticket, priority: item.priority,
        type: item.type, group: item.group, line: item.line,
        overdue: !item.done && (item.due.map { $0 < today } ?? false), postmortem: postmortem)
    }
  }

  /// The capacity to give the items collected so far when `needed` no longer fit, after `read`
  /// of `total` postmortems: the count the postmortems read so far predict for all of them, with
  /// a twentieth to spare, and never more than double. An array that doubles holds its old and
  /// new buffers together at the last growth, up to three times what the roll-up needs, and for
  /// an archive's tens of thousands of items that was the peak of the process's memory.
  public static func capacity(needed: Int, read: Int, of total: Int) -> Int {
    // A prediction from a few postmortems is a guess: until then, double.
    guard read >= 64, total > read else { return needed * 2 }
    let predicted = needed * total / read
    return min(needed * 2, max(needed, predicted + predicted / 20))
  }

  /// `items` in `order`, sorted on integer keys: comparing file paths as strings for each of
  /// the million comparisons a large roll-up needs cost more than reading the postmortems.
  static func sorted(_ items: consuming [RolledUpItem]) -> [RolledUpItem] {
    let fileRanks = Dictionary(
      uniqueKeysWithValues: Set(items.map(\.postmortem.file)).sorted().enumerated().map { ($1, $0) })
    let farFuture = CalendarDate(year: 9999, month: 12, day: 31)!.daysSinceEpoch
    let keys = items.map { item in
      (
        item.due?.daysSinceEpoch ?? farFuture, item.postmortem.date?.daysSinceEpoch ?? farFuture,
        fileRanks[item.postmortem.file]!, item.line
      )
    }
    let order = items.indices.sorted { keys[$0] < keys[$1] }
    // The permutation is applied in place, cycle by cycle, so the items are never held twice.
    var result = consume items
    var placed = [Bool](repeating: false, count: result.count)
    for start in result.indices where !placed[start] {
      let first = result[start]
      var position = start
      while true {
        placed[position] = true
        let source = order[position]
        if source == start {
          result[position] = first
          break
        }
        result[position] = result[source]
        position = source
      }
    }
    return result
  }

  /// The order of a roll-up, by definition: due date (none last), incident date, file, line.
  /// `sorted` implements it on integer keys; a test holds the two together.
  static func order(_ a: RolledUpItem, _ b: RolledUpItem) -> Bool {
    let farFuture = CalendarDate(year: 9999, month: 12, day: 31)!
    let left = (a.due ?? farFuture, a.postmortem.date ?? farFuture, a.postmortem.file, a.line)
    let right = (b.due ?? farFuture, b.postmortem.date ?? farFuture, b.postmortem.file, b.line)
    return left < right
  }

  /// "10 open, 5 done, 7 overdue (15 action items in 5 postmortems; 10 shown)".
  public var summary: String {
    let total = totals.open + totals.done
    return
      "\(totals.open) open, \(totals.done) done, \(totals.overdue) overdue (\(total) action item\(total == 1 ? "" : "s") "
      + "in \(postmortemCount) postmortem\(postmortemCount == 1 ? "" : "s"); \(items.count) shown)"
  }

  /// The kept items in groups, in a stable order.
  public func groups(by grouping: Grouping) -> [Group] {
    var groups: [Group] = []
    forEachGroup(by: grouping) { groups.append($0) }
    return groups
  }

  /// The groups of `groups(by:)` one at a time: only the group at hand holds copies of its items
  /// (a roll-up of a large archive holds tens of thousands).
  func forEachGroup(by grouping: Grouping, _ body: (Group) -> Void) {
    guard grouping != .none else { return body(Group(title: "", items: items)) }
    var order: [String] = []
    var members: [String: [Int]] = [:]
    for (index, item) in items.enumerated() {
      let key = groupKey(item, grouping)
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(index)
    }
    let sortedKeys: [String]
    switch grouping {
    case .severity:
      sortedKeys = order.sorted { severitySortKey($0) < severitySortKey($1) }
    case .due:
      let buckets = ["Overdue", "Due within 7 days", "Due later", "No due date"]
      sortedKeys = order.sorted { (buckets.firstIndex(of: $0) ?? 9) < (buckets.firstIndex(of: $1) ?? 9) }
    default:
      sortedKeys = order.sorted {
        ($0 == "(no owner)" ? 1 : 0, $0.lowercased()) < ($1 == "(no owner)" ? 1 : 0, $1.lowercased())
      }
    }
    for key in sortedKeys { body(Group(title: key, items: members[key, default: []].map { items[$0] })) }
  }

  private func groupKey(_ item: RolledUpItem, _ grouping: Grouping) -> String {
    switch grouping {
    case .none: return ""
    case .owner: return item.owner ?? "(no owner)"
    case .postmortem:
      return [item.postmortem.date?.description, item.postmortem.title ?? item.postmortem.file].compactMap { $0 }
        .joined(separator: " ")
    case .severity: return item.postmortem.severity ?? "Unknown"
    case .due:
      guard let due = item.due else { return "No due date" }
      if item.overdue { return "Overdue" }
      return due.daysSinceEpoch - today.daysSinceEpoch <= 7 ? "Due within 7 days" : "Due later"
    }
  }

  private func severitySortKey(_ label: String) -> Int {
    IncidentSeverity.level(of: label)?.rank ?? 99
  }
}
