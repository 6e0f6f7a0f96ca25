import Foundation

/// The one place JSON is produced, so every command writes the same deterministic shape.
public enum JSONOutput {
  /// Encodes `value` with sorted keys; `pretty` indents it for people.
  public static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
    try encode(value, with: encoder(pretty: pretty))
  }

  /// The encoder every JSON output uses: sorted keys, slashes as written.
  static func encoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// A pretty-printed array, encoded one element at a time: the same text as encoding the whole
  /// array, without holding every element's encoded tree in memory at once.
  public static func prettyArray<T: Encodable>(_ values: [T]) -> String {
    var output = ""
    streamPrettyArray(values) { output += $0 }
    return output
  }

  /// `prettyArray` handed out one element at a time.
  public static func streamPrettyArray<T: Encodable>(_ values: [T], to emit: (String) -> Void) {
    guard !values.isEmpty else {
      emit("[\n\n]\n")
      return
    }
    emit("[\n")
    let encoder = encoder(pretty: true)
    for (index, value) in values.enumerated() {
      // The values are plain strings, numbers and booleans: encoding cannot fail.
      let object = (try? encode(value, with: encoder)) ?? "{}"
      emit("  " + object.replacingEvery("\n", with: "\n  ") + (index == values.count - 1 ? "\n" : ",\n"))
    }
    emit("]\n")
  }
}
