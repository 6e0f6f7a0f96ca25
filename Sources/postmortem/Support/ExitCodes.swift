import ArgumentParser

/// The exit statuses every subcommand uses: 0 clean, 1 findings at the fail level, 2 for usage,
/// configuration or input errors.
enum ExitCodes {
  static let findings = ExitCode(1)
  static let usage = ExitCode(2)
}
