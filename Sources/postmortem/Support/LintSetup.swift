import ArgumentParser
import Foundation
import PostmortemKit

/// Works out which configuration, profiles and linter apply to each file.
struct LintSetup {
  let explicitConfiguration: LintConfiguration?
  let profile: String?
  let today: CalendarDate
  let locator = ConfigurationLocator()
  /// The configuration that applies where the command runs (--config, else the one found here),
  /// read once.
  let hereConfiguration: LintConfiguration?
  /// Its paths, what commands read when given none.
  var defaultPaths: [String]? { hereConfiguration?.paths }
  /// Its exclude patterns, left out of every folder walked.
  var excluded: [String] { hereConfiguration?.exclude ?? [] }

  init(configPath: String?, profile: String?, today: CalendarDate) throws {
    self.profile = profile
    self.today = today
    if let configPath {
      explicitConfiguration = try LintSetup.load(configPath)
      hereConfiguration = explicitConfiguration
    } else {
      explicitConfiguration = nil
      let here = FileManager.default.currentDirectoryPath
      hereConfiguration = try locator.configurationPath(inDirectory: here).map(LintSetup.load)
    }
    if let profile {
      // Check the name up front: a misspelt --profile is a usage error, not a finding per file.
      let catalog = try LintSetup.catalog(for: explicitConfiguration, near: FileManager.default.currentDirectoryPath)
      do {
        _ = try catalog.require(profile, source: "--profile")
      } catch {
        Diagnostics.error(error.description)
        throw ExitCodes.usage
      }
    }
  }

  /// The parser, with the milestone phrases of the configuration that applies here.
  var parser: PostmortemParser {
    PostmortemParser(milestones: MilestoneDetector(extraPhrases: hereConfiguration?.milestones ?? [:]))
  }

  /// The templates folder of the configuration that applies here.
  var templatesFolder: String {
    LintSetup.templatesFolder(for: hereConfiguration, near: FileManager.default.currentDirectoryPath)
  }

  /// Reads a configuration file, turning any problem into a one-line error and exit status 2.
  static func load(_ path: String) throws -> LintConfiguration {
    do {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw ConfigurationError(path: path, line: nil, message: "cannot read configuration file")
      }
      return try LintConfiguration.read(text, path: path)
    } catch let error as ConfigurationError {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
  }

  /// The built-in profiles plus those in the configuration's templates folder (or ./templates).
  static func catalog(for configuration: LintConfiguration?, near directory: String) throws -> ProfileCatalog {
    do {
      return try catalogOrError(for: configuration, near: directory)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
  }

  private static func catalogOrError(for configuration: LintConfiguration?, near directory: String)
    throws(ConfigurationError) -> ProfileCatalog
  {
    try ProfileCatalog.builtIn.adding(directory: templatesFolder(for: configuration, near: directory))
  }

  /// The project's templates folder: the configuration's `templates:` (relative to the file),
  /// else `templates` beside the configuration, else in `directory`.
  static func templatesFolder(for configuration: LintConfiguration?, near directory: String) -> String {
    let base = configuration?.path.map { ($0 as NSString).deletingLastPathComponent } ?? directory
    let folder = configuration?.templates ?? "templates"
    return folder.hasPrefix("/") ? folder : (base.isEmpty ? folder : base + "/" + folder)
  }

  /// A linter for each file; files whose configuration cannot be read get an error instead.
  func linters(for files: [String]) -> (linters: LinterTable, errors: [ConfigurationError]) {
    var table = LinterTable()
    var errors: [ConfigurationError] = []
    var byConfiguration: [String: Result<Int, ConfigurationError>] = [:]
    let here = FileManager.default.currentDirectoryPath
    for file in files {
      let configPath =
        explicitConfiguration?.path
        ?? (file == "-" ? locator.configurationPath(inDirectory: here) : locator.configurationPath(for: file))
      let key = configPath ?? ""
      if byConfiguration[key] == nil {
        switch makeLinter(configPath: configPath) {
        case .success(let linter): byConfiguration[key] = .success(table.add(linter))
        case .failure(let error):
          byConfiguration[key] = .failure(error)
          errors.append(error)
        }
      }
      if case .success(let index) = byConfiguration[key]! { table.assign(file, to: index) }
    }
    return (table, errors)
  }

  private func makeLinter(configPath: String?) -> Result<Linter, ConfigurationError> {
    do throws(ConfigurationError) {
      var configuration = explicitConfiguration ?? LintConfiguration()
      if explicitConfiguration == nil, let configPath {
        guard let text = try? String(contentsOfFile: configPath, encoding: .utf8) else {
          throw ConfigurationError(path: configPath, line: nil, message: "cannot read configuration file")
        }
        configuration = try LintConfiguration.read(text, path: configPath)
      }
      let catalog = try LintSetup.catalogOrError(
        for: configuration, near: FileManager.default.currentDirectoryPath)
      return .success(Linter(configuration: configuration, catalog: catalog, profileOverride: profile, today: today))
    } catch {
      return .failure(error)
    }
  }
}
