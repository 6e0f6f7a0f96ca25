import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem templates`: lists the templates `new` can use.
struct Templates: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "templates",
    abstract: "List the templates 'postmortem new' can use, or print one.",
    discussion: """
      Shipped templates are built in; a project's templates/ folder (or the 'templates:' folder \
      of .postmortem.yml) adds more or replaces them by name. Each template NAME.md is paired with \
      the profile NAME.yml that lint uses for documents made from it.

      Template values: {{title}}, {{date}}, {{severity}}, {{authors}}, {{dueDate}} (a due date \
      the profile accepts), {{template}}. Write placeholders in [brackets] so that lint reports \
      them until they are filled in.
      """
  )

  @Option(help: ArgumentHelp("Print this template's Mustache source.", valueName: "name"))
  var show: String?

  @Option(
    help: ArgumentHelp("Use this configuration file instead of searching for .postmortem.yml.", valueName: "file"))
  var config: String?

  func run() throws {
    let here = FileManager.default.currentDirectoryPath
    let configuration = try (config ?? ConfigurationLocator().configurationPath(inDirectory: here)).map(LintSetup.load)
    let catalog: TemplateCatalog
    do {
      catalog = try TemplateCatalog.builtIn.adding(directory: LintSetup.templatesFolder(for: configuration, near: here))
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
    if let show {
      do {
        print(try catalog.require(show).entry.text, terminator: "")
      } catch {
        Diagnostics.error(error.description)
        throw ExitCodes.usage
      }
      return
    }
    let width = catalog.names.map(\.count).max() ?? 0
    let origins = catalog.names.map { catalog.entries[$0]!.origin.description }
    let originWidth = origins.map(\.count).max() ?? 0
    for (name, origin) in zip(catalog.names, origins) {
      print(
        name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
          + origin.padding(toLength: originWidth + 2, withPad: " ", startingAt: 0) + catalog.summary(of: name))
    }
  }
}
