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
}
