import Yams

/// Reads a profile from YAML, refusing unknown keys with a suggestion of the nearest valid one.
public enum ProfileReader {
  static let topLevelKeys = ["name", "description", "sections", "metadata", "severities", "action_items"]
  static let sectionKeys = ["heading", "kind", "aliases"]
  static let actionItemKeys = ["owner", "due_date", "due_within_days"]
  static let metadataKeys = ["title", "date", "severity", "status", "authors", "duration", "start", "end", "timezone"]

  /// Reads `text` (from `path`, for messages).
  public static func read(_ text: String, path: String) throws(ConfigurationError) -> Profile {
    let root = try YAMLTree.load(text, path: path)
    let map = try root.mapping(path: path, allowed: topLevelKeys)
    guard let name = map["name"]?.string, !name.isEmpty else {
      throw ConfigurationError(path: path, line: root.line, message: "a profile needs a name")
    }
    var sections: [Profile.SectionRequirement] = []
    for item in map["sections"]?.sequence ?? [] {
      let fields = try item.mapping(path: path, allowed: sectionKeys)
      guard let heading = fields["heading"]?.string else {
        throw ConfigurationError(path: path, line: item.line, message: "a section needs a heading")
      }
      let kindName = fields["kind"]?.string ?? ""
      guard let kind = SectionKind(rawValue: kindName) ?? SectionKind.recognize(heading) else {
        let known = SectionKind.allCases.map(\.rawValue)
        throw ConfigurationError(
          path: path, line: fields["kind"]?.line ?? item.line,
          message: "unknown section kind '\(kindName)'\(Suggestion.hint(for: kindName, among: known))")
      }
      sections.append(
        Profile.SectionRequirement(
          heading: heading, kind: kind, aliases: fields["aliases"]?.sequence?.compactMap(\.string) ?? []))
    }
    let metadata = map["metadata"]?.sequence?.compactMap(\.string) ?? []
    for (index, key) in metadata.enumerated() where !metadataKeys.contains(key) {
      throw ConfigurationError(
        path: path, line: map["metadata"]?.sequence?[index].line ?? root.line,
        message: "unknown metadata key '\(key)'\(Suggestion.hint(for: key, among: metadataKeys))")
    }
    let severities = map["severities"]?.sequence?.compactMap(\.string) ?? []
    for (index, label) in severities.enumerated() where IncidentSeverity.level(of: label) == nil {
      throw ConfigurationError(
        path: path, line: map["severities"]?.sequence?[index].line ?? root.line,
        message: "severity '\(label)' is not a recognised level (use SEV0–SEV5, P0–P4 or Critical…Low)")
    }
    var policy = Profile.ActionItemPolicy()
    if let node = map["action_items"] {
      let fields = try node.mapping(path: path, allowed: actionItemKeys)
      policy.ownerRequired = try requirement(fields["owner"], path: path, default: true)
      policy.dueDateRequired = try requirement(fields["due_date"], path: path, default: true)
      if let within = fields["due_within_days"] {
        for (label, value) in try within.mapping(path: path, allowed: nil) {
          guard let level = IncidentSeverity.level(of: label) else {
            throw ConfigurationError(path: path, line: value.line, message: "'\(label)' is not a severity level")
          }
          guard let days = value.string.flatMap({ Int($0) }), days > 0 else {
            throw ConfigurationError(path: path, line: value.line, message: "due_within_days needs a positive number")
          }
          policy.dueWithinDays[level] = days
        }
      }
    }
    return Profile(
      name: name, description: map["description"]?.string ?? "", sections: sections, metadata: metadata,
      severities: severities, actionItems: policy)
  }

  private static func requirement(_ node: YAMLTree?, path: String, default value: Bool) throws(ConfigurationError)
    -> Bool
  {
    guard let node else { return value }
    switch node.string {
    case "required": return true
    case "optional": return false
    default:
      throw ConfigurationError(path: path, line: node.line, message: "expected 'required' or 'optional'")
    }
  }
}
