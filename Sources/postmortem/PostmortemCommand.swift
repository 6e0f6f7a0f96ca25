import ArgumentParser
import Foundation
import PostmortemKit

/// The `postmortem` command: checks, reports on and tracks incident postmortems kept as Markdown.
@main
struct PostmortemCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "postmortem",
    abstract: "Parse, check and report on incident postmortems written in Markdown.",
    discussion: """
      Postmortems are read with cmark-gfm into a typed model: metadata, sections, the timeline with \
      resolved timestamps, and action items with owners and due dates.

      Exit status: 0 on success, 1 when lint finds problems at the --fail-on level, 2 when an input or configuration could not be read or the command line is wrong.
      """,
    version: version,
    subcommands: [Parse.self, Lint.self, New.self, Render.self, Actions.self, Templates.self, Rules.self, Config.self]
  )

  /// Runs the command, mapping usage errors to exit status 2 (swift-argument-parser uses 64).
  static func main() {
    do {
      var command = try parseAsRoot(PathArguments.bundled(Array(CommandLine.arguments.dropFirst())))
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
