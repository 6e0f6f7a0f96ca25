/// A `Key: value` pair as written in the document (front matter, bold label, or table row).
public struct LabeledValue: Sendable, Hashable, Codable {
  /// The key as written, markup removed (`Prepared by`).
  public var key: String
  /// The value as written, markup removed; lists from front matter are joined with ", ".
  public var value: String
  /// The list elements when the value was a front-matter list.
  public var items: [String]?
  public var line: Int
  public var column: Int
  /// The column where the value starts, for pointing at a value rather than its key.
  public var valueColumn: Int
  /// Where each element of a front-matter list starts (not exported: `line` and `valueColumn`
  /// place the field).
  public var itemLocations: [SourceLocation]?
  /// The keys and values of each element of a front-matter list that is a mapping (an action
  /// item written as `- title: …` / `owner: …`), empty for an element that is not one.
  public var itemMappings: [[String: String]]?

  private enum CodingKeys: String, CodingKey {
    case key, value, items, line, column, valueColumn
  }

  public init(key: String, value: String, items: [String]? = nil, location: SourceLocation, valueColumn: Int) {
    self.key = key
    self.value = value
    self.items = items
    self.line = location.line
    self.column = location.column
    self.valueColumn = valueColumn
  }

  /// Where the value starts.
  public var valueLocation: SourceLocation { SourceLocation(line: line, column: valueColumn) }

  /// The elements of a front-matter list, each with its text, its keys and values when it is a
  /// mapping (empty otherwise), and where it stands; empty for a field that is no such list.
  var listElements: [(text: String, mapping: [String: String], location: SourceLocation)] {
    guard let items, let itemLocations, itemLocations.count == items.count else { return [] }
    return items.indices.map { (items[$0], itemMappings?[$0] ?? [:], itemLocations[$0]) }
  }
}
