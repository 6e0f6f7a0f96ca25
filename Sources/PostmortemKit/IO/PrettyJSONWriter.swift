/// Writes JSON objects in exactly the text `JSONOutput.encoder(pretty: true)` produces (sorted
/// keys, two-space indent, `" : "`), or its compact form (`compact()`), without going through
/// `JSONEncoder`.
///
/// Findings and action items are written by the ten thousand; building an encoder's value tree
/// for each cost more than parsing the Markdown they came from. Callers list their keys already
/// sorted; a test holds the text equal to `JSONEncoder`'s.
struct PrettyJSONWriter {
  // Bytes, not a String: appending to a String costs hundreds of instructions a call.
  private var bytes: [UInt8] = []
  private var indent: Int
  private var first = true
  /// Written as `JSONOutput.encoder(pretty: false)` does instead: no line breaks or spaces.
  private let compact: Bool

  /// A writer for an object whose opening brace stands at `indent` spaces.
  init(indent: Int = 0) {
    self.init(indent: indent, compact: false)
  }

  /// A writer for an object in the encoder's compact form (`{"a":1,"b":"x"}`).
  static func compact() -> PrettyJSONWriter { PrettyJSONWriter(indent: 0, compact: true) }

  private init(indent: Int, compact: Bool) {
    self.indent = indent
    self.compact = compact
    bytes.reserveCapacity(512)
    bytes.append(UInt8(ascii: "{"))
  }

  /// A writer for an object nested in this one, `levels` deeper.
  private func nested(_ levels: Int) -> PrettyJSONWriter {
    PrettyJSONWriter(indent: indent + 2 * levels, compact: compact)
  }

  /// The object, closed.
  mutating func finish() -> String {
    closeObject()
    return String(decoding: bytes, as: UTF8.self)
  }

  private mutating func closeObject() {
    if compact {
      bytes.append(UInt8(ascii: "}"))
      return
    }
    bytes.append(UInt8(ascii: "\n"))
    if first { bytes.append(UInt8(ascii: "\n")) }
    appendSpaces(indent)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func appendSpaces(_ count: Int) {
    for _ in 0..<count { bytes.append(UInt8(ascii: " ")) }
  }

  /// `,` (after the first key), a new line, the indent and `"name" : `, assembled in a small
  /// temporary buffer and appended in one piece: a key per field per finding or item, and every
  /// `Array.append` checks uniqueness and capacity.
  private mutating func key(_ name: StaticString) {
    if compact {
      if !first { bytes.append(UInt8(ascii: ",")) }
      first = false
      bytes.append(UInt8(ascii: "\""))
      name.withUTF8Buffer { bytes.append(contentsOf: $0) }
      bytes.append(contentsOf: "\":".utf8)
      return
    }
    let spaces = indent + 2
    let capacity = 2 + spaces + name.utf8CodeUnitCount + 5
    let separated = !first
    first = false
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var index = 0
      func put(_ byte: UInt8) {
        buffer[index] = byte
        index += 1
      }
      if separated { put(UInt8(ascii: ",")) }
      put(UInt8(ascii: "\n"))
      for _ in 0..<spaces { put(UInt8(ascii: " ")) }
      put(UInt8(ascii: "\""))
      name.withUTF8Buffer { for byte in $0 { put(byte) } }
      put(UInt8(ascii: "\""))
      put(UInt8(ascii: " "))
      put(UInt8(ascii: ":"))
      put(UInt8(ascii: " "))
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<index]))
    }
  }

  mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    if let value { appendQuoted(value) } else { bytes.append(contentsOf: "null".utf8) }
  }

  /// A date as its quoted ISO text, written in place (`CalendarDate.description` makes a String).
  mutating func field(_ name: StaticString, _ value: CalendarDate?) {
    key(name)
    guard let value else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    value.appendISO(to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func field(_ name: StaticString, _ value: Int?) {
    key(name)
    if let value { appendDecimal(value) } else { bytes.append(contentsOf: "null".utf8) }
  }

  mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// `value` in decimal, as `String(value)` writes it.
  private mutating func appendDecimal(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    // The magnitude as UInt: Int.min has no positive Int.
    let magnitude = value.magnitude
    var divisor: UInt = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    }
  }

  /// A string that is left out when nil, as synthesised `Encodable` conformances do.
  mutating func field(_ name: StaticString, ifPresent value: String?) {
    if let value { field(name, value) }
  }

  /// An array of `count` objects, element `index` written by `body` into a writer two levels
  /// deeper (the array's elements stand one level inside it).
  mutating func field(_ name: StaticString, objects count: Int, _ body: (Int, inout PrettyJSONWriter) -> Void) {
    key(name)
    bytes.append(UInt8(ascii: "["))
    for index in 0..<count {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      if !compact {
        bytes.append(UInt8(ascii: "\n"))
        appendSpaces(indent + 4)
      }
      var element = nested(2)
      body(index, &element)
      element.closeObject()
      bytes.append(contentsOf: element.bytes)
    }
    if compact {
      bytes.append(UInt8(ascii: "]"))
      return
    }
    bytes.append(UInt8(ascii: "\n"))
    if count == 0 { bytes.append(UInt8(ascii: "\n")) }
    appendSpaces(indent + 2)
    bytes.append(UInt8(ascii: "]"))
  }

  /// A nested object, written by `body` into a writer one level deeper.
  mutating func field(_ name: StaticString, object body: (inout PrettyJSONWriter) -> Void) {
    key(name)
    var nested = nested(1)
    body(&nested)
    nested.closeObject()
    bytes.append(contentsOf: nested.bytes)
  }

  /// `value` as a JSON string literal: quotes, backslashes and control characters escaped, `/`
  /// and non-ASCII text as written.
  private mutating func appendQuoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    // Native strings lend their bytes in place; only a bridged one is copied first.
    if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
      var copy = value
      copy.withUTF8 { appendEscaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    // Nearly every value needs no escape: appended whole.
    var plain = true
    for byte in utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      plain = false
      break
    }
    guard !plain else {
      bytes.append(contentsOf: utf8)
      return
    }
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
      case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
      case 0x08: bytes.append(contentsOf: "\\b".utf8)
      case 0x0C: bytes.append(contentsOf: "\\f".utf8)
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: "\\u00".utf8)
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
  }
}
