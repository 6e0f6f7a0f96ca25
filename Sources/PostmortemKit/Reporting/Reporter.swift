/// Turns findings into text. Reporters only format: everything they need comes in as arguments.
public protocol Reporter: Sendable {
  func report(_ findings: [Finding], context: ReportContext) -> String
}

/// What reporters may know besides the findings.
public struct ReportContext: Sendable {
  public var toolVersion: String
  /// The absolute path findings' relative file paths are relative to (SARIF's %SRCROOT%).
  public var workingDirectory: String
  /// How many files were linted, for summaries.
  public var fileCount: Int
  public var color: Bool
  /// The text of a line, for formats that count columns in bytes (reviewdog).
  public var lineText: @Sendable (_ file: String, _ line: Int) -> String?

  public init(
    toolVersion: String, workingDirectory: String, fileCount: Int, color: Bool = false,
    lineText: @escaping @Sendable (String, Int) -> String? = { _, _ in nil }
  ) {
    self.toolVersion = toolVersion
    self.workingDirectory = workingDirectory
    self.fileCount = fileCount
    self.color = color
    self.lineText = lineText
  }
}
