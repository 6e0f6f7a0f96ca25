import ArgumentParser
import PostmortemKit

/// The files a command reads, shared by every subcommand that takes postmortems.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Postmortem files or folders (searched recursively for *.md). Use - for standard input. "
        + "Default: the configuration's paths, else postmortems/.",
      valueName: "path"))
  var paths: [String] = []

  @Option(help: ArgumentHelp("Skip files larger than this many bytes.", valueName: "bytes"))
  var maxFileSize: Int = DocumentLoader.defaultMaximumFileSize

  @Option(help: ArgumentHelp("How many files to process at once (default: one per core).", valueName: "n"))
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "Leave files matching this pattern out of folders searched (repeatable; added to the "
        + "configuration's exclude): a name such as README.md or drafts, or a path such as "
        + "'archive/**'. Files named outright are always read.",
      valueName: "pattern"))
  var exclude: [String] = []

  func validate() throws {
    guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  /// A reader with these options and `parser`, leaving out `configured` patterns too.
  func reader(parser: PostmortemParser, excluding configured: [String] = []) -> PostmortemReader {
    let patterns = (configured + exclude).map(PathPattern.init)
    var reader = PostmortemReader(loader: DocumentLoader(maximumFileSize: maxFileSize, excluded: patterns))
    reader.parser = parser
    if let jobs { reader.maxConcurrency = jobs }
    return reader
  }

  /// The paths given, else `configured`, else `postmortems`.
  func resolvedPaths(configured: [String]? = nil) -> [String] {
    if !paths.isEmpty { return PathArguments.unbundled(paths) }
    if let configured, !configured.isEmpty { return configured }
    return ["postmortems"]
  }
}
