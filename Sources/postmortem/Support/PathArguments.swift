/// Long lists of file names, as pre-commit hooks and `xargs` pass them, bundled before
/// swift-argument-parser reads the command line.
///
/// swift-argument-parser (1.8) records each value of an array argument by copying the values so
/// far and merging the set of their positions into a new one, so reading n paths takes O(n²):
/// 10,000 file names cost 1.5 s before the first file was opened. Here each run of arguments that
/// cannot be options becomes one value, its names joined with NUL (which no argument can
/// contain); `InputOptions.resolvedPaths` splits them again. A run's first argument stays on its
/// own, since it may be the value of the option before it.
enum PathArguments {
  /// What joins the names of a run.
  static let separator: Character = "\u{0}"
  /// Shorter command lines are left exactly as typed: they cost the parser nothing.
  static let threshold = 64
  /// The subcommands whose positional arguments are paths.
  static let commands: Set<String> = ["parse", "lint", "render", "actions"]

  /// `arguments` (without the executable's name) with runs of path arguments joined.
  static func bundled(_ arguments: [String]) -> [String] {
    guard arguments.count > threshold, let subcommand = arguments.first, commands.contains(subcommand) else {
      return arguments
    }
    var result: [String] = []
    var run: [String] = []
    var startsRun = true
    var afterTerminator = false
    func flush() {
      if !run.isEmpty { result.append(run.joined(separator: String(separator))) }
      run = []
    }
    for argument in arguments {
      if !afterTerminator, argument.hasPrefix("-"), argument != "-" {
        flush()
        result.append(argument)
        afterTerminator = argument == "--"
        startsRun = true
      } else if startsRun {
        result.append(argument)
        startsRun = false
      } else {
        run.append(argument)
      }
    }
    flush()
    return result
  }

  /// `values` with bundled runs split into their names again.
  static func unbundled(_ values: [String]) -> [String] {
    values.flatMap { value in
      value.contains(separator)
        ? value.split(separator: separator, omittingEmptySubsequences: false).map(String.init) : [value]
    }
  }
}
