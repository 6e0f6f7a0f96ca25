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

  /// `object` (pretty-printed on its own) indented as an element of a pretty-printed array, as
  /// the encoder writes it when encoding the whole array. JSON strings hold no raw line breaks,
  /// so every line break is the encoder's own; blank lines (inside empty containers) stay blank.
  public static func prettyArrayElement(_ object: String) -> String {
    object.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
  }

  /// A pretty-printed array: the same text as encoding the whole array with
  /// `encoder(pretty: true)`.
  public static func prettyArray<T: PrettyJSONRepresentable>(_ values: [T]) -> String {
    var output = ""
    streamPrettyArray(values) { output += $0 }
    return output
  }

  /// `prettyArray` handed out one element at a time, so the whole text never has to exist.
  public static func streamPrettyArray<T: PrettyJSONRepresentable>(_ values: [T], to emit: (String) -> Void) {
    withoutActuallyEscaping(emit) { emit in
      var array = PrettyJSONArrayStream(emit: emit)
      for value in values { array.append(value) }
      array.finish()
    }
  }
}

/// A value that writes itself as `JSONOutput.encoder(pretty: true)` would.
public protocol PrettyJSONRepresentable {
  /// The pretty JSON text, with the opening brace at `indent` spaces (not written) and the
  /// closing one indented to match.
  func prettyJSON(indent: Int) -> String
}

/// Emits a pretty-printed JSON array element by element, as the elements arrive.
struct PrettyJSONArrayStream {
  let emit: (String) -> Void
  private var count = 0

  init(emit: @escaping (String) -> Void) { self.emit = emit }

  mutating func append(_ value: some PrettyJSONRepresentable) {
    emit((count == 0 ? "[\n  " : ",\n  ") + value.prettyJSON(indent: 2))
    count += 1
  }

  func finish() { emit(count == 0 ? "[\n\n]\n" : "\n]\n") }
}
