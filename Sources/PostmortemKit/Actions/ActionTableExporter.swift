import Foundation

/// An aligned terminal table of action items, grouped, with overdue items highlighted when
/// colour is on, and a summary line.
struct ActionTableExporter: StreamingActionExporter {
  private static let header = ["ID", "STATUS", "DUE", "OWNER", "ACTION", "POSTMORTEM"]

  /// The table a line at a time: each group's column widths are measured in a first pass over
  /// its items and the rows made again in a second, so that no row is kept.
  func stream(_ rollup: ActionItemRollup, options: ActionExportOptions, to emit: (String) -> Void) {
    let header = ActionTableExporter.header
    var blocks = 0
    rollup.forEachGroup(by: options.grouping) { group in
      guard !group.items.isEmpty else { return }
      var widths = header.map(\.count)
      for item in group.items {
        for (column, cell) in row(item).enumerated() { widths[column] = max(widths[column], cell.count) }
      }
      emit(blocks == 0 ? "" : "\n\n")
      blocks += 1
      if options.grouping != .none {
        emit(TerminalStyle.paint("\(group.title) (\(group.items.count))", "1", options.color) + "\n")
      }
      emit(format(header, widths))
      for item in group.items {
        let line = format(row(item), widths)
        emit("\n" + (item.overdue ? TerminalStyle.paint(line, "31", options.color) : line))
      }
    }
    if blocks == 0 { emit("No action items match.") }
    emit("\n\n" + rollup.summary + "\n")
  }

  private func row(_ item: RolledUpItem) -> [String] {
    let status = item.done ? "done" : (item.overdue ? "OVERDUE" : "open")
    let postmortem = [item.postmortem.date?.description, item.postmortem.severity, item.postmortem.title]
      .compactMap { $0 }.joined(separator: " ")
    return [
      item.id, status, item.due?.description ?? item.dueRaw ?? "-", item.owner ?? "-", clip(item.title, 60),
      clip(postmortem, 50),
    ]
  }

  private func format(_ cells: [String], _ widths: [Int]) -> String {
    zip(cells, widths).enumerated().map { index, pair in
      index == cells.count - 1 ? pair.0 : pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0)
    }.joined(separator: "  ")
  }

  private func clip(_ text: String, _ limit: Int) -> String {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
  }
}
