import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem config`: shows the configuration lint would use here.
struct Config: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show the effective lint configuration (every key, with defaults filled in).",
    discussion: """
      Without --config, .postmortem.yml (or .postmortem.yaml) is searched for from the current \
      folder up to the repository root. Every key is optional:

        version: 1                # the configuration format
        profile: default          # default, google-sre, or one from your templates folder
        paths: [postmortems]      # what 'postmortem lint' reads when given no paths
        templates: templates      # a folder of your own templates and profiles
        rules:
          action-item-due-date: warning       # off, info, warning or error
          duration-mismatch: { level: error, tolerance_minutes: 10 }
      """
  )

  @Flag(help: "Print the effective configuration as YAML.")
  var dump = false

  @Option(help: ArgumentHelp("Read this configuration file instead of searching.", valueName: "file"))
  var config: String?

  func run() throws {
    let path = config ?? ConfigurationLocator().configurationPath(inDirectory: FileManager.default.currentDirectoryPath)
    let configuration = try path.map(LintSetup.load) ?? LintConfiguration()
    print("# " + (path.map { "from \($0)" } ?? "no .postmortem.yml found; defaults"))
    print(configuration.dump())
  }
}
