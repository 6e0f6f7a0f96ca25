import Foundation

/// POSIX shell quoting: everything inside single quotes is literal, and a single quote is written
/// as `'\''`. No `$(…)`, backtick or `$VAR` in a quoted word is ever expanded.
public enum ShellQuoting {
  public static func quote(_ text: String) -> String {
    "'" + text.replacingEvery("'", with: "'\\''") + "'"
  }
}
