import Foundation

/// Finds the `.postmortem.yml` that governs a file: the nearest one in the file's folder or a
/// parent, stopping at the repository root (the folder holding `.git`).
public final class ConfigurationLocator: @unchecked Sendable {
  private var cache: [String: String?] = [:]
  /// Results by the folder part of a path as written, so the files of one folder cost one
  /// lookup instead of a URL standardisation each.
  private var byWrittenFolder: [Substring: String?] = [:]
  private let lock = NSLock()

  public init() {}

  /// The configuration file for `file`, or nil when none applies.
  public func configurationPath(for file: String) -> String? {
    let folder = file.lastIndex(of: "/").map { file[..<$0] } ?? ""
    lock.lock()
    if let cached = byWrittenFolder[folder] {
      lock.unlock()
      return cached
    }
    lock.unlock()
    let absolute = URL(fileURLWithPath: file).standardizedFileURL
    let found = search(from: absolute.deletingLastPathComponent().path)
    lock.lock()
    byWrittenFolder[folder] = found
    lock.unlock()
    return found
  }

  /// The configuration for work started in `directory` (the current folder, standard input).
  public func configurationPath(inDirectory directory: String) -> String? {
    search(from: URL(fileURLWithPath: directory).standardizedFileURL.path)
  }

  private func search(from directory: String) -> String? {
    lock.lock()
    if let cached = cache[directory] {
      lock.unlock()
      return cached
    }
    lock.unlock()
    let manager = FileManager.default
    var found: String?
    for name in LintConfiguration.fileNames {
      let candidate = (directory as NSString).appendingPathComponent(name)
      if manager.fileExists(atPath: candidate) {
        found = candidate
        break
      }
    }
    let isRepositoryRoot = manager.fileExists(atPath: (directory as NSString).appendingPathComponent(".git"))
    let parent = (directory as NSString).deletingLastPathComponent
    if found == nil, !isRepositoryRoot, parent != directory, !parent.isEmpty {
      found = search(from: parent)
    }
    lock.lock()
    cache[directory] = found
    lock.unlock()
    return found
  }
}
