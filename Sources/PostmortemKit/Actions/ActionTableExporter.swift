import Foundation

/// An aligned terminal table of action items, grouped, with overdue items highlighted when
/// colour is on, and a summary line.
struct ActionTableExporter {
  func export(_ rollup: ActionItemRollup, options: ActionExportOptions) -> String {
    let header = ["ID", "STATUS", "DUE", "OWNER", "ACTION", "POSTMORTEM"]
    var blocks: [String] = []
    for group in rollup.groups(by: options.grouping) where !group.items.isEmpty {
      let rows = group.items.map { item -> [String] in
        let status = item.done ? "done" : (item.overdue ? "OVERDUE" : "open")
        let postmortem = [item.postmortem.date?.description, item.postmortem.severity, item.postmortem.title]
          .compactMap { $0 }.joined(separator: " ")
        return [
          item.id, status, item.due?.description ?? item.dueRaw ?? "-", item.owner ?? "-",
          clip(item.title, 60), clip(postmortem, 50),
        ]
      }
      let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
      var lines: [String] = []
      if options.grouping != .none {
        lines.append(TerminalStyle.paint("\(group.title) (\(group.items.count))", "1", options.color))
      }
      lines.append(format(header, widths))
      for (row, item) in zip(rows, group.items) {
        let line = format(row, widths)
        lines.append(item.overdue ? TerminalStyle.paint(line, "31", options.color) : line)
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    let body = blocks.isEmpty ? "No action items match." : blocks.joined(separator: "\n\n")
    return body + "\n\n" + rollup.summary + "\n"
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
