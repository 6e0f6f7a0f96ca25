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

  /// Profiles read from files (and built-ins that were asked for by name through `profiles`).
  private var loaded: [String: (profile: Profile, origin: Origin)] = [:]
  /// Built-in profiles this catalog offers that no file replaced. They are read when first asked
  /// for: a run needs one profile, and reading all of them took a tenth of a one-file lint.
  private var builtInNames: Set<String> = []

  /// Every profile, by name, with where it came from (reads every built-in one).
  public var profiles: [String: (profile: Profile, origin: Origin)] {
    var all = loaded
    for name in builtInNames { all[name] = (BuiltInProfiles.profile(named: name), .builtIn) }
    return all
  }

  /// The profiles compiled into the binary from templates/*.yml, each named by its file (a test
  /// holds every file's stem equal to the name inside it).
  public static let builtIn: ProfileCatalog = {
    var catalog = ProfileCatalog()
    catalog.builtInNames = Set(BuiltInProfiles.names)
    return catalog
  }()

  public init() {}

  /// The names of all profiles, sorted.
  public var names: [String] { Set(loaded.keys).union(builtInNames).sorted() }

  public func profile(named name: String) -> Profile? {
    if let profile = loaded[name]?.profile { return profile }
    return builtInNames.contains(name) ? BuiltInProfiles.profile(named: name) : nil
  }

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
      catalog.loaded[profile.name] = (profile, .file(path))
      catalog.builtInNames.remove(profile.name)
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

/// The built-in profiles, each read from its embedded YAML the first time it is asked for.
enum BuiltInProfiles {
  /// The names of the built-in profiles: the stems of templates/*.yml.
  static let names: [String] = BuiltInTemplates.files.keys.filter { $0.hasSuffix(".yml") }
    .map { String($0.dropLast(4)) }.sorted()

  private static let cache = Cache()

  private final class Cache: @unchecked Sendable {
    let lock = NSLock()
    var profiles: [String: Profile] = [:]
  }

  /// The built-in profile `name` (one of `names`).
  static func profile(named name: String) -> Profile {
    cache.lock.lock()
    defer { cache.lock.unlock() }
    if let profile = cache.profiles[name] { return profile }
    let file = "\(name).yml"
    guard let text = BuiltInTemplates.files[file] else { preconditionFailure("no built-in profile \(name)") }
    do {
      let profile = try ProfileReader.read(text, path: "templates/\(file)")
      cache.profiles[name] = profile
      return profile
    } catch {
      // The shipped profiles are checked by the test suite; reaching this is a build defect.
      preconditionFailure("built-in profile \(file) is invalid: \(error)")
    }
  }
}
