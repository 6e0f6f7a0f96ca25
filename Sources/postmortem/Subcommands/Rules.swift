import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem rules`: lists the lint rules, or explains one.
struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the lint rules, or explain one with its examples.",
    discussion: """
      Rule IDs are stable: configurations, suppression comments and CI filters name them. \
      Set a rule's level (off, info, warning, error) or options in .postmortem.yml under 'rules:'.

      Examples:
        postmortem rules
        postmortem rules --explain duration-mismatch
        postmortem rules --format json
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: ArgumentHelp("Print the description and examples of one rule.", valueName: "rule-id"))
  var explain: String?

  @Option(name: .shortAndLong, help: "Output format.")
  var format: Format = .text

  func run() throws {
    let rules = BuiltInRules.descriptors
    if let explain {
      guard let rule = BuiltInRules.descriptor(explain) else {
        Diagnostics.error(
          "unknown rule '\(explain)'\(Suggestion.hint(for: explain, among: rules.map(\.id))); "
            + "'postmortem rules' lists them")
        throw ExitCodes.usage
      }
      print(format == .json ? try json([rule]) : RuleDocumentation.explain(rule))
      return
    }
    if format == .json {
      print(try json(rules))
      return
    }
    let idWidth = rules.map(\.id.count).max() ?? 0
    for rule in rules {
      let level = rule.defaultLevel.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
      print("\(rule.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0))\(level)\(rule.summary)")
    }
  }

  private struct RuleJSON: Encodable {
    var id, name, summary, description, defaultLevel: String
    var options: [String: String]
  }

  private func json(_ rules: [RuleDescriptor]) throws -> String {
    try JSONOutput.encode(
      rules.map {
        RuleJSON(
          id: $0.id, name: $0.name, summary: $0.summary, description: $0.description,
          defaultLevel: $0.defaultLevel.rawValue, options: $0.options)
      }, pretty: true)
  }
}
