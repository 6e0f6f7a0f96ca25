import Foundation

/// The profiles available to a run: the built-in ones, overridden or extended by a project's
/// own `templates/` folder.
public struct ProfileCatalog: Sendable {
  /// Where a profile came from, for listings and messages.
  public enum Origin: Sendable, Hashable, CustomStringConvertible {
    case builtIn
    case file(String)

    public var description: String {
      switch self {
      case .builtIn: return "built-in"
      case .file(let path): return path
      }
    }
  }

  public private(set) var profiles: [String: (profile: Profile, origin: Origin)] = [:]

  /// The profiles compiled into the binary from templates/*.yml.
  public static let builtIn: ProfileCatalog = {
    var catalog = ProfileCatalog()
    for (name, text) in BuiltInTemplates.files.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".yml") {
      do {
        let profile = try ProfileReader.read(text, path: "templates/\(name)")
        catalog.profiles[profile.name] = (profile, .builtIn)
      } catch {
        // The shipped profiles are checked by the test suite; reaching this is a build defect.
        preconditionFailure("built-in profile \(name) is invalid: \(error)")
      }
    }
    return catalog
  }()

  public init() {}

  /// The names of all profiles, sorted.
  public var names: [String] { profiles.keys.sorted() }

  public func profile(named name: String) -> Profile? { profiles[name]?.profile }

  /// This catalog with the `*.yml` profiles of `directory` added; a profile with a built-in
  /// name replaces it. A missing directory adds nothing.
  public func adding(directory: String) throws(ConfigurationError) -> ProfileCatalog {
    var catalog = self
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yml") }.sorted()
    } catch {
      return catalog
    }
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw ConfigurationError(path: path, line: nil, message: "cannot read profile")
      }
      let profile = try ProfileReader.read(text, path: path)
      catalog.profiles[profile.name] = (profile, .file(path))
    }
    return catalog
  }

  /// The profile called `name`, or an error listing the available ones.
  public func require(_ name: String, source: String) throws(ConfigurationError) -> Profile {
    if let profile = profile(named: name) { return profile }
    throw ConfigurationError(
      path: source, line: nil,
      message:
        "unknown profile '\(name)'\(Suggestion.hint(for: name, among: names)) (available: \(names.joined(separator: ", ")))"
    )
  }
}
