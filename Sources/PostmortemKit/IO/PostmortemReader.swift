import Foundation

/// Loads and parses many postmortems in parallel (bounded by the core count), handing each to a
/// worker closure and keeping only what it returns, in a deterministic order.
public struct PostmortemReader: Sendable {
  /// What became of one input.
  public enum Outcome<Value: Sendable>: Sendable {
    case processed(file: String, Value)
    case failed(DocumentLoader.LoadError)
  }

  public var loader: DocumentLoader
  public var parser = PostmortemParser()
  /// How many files are processed at once (default: one per core).
  public var maxConcurrency = ProcessInfo.processInfo.activeProcessorCount

  /// The name standard input is reported under.
  public static let standardInputName = "<stdin>"

  public init(loader: DocumentLoader = DocumentLoader()) {
    self.loader = loader
  }

  /// Reads `files` (already expanded; `-` is `standardInput`) and runs `body` on each parsed
  /// document. Results keep the order of `files`; the parse tree is freed as soon as `body` returns.
  public func process<Value: Sendable>(
    files: [String], standardInput: (() -> Data)? = nil, _ body: @escaping @Sendable (ParsedPostmortem) -> Value
  ) -> [Outcome<Value>] {
    var outcomes: [Outcome<Value>] = []
    outcomes.reserveCapacity(files.count)
    processInOrder(files: files, standardInput: standardInput, body) { outcomes.append($0) }
    return outcomes
  }

  /// Like `process`, but hands each outcome to `consume` (on the calling thread, in the order of
  /// `files`) as soon as it is ready, so results need not be kept: memory stays flat however many
  /// files there are, and the consumer's work overlaps the parsing.
  public func processInOrder<Value: Sendable>(
    files: [String], standardInput: (() -> Data)? = nil,
    _ body: @escaping @Sendable (ParsedPostmortem) -> Value, consume: (Outcome<Value>) -> Void
  ) {
    let loader = self.loader
    let parser = self.parser
    // Standard input is read once, on this thread, before the workers start.
    let stdinData: Data? = files.contains("-") ? standardInput?() : nil
    OrderedPipeline.run(count: files.count, workers: maxConcurrency) { index -> Outcome<Value> in
      let path = files[index]
      let name = path == "-" ? PostmortemReader.standardInputName : path
      let source: Result<SourceText, DocumentLoader.LoadError>
      if path == "-" {
        source = loader.decode(stdinData ?? Data(), path: name)
      } else {
        source = loader.read(path)
      }
      switch source {
      case .success(let text): return .processed(file: name, body(parser.parseKeepingTree(text, file: name)))
      case .failure(let error): return .failed(error)
      }
    } consume: {
      consume($0)
    }
  }

  /// Expands `paths` (folders searched for Markdown, `-` kept as is): errors for paths that do
  /// not exist or hold no Markdown come back separately.
  public func expand(_ paths: [String]) -> (files: [String], errors: [DocumentLoader.LoadError]) {
    var files: [String] = []
    var errors: [DocumentLoader.LoadError] = []
    // A set, not `files.contains`: pre-commit hooks name thousands of files, and looking each
    // one up in the list so far made expanding them quadratic (2 s for 10,000 names).
    var seen = Set<String>()
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      let expanded = loader.expand([path])
      for file in expanded.files where seen.insert(file).inserted { files.append(file) }
      errors += expanded.errors
    }
    return (files, errors)
  }

  /// Parses every file named by `paths`: expansion errors first, then documents in order.
  public func read(paths: [String], standardInput: (() -> Data)? = nil) -> [Outcome<PostmortemDocument>] {
    let expanded = expand(paths)
    return expanded.errors.map { .failed($0) }
      + process(files: expanded.files, standardInput: standardInput) { $0.document }
  }
}
