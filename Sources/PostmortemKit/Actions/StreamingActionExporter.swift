/// An exporter that writes its document in pieces, so a large roll-up's export never exists
/// whole in memory; `export` gathers the pieces.
protocol StreamingActionExporter {
  func stream(_ rollup: ActionItemRollup, options: ActionExportOptions, to emit: (String) -> Void)
}

extension StreamingActionExporter {
  /// The whole document.
  func export(_ rollup: ActionItemRollup, options: ActionExportOptions) -> String {
    var output = ""
    stream(rollup, options: options) { output += $0 }
    return output
  }
}
