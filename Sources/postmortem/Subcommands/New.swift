import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem new`: starts a postmortem from a template.
struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Start a new postmortem from a template.",
    discussion: """
      Writes <dir>/<date>-<slug>.md (the title folded to lower-case ASCII with dashes) and prints \
      its path. The document records its template, so 'postmortem lint' judges it by the matching \
      profile; a fresh document reports only the template placeholders still to fill in.

      Missing values are asked for when standard input is a terminal; with --no-input (or no \
      terminal) the title is required and the severity defaults to SEV3 (or the profile's least \
      severe level). An existing file is never replaced without --force.

      Templates: 'postmortem templates' lists them. A templates/ folder in the project (or the \
      'templates:' folder of .postmortem.yml) adds templates or replaces shipped ones by name.

      Examples:
        postmortem new "Search outage in EU" --severity SEV2 --author "Ana Ortiz"
        postmortem new "Cache stampede" --template google-sre --date 2024-03-02
        postmortem new "Queue backlog" --template lightweight --stdout
      """
  )

  @Argument(help: "The incident's title.")
  var title: String?

  @Option(help: ArgumentHelp("The incident date (default: today).", valueName: "YYYY-MM-DD"))
  var date: DateArgument?

  @Option(help: ArgumentHelp("The incident's severity, e.g. SEV2, P1, High.", valueName: "level"))
  var severity: String?

  @Option(name: .customLong("author"), help: ArgumentHelp("An author (repeat for several).", valueName: "name"))
  var authors: [String] = []

  @Option(
    help: ArgumentHelp("The template to use (default: the configured profile, else 'default').", valueName: "name"))
  var template: String?

  @Option(help: ArgumentHelp("The folder to write into.", valueName: "folder"))
  var dir = "postmortems"

  @Flag(help: "Print the document instead of writing a file.")
  var stdout = false

  @Flag(help: "Replace the file if it already exists.")
  var force = false

  @Flag(help: "Never ask; fail when a required value is missing.")
  var noInput = false

  @Option(
    help: ArgumentHelp("Use this configuration file instead of searching for .postmortem.yml.", valueName: "file"))
  var config: String?

  func run() throws {
    let configuration = try loadConfiguration()
    let catalog = try templateCatalog(for: configuration)
    let templateName = template ?? configuration?.profile ?? "default"
    let chosen: (entry: TemplateCatalog.Entry, profile: Profile)
    do {
      chosen = try catalog.require(templateName)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
    let interactive = !noInput && isatty(STDIN_FILENO) == 1
    let title = try resolveTitle(interactive: interactive)
    let slug = Slug.make(title)
    guard !slug.isEmpty else {
      Diagnostics.error("the title '\(title)' has no letters or digits to name the file after; use a title with some")
      throw ExitCodes.usage
    }
    let severity = try resolveSeverity(profile: chosen.profile, interactive: interactive)
    var authors = self.authors.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if authors.isEmpty, interactive, let answer = ask("Authors, comma-separated (Enter to fill in later): ") {
      authors = answer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    let values = TemplateValues(
      title: title, date: date?.date ?? Clock.today(), severity: severity, authors: authors, template: templateName)
    let text: String
    do {
      text = try TemplateRenderer.render(chosen.entry.text, values: values, profile: chosen.profile)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
    if stdout {
      print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
      return
    }
    let path = (dir as NSString).appendingPathComponent("\(values.date)-\(slug).md")
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      try AtomicFile.write(text, to: path, overwrite: force)
    } catch let error as AtomicFile.WriteError {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    } catch {
      Diagnostics.error("\(dir): cannot create folder: \((error as NSError).localizedDescription)")
      throw ExitCodes.usage
    }
    print(path)
  }

  private func loadConfiguration() throws -> LintConfiguration? {
    if let config { return try LintSetup.load(config) }
    let here = FileManager.default.currentDirectoryPath
    return try ConfigurationLocator().configurationPath(inDirectory: here).map(LintSetup.load)
  }

  private func templateCatalog(for configuration: LintConfiguration?) throws -> TemplateCatalog {
    let folder = LintSetup.templatesFolder(for: configuration, near: FileManager.default.currentDirectoryPath)
    do {
      return try TemplateCatalog.builtIn.adding(directory: folder)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
  }

  private func resolveTitle(interactive: Bool) throws -> String {
    var title = (self.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    if title.isEmpty, interactive {
      title = (ask("Title: ") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard !title.isEmpty else {
      Diagnostics.error("a title is required, e.g. postmortem new \"Search outage in EU\"")
      throw ExitCodes.usage
    }
    return title
  }

  private func resolveSeverity(profile: Profile, interactive: Bool) throws -> String {
    let scale = profile.severities
    let fallback = scale.first { IncidentSeverity.level(of: $0) == .medium } ?? scale.last ?? "SEV3"
    var answer = severity
    if answer == nil, interactive {
      answer = ask("Severity (\(scale.joined(separator: ", "))) [\(fallback)]: ")
      if answer?.isEmpty == true { answer = nil }
    }
    guard let answer else { return fallback }
    let allowed = profile.allowedLevels
    guard let level = IncidentSeverity.level(of: answer), allowed.isEmpty || allowed.contains(level) else {
      Diagnostics.error(
        "severity '\(answer)' is not on the scale of template '\(profile.name)': \(scale.joined(separator: ", "))")
      throw ExitCodes.usage
    }
    // Write the profile's own spelling of the level (sev-2 → SEV2).
    return scale.first { IncidentSeverity.level(of: $0) == level } ?? answer
  }

  private func ask(_ prompt: String) -> String? {
    FileHandle.standardError.write(Data(prompt.utf8))
    return readLine()?.trimmingCharacters(in: .whitespaces)
  }
}
