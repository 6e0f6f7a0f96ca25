/// ANSI colour for terminal output, applied only when colour is on.
enum TerminalStyle {
  /// `text` wrapped in the SGR `code` (`"1;31"` bold red), or unchanged when `enabled` is false.
  static func paint(_ text: String, _ code: String, _ enabled: Bool) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
