import Foundation
import Testing

@testable import PostmortemKit

/// The JSON output matches the committed schema (validated with Python's jsonschema).
@Suite struct SchemaTests {
  static let validator = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = list(cls(schema).iter_errors(json.load(sys.stdin)))
    def report(error, depth=0):
        print("  " * depth + "/".join(map(str, error.absolute_path)), error.message[:200])
        for sub in error.context or []:
            report(sub, depth + 1)
    for e in errors[:5]:
        report(e)
    sys.exit(1 if errors else 0)
    """

  private func validate(_ json: String) throws -> (status: Int32, output: String) {
    try TestSupport.python(["-c", Self.validator, TestSupport.url("schemas/postmortem.schema.json").path], input: json)
  }

  @Test func everySampleValidates() throws {
    let documents = try SampleParsingTests.expectations.map { try TestSupport.sample($0.file) }
    let result = try validate(try JSONOutput.encode(documents, pretty: false))
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func oddDocumentsValidate() throws {
    let texts = [
      "", "# Only a title", "---\ntitle: [broken\n---\n", "**Severity:** Spicy\n**Date:** 2024-02-30\n",
      "## Timeline\n\n- 14.43 x\n- ??:?? y\n", "## Action Items\n\n| a |\n|---|\n| b |\n",
      // An alternate time, a timeline written newest first, fields from headings, a zone from the summary.
      "**Date:** 2024-07-01\n\n## Timeline\n\n- 00:30 UTC (5:30 PM PDT) c\n- 00:20 UTC b\n- 00:10 UTC a\n",
      "### Incident date\n\n2024-03-02\n\n## Summary\n\nBetween 14:05 and 14:47 GMT it broke.\n\n## Timeline\n\n- 14:05 x\n",
      // A duration stated in a sentence.
      "## Summary\n\nThe outage lasted 40 minutes.\n",
      // Action items kept in the front matter.
      "---\naction_items:\n  - title: Pin the timeout\n    owner: hkim\n---\n",
    ]
    let documents = texts.map(TestSupport.parse)
    let result = try validate(try JSONOutput.encode(documents, pretty: false))
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func schemaRejectsADocumentMissingAContractKey() throws {
    var object =
      try JSONSerialization.jsonObject(
        with: Data(try JSONOutput.encode(try TestSupport.sample(SeedParsingTests.seedName), pretty: false).utf8))
      as! [String: Any]
    object.removeValue(forKey: "actionItems")
    let json = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    let result = try validate(json)
    #expect(result.status == 1)
    #expect(result.output.contains("'actionItems' is a required property"), "\(result.output)")
  }
}
