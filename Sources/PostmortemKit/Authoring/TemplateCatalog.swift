import Foundation

/// The templates `postmortem new` can write: the built-in ones, plus a project's own `*.md`
/// templates, which add to them or replace them by name. Each template is paired with the
/// profile of the same name, so the sections it writes are the sections lint requires.
public struct TemplateCatalog: Sendable {
  /// One template and where it came from.
  public struct Entry: Sendable, Hashable {
    public var name: String
    public var text: String
    public var origin: ProfileCatalog.Origin
  }

  public private(set) var entries: [String: Entry] = [:]
  public let profiles: ProfileCatalog

  /// The templates compiled into the binary from templates/*.md, with the built-in profiles.
  public static let builtIn: TemplateCatalog = {
    var catalog = TemplateCatalog(profiles: .builtIn)
    for (file, text) in BuiltInTemplates.files where file.hasSuffix(".md") {
      let name = String(file.dropLast(3))
      catalog.entries[name] = Entry(name: name, text: text, origin: .builtIn)
    }
    return catalog
  }()

  init(profiles: ProfileCatalog) {
    self.profiles = profiles
  }

  /// The names of all templates, sorted.
  public var names: [String] { entries.keys.sorted() }

  /// This catalog with the templates and profiles of `directory` added (a missing folder adds
  /// nothing).
  public func adding(directory: String) throws(ConfigurationError) -> TemplateCatalog {
    var catalog = TemplateCatalog(profiles: try profiles.adding(directory: directory))
    catalog.entries = entries
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for file in files.sorted() where file.hasSuffix(".md") && !file.hasPrefix(".") && file.lowercased() != "readme.md" {
      let path = (directory as NSString).appendingPathComponent(file)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw ConfigurationError(path: path, line: nil, message: "cannot read template")
      }
      let name = String(file.dropLast(3))
      catalog.entries[name] = Entry(name: name, text: text, origin: .file(path))
    }
    return catalog
  }

  /// The template called `name` and its profile, or an error that lists what exists.
  public func require(_ name: String) throws(ConfigurationError) -> (entry: Entry, profile: Profile) {
    if name.contains("/") || name.contains("\\") || name.hasPrefix(".") || name.isEmpty {
      throw ConfigurationError(
        path: "--template", line: nil,
        message: "'\(name)' is not a template name (no paths); available: \(names.joined(separator: ", "))")
    }
    guard let entry = entries[name] else {
      throw ConfigurationError(
        path: "--template", line: nil,
        message: "no template named '\(name)'\(Suggestion.hint(for: name, among: names)); "
          + "available: \(names.joined(separator: ", "))")
    }
    guard let profile = profiles.profile(named: name) else {
      throw ConfigurationError(
        path: entry.origin.description, line: nil,
        message: "template '\(name)' has no profile; add \(name).yml beside it so lint knows what it requires")
    }
    return (entry, profile)
  }

  /// One line about a template: its profile's description.
  public func summary(of name: String) -> String {
    profiles.profile(named: name)?.description ?? "(no profile: lint cannot judge documents made from it)"
  }
}
