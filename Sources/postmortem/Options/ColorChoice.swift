import ArgumentParser
import Foundation

/// `--color auto|always|never`, with the NO_COLOR / FORCE_COLOR / CLICOLOR_FORCE conventions.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  /// Whether to colour output going to standard output (`toTerminal`) with `environment`.
  func enabled(toTerminal: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      // force-color.org: FORCE_COLOR wins over NO_COLOR; "0" and "false" mean off.
      if let force = environment["FORCE_COLOR"], !force.isEmpty { return force != "0" && force != "false" }
      if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" || environment["CLICOLOR"] == "0" { return false }
      return toTerminal
    }
  }
}
