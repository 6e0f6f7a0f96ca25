import Foundation

/// Loads and parses many postmortems, in parallel, returning results in a deterministic order.
public struct PostmortemReader: Sendable {
  /// What became of one input path.
  public enum Outcome: Sendable {
    case parsed(PostmortemDocument)
    case failed(DocumentLoader.LoadError)
  }

  public var loader: DocumentLoader
  public var parser = PostmortemParser()

  public init(loader: DocumentLoader = DocumentLoader()) {
    self.loader = loader
  }

  /// Reads every file named by `paths` (directories expanded). `-` stands for `standardInput`.
  ///
  /// Errors from expanding paths come first, then the files in the order they were named.
  public func read(paths: [String], standardInput: (() -> Data)? = nil) -> [Outcome] {
    var outcomes: [Outcome] = []
    var filePaths: [String] = []
    var stdinDocument: Outcome?
    var stdinPosition: Int?
    var expandable: [String] = []
    for path in paths {
      if path == "-", let standardInput {
        stdinPosition = expandable.count
        switch loader.decode(standardInput(), path: "<stdin>") {
        case .success(let source): stdinDocument = .parsed(parser.parse(source, file: "<stdin>"))
        case .failure(let error): stdinDocument = .failed(error)
        }
      } else {
        expandable.append(path)
      }
    }
    let expanded = loader.expand(expandable)
    outcomes += expanded.errors.map(Outcome.failed)
    filePaths = expanded.files
    let loader = self.loader
    let parser = self.parser
    var parsed = filePaths.parallelMap { path -> Outcome in
      switch loader.read(path) {
      case .success(let source): return .parsed(parser.parse(source, file: path))
      case .failure(let error): return .failed(error)
      }
    }
    if let stdinDocument, let stdinPosition { parsed.insert(stdinDocument, at: min(stdinPosition, parsed.count)) }
    return outcomes + parsed
  }
}
