/// Every field of every item as CSV, one row per item.
struct ActionCSVExporter {
  static let header = [
    "id", "title", "done", "status", "owner", "due", "ticket", "priority", "type", "group", "line", "file",
    "postmortem_title", "postmortem_date", "severity", "overdue",
  ]

  func export(_ rollup: ActionItemRollup) -> String {
    var output = ""
    stream(rollup) { output += $0 }
    return output
  }

  /// The document a row at a time, so a large roll-up's export never exists whole in memory.
  func stream(_ rollup: ActionItemRollup, to emit: (String) -> Void) {
    emit(CSVWriter.row(ActionCSVExporter.header))
    for item in rollup.items {
      emit(
        CSVWriter.row([
          item.id, item.title, item.done ? "true" : "false", item.status ?? "", item.owner ?? "",
          item.due?.description ?? item.dueRaw ?? "", item.ticket ?? "", item.priority ?? "", item.type ?? "",
          item.group ?? "", String(item.line), item.postmortem.file, item.postmortem.title ?? "",
          item.postmortem.date?.description ?? "", item.postmortem.severity ?? "", item.overdue ? "true" : "false",
        ]))
    }
  }
}
