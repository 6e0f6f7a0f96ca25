import Foundation

/// The one place JSON is produced, so every command writes the same deterministic shape.
public enum JSONOutput {
  /// Encodes `value` with sorted keys; `pretty` indents it for people.
  public static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self)
  }

  /// A pretty-printed array, encoded one element at a time: the same text as encoding the whole
  /// array, without holding every element's encoded tree in memory at once.
  public static func prettyArray<T: Encodable>(_ values: [T]) -> String {
    guard !values.isEmpty else { return "[\n\n]\n" }
    var output = "[\n"
    for (index, value) in values.enumerated() {
      // The values are plain strings, numbers and booleans: encoding cannot fail.
      let object = (try? encode(value, pretty: true)) ?? "{}"
      output += "  " + object.replacingEvery("\n", with: "\n  ")
      output += index == values.count - 1 ? "\n" : ",\n"
    }
    return output + "]\n"
  }
}
