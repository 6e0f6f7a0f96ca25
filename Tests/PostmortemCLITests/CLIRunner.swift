import Foundation

/// Runs the built `postmortem` executable, as a user would.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `POSTMORTEM_BIN` when set, else the `postmortem` built beside the test bundle.
  static let executable: URL = {
    if let override = ProcessInfo.processInfo.environment["POSTMORTEM_BIN"] {
      return URL(fileURLWithPath: override)
    }
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = testBinary.deletingLastPathComponent()
    // On macOS the tests live inside an .xctest bundle a few levels down.
    while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("postmortem").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("postmortem")
  }()

  /// Runs `postmortem arguments…` in `directory` (the package root by default).
  static func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL = packageRoot,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh directory for one test. It lives in a folder the test process removes when it exits,
  /// so a run leaves nothing behind in the system's temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = scratchRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private static let scratchRoot: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("postmortem-cli-\(UUID().uuidString)")
    atexit { try? FileManager.default.removeItem(at: CLIRunner.scratchRoot) }
    return root
  }()
}
