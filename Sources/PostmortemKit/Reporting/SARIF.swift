/// The subset of SARIF 2.1.0 that postmortem writes: a log with one run of one tool.
enum SARIF {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var automationDetails: AutomationDetails
    var originalUriBaseIds: [String: ArtifactLocation]
    var columnKind = "unicodeCodePoints"
    var results: [Result]
  }

  struct Tool: Encodable {
    var driver: Driver
  }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Help
    var defaultConfiguration: Configuration
    var properties: Properties
  }

  struct Message: Encodable {
    var text: String
  }

  struct Help: Encodable {
    var text: String
    var markdown: String
  }

  struct Configuration: Encodable {
    var level: String
  }

  struct Properties: Encodable {
    var tags: [String]
    var precision: String
    var problemSeverity: String

    enum CodingKeys: String, CodingKey {
      case tags, precision
      case problemSeverity = "problem.severity"
    }
  }

  struct AutomationDetails: Encodable {
    var id: String
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Message
    var locations: [Location]
  }

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
  }
}

extension SARIF.Result: PrettyJSONRepresentable {
  /// The result as `JSONOutput.encoder(pretty: true)` writes it; written by hand because a large
  /// archive's report holds tens of thousands (a test holds the two equal).
  func prettyJSON(indent: Int) -> String {
    var writer = PrettyJSONWriter(indent: indent)
    writer.field("level", level)
    writer.field("locations", objects: locations.count) { index, element in
      let physical = locations[index].physicalLocation
      element.field("physicalLocation") { nested in
        nested.field("artifactLocation") { artifact in
          artifact.field("uri", physical.artifactLocation.uri)
          artifact.field("uriBaseId", ifPresent: physical.artifactLocation.uriBaseId)
        }
        nested.field("region") { region in
          region.field("endColumn", physical.region.endColumn)
          region.field("endLine", physical.region.endLine)
          region.field("startColumn", physical.region.startColumn)
          region.field("startLine", physical.region.startLine)
        }
      }
    }
    writer.field("message") { $0.field("text", message.text) }
    writer.field("ruleId", ruleId)
    writer.field("ruleIndex", ruleIndex)
    return writer.finish()
  }
}
