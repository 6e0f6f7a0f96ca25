/// Writes JSON objects in exactly the text `JSONOutput.encoder(pretty: true)` produces (sorted
/// keys, two-space indent, `" : "`), without going through `JSONEncoder`.
///
/// Findings and action items are written by the ten thousand; building an encoder's value tree
/// for each cost more than parsing the Markdown they came from. Callers list their keys already
/// sorted; a test holds the text equal to `JSONEncoder`'s.
struct PrettyJSONWriter {
  private(set) var text = ""
  private var indent: Int
  private var first = true

  /// A writer for an object whose opening brace stands at `indent` spaces.
  init(indent: Int = 0) {
    self.indent = indent
    text.reserveCapacity(256)
    text += "{"
  }

  /// The object, closed.
  mutating func finish() -> String {
    text += first ? "\n\n" : "\n"
    text += String(repeating: " ", count: indent) + "}"
    return text
  }

  private mutating func key(_ name: String) {
    text += first ? "\n" : ",\n"
    first = false
    text += String(repeating: " ", count: indent + 2)
    text += "\""
    text += name
    text += "\" : "
  }

  mutating func field(_ name: String, _ value: String?) {
    key(name)
    if let value { PrettyJSONWriter.appendQuoted(value, to: &text) } else { text += "null" }
  }

  mutating func field(_ name: String, _ value: Int?) {
    key(name)
    text += value.map(String.init) ?? "null"
  }

  mutating func field(_ name: String, _ value: Bool) {
    key(name)
    text += value ? "true" : "false"
  }

  /// A nested object, written by `body` into a writer one level deeper.
  mutating func field(_ name: String, object body: (inout PrettyJSONWriter) -> Void) {
    key(name)
    var nested = PrettyJSONWriter(indent: indent + 2)
    body(&nested)
    text += nested.finish()
  }

  /// `value` as a JSON string literal: quotes, backslashes and control characters escaped, `/`
  /// and non-ASCII text as written.
  static func appendQuoted(_ value: String, to text: inout String) {
    text += "\""
    let utf8 = value.utf8
    // Nearly every value needs no escape: append it whole.
    guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
      text += value
      text += "\""
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{8}": text += "\\b"
      case "\u{C}": text += "\\f"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    text += "\""
  }
}
