import Foundation

/// Writes a folder of files so that it appears whole or not at all: the files go to a temporary
/// folder beside the target, which then takes the target's place (see `SiteStaging`).
public enum SiteWriter {
  /// Writes `files` (relative name → content) as the folder `directory`. An existing non-empty
  /// folder is replaced only with `overwrite`; an existing file is never replaced.
  public static func write(_ files: [String: String], to directory: String, overwrite: Bool)
    throws(AtomicFile.WriteError)
  {
    try write(files, to: directory, overwrite: overwrite) { data, url in
      try data.write(to: url, options: [.withoutOverwriting])
    }
  }

  /// `write` with the step that puts bytes on disk supplied, for tests that make it fail.
  static func write(
    _ files: [String: String], to directory: String, overwrite: Bool, writeData: @escaping (Data, URL) throws -> Void
  ) throws(AtomicFile.WriteError) {
    let site = try SiteStaging(directory: directory, overwrite: overwrite, writeData: writeData)
    for (name, text) in files.sorted(by: { $0.key < $1.key }) { try site.write(text, as: name) }
    try site.commit()
  }
}
