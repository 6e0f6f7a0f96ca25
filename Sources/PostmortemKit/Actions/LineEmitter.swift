/// Hands lines to `emit` with a line break between them and none after the last, as
/// `joined(separator: "\n")` would write them, without the list ever existing whole.
struct LineEmitter {
  let emit: (String) -> Void
  private var first = true

  init(emit: @escaping (String) -> Void) { self.emit = emit }

  mutating func append(_ line: String) {
    emit(first ? line : "\n" + line)
    first = false
  }
}
