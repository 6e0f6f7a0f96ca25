/// The JSON report: the parse model's keys, plus `metrics` and (with findings) `findings`.
public struct ReportJSON: Encodable, Sendable {
  public var report: PostmortemReport

  public init(_ report: PostmortemReport) { self.report = report }

  enum Keys: String, CodingKey {
    case metrics, findings
  }

  public func encode(to encoder: Encoder) throws {
    // The document's keys and ours share one JSON object.
    try report.document.encode(to: encoder)
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(report.metrics, forKey: .metrics)
    if let findings = report.findings { try container.encode(findings, forKey: .findings) }
  }
}
