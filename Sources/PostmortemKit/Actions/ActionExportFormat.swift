/// The formats `postmortem actions` writes. Adding one: an exporter and a case here.
public enum ActionExportFormat: String, Sendable, CaseIterable {
  case table, markdown, csv, json, jsonl
  case jiraCSV = "jira-csv"
  case github

  /// Writes `rollup` in this format.
  public func export(_ rollup: ActionItemRollup, options: ActionExportOptions) -> String {
    switch self {
    case .table: return ActionTableExporter().export(rollup, options: options)
    case .markdown: return ActionMarkdownExporter().export(rollup, options: options)
    case .csv: return ActionCSVExporter().export(rollup)
    case .json: return JSONOutput.prettyArray(rollup.items)
    case .jsonl: return rollup.items.map { $0.compactJSON() + "\n" }.joined()
    case .jiraCSV: return JiraCSVExporter().export(rollup)
    case .github: return GitHubScriptExporter().export(rollup, options: options)
    }
  }

  /// The text `export` returns, handed to `emit` in pieces where the format allows, so a large
  /// roll-up's export never has to exist whole in memory.
  public func stream(_ rollup: ActionItemRollup, options: ActionExportOptions, to emit: (String) -> Void) {
    switch self {
    case .json:
      JSONOutput.streamPrettyArray(rollup.items, to: emit)
    case .jsonl:
      for item in rollup.items { emit(item.compactJSON() + "\n") }
    case .csv:
      ActionCSVExporter().stream(rollup, to: emit)
    case .jiraCSV:
      JiraCSVExporter().stream(rollup, to: emit)
    case .table:
      ActionTableExporter().stream(rollup, options: options, to: emit)
    case .markdown:
      ActionMarkdownExporter().stream(rollup, options: options, to: emit)
    case .github:
      GitHubScriptExporter().stream(rollup, options: options, to: emit)
    }
  }
}

/// What exporters may know besides the items.
public struct ActionExportOptions: Sendable {
  public var grouping: ActionItemRollup.Grouping
  public var color: Bool
  public var generator: String
  /// Labels for the GitHub script's issues.
  public var labels: [String]

  public init(
    grouping: ActionItemRollup.Grouping = .none, color: Bool = false, generator: String,
    labels: [String] = ["postmortem"]
  ) {
    self.grouping = grouping
    self.color = color
    self.generator = generator
    self.labels = labels
  }
}
