/// Action items a docs-as-code site keeps in the front matter rather than in a section:
///
/// ```yaml
/// action_items:
///   - title: Pin the failover timeout
///     owner: hkim
///     due: 2024-06-20
///   - Add an alert on quorum loss (owner: lpark)
/// ```
///
/// Each element is written out as the bullet a section would hold ("Pin the failover timeout
/// (owner: hkim, due: 2024-06-20)"), so that its fields are read by the same rules as any item.
enum FrontMatterActionItems {
  /// The text and place of each element of the front-matter lists named as action items.
  static func items(in fields: [LabeledValue]) -> [(text: String, location: SourceLocation)] {
    var found: [(text: String, location: SourceLocation)] = []
    for field in fields where field.items != nil && namesActionItems(field.key) {
      for (item, mapping, location) in field.listElements {
        // An item with a colon in it and no quotes ("- Tune timeouts (owner: nadia)") is a
        // mapping of one pair to YAML: without a title among its keys, its text is the item.
        let text = mapping.isEmpty ? item : bullet(from: mapping) ?? (mapping.count == 1 ? item : nil)
        if let text, !text.trimmingWhitespace().isEmpty { found.append((text, location)) }
      }
    }
    return found
  }

  /// Whether a front-matter key names the action items: `action_items`, `actionItems`,
  /// `follow-ups`, `corrective_actions`.
  static func namesActionItems(_ key: String) -> Bool {
    SectionKind.recognize(key: key) == .actionItems
  }

  /// The keys whose value is the item's title, in order of preference.
  private static let titleKeys = ["title", "action", "task", "item", "summary", "name", "description", "what", "text"]

  /// The keys of an item's other fields, lower case, and the key a bullet writes for each.
  private static let fieldKeys: [String: String] = [
    "owner": "owner", "owners": "owner", "assignee": "owner", "assigned_to": "owner", "assigned": "owner",
    "who": "owner", "responsible": "owner", "due": "due", "due_date": "due", "duedate": "due", "deadline": "due",
    "due_by": "due", "eta": "due", "target": "due", "target_date": "due", "by": "due", "ticket": "ticket",
    "issue": "ticket", "jira": "ticket", "bug": "ticket", "link": "ticket", "url": "ticket", "tracker": "ticket",
    "status": "status", "state": "status", "priority": "priority", "type": "type", "kind": "type", "id": "id",
  ]

  /// An element written as a mapping, as the bullet a section would hold; nil without a title.
  private static func bullet(from mapping: [String: String]) -> String? {
    var lowered: [String: String] = [:]
    for (key, value) in mapping { lowered[key.lowercased()] = value.trimmingWhitespace() }
    guard let titleKey = titleKeys.first(where: { !(lowered[$0] ?? "").isEmpty }), let title = lowered[titleKey]
    else { return nil }
    var parts: [String] = []
    // Sorted, so that the text (and what is read from it) does not depend on the mapping's order.
    for (key, value) in lowered.sorted(by: { $0.key < $1.key }) where key != titleKey && !value.isEmpty {
      if let written = fieldKeys[key] {
        parts.append("\(written): \(value)")
      } else if ["done", "completed", "closed", "resolved"].contains(key) {
        // `done: true`: the item's state as a flag.
        let isSet = ["true", "yes", "y", "on"].contains(value.lowercased())
        parts.append("status: \(isSet ? "done" : "open")")
      }
    }
    return parts.isEmpty ? title : "\(title) (\(parts.joined(separator: ", ")))"
  }
}
