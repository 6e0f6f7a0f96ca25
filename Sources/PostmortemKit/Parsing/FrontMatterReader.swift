import Yams

/// Finds YAML (`---`) or TOML (`+++`) front matter at the top of a document and reads its keys.
///
/// Templating tags (`<% … %>`) and blank lines may stand before the opening fence. The block's
/// lines are blanked out of the text handed to cmark-gfm so that Markdown line numbers stay those
/// of the file.
struct FrontMatterReader {
  /// Why a block could not be read, and where in the file.
  struct Problem: Equatable {
    var message: String
    var location: SourceLocation
  }

  struct Result {
    var frontMatter: FrontMatter
    var fields: [LabeledValue]
    /// The source with the front-matter lines emptied (line count unchanged).
    var markdownSource: SourceText
  }

  /// Reads the front matter of `source`, or returns nil when there is none.
  static func read(_ source: SourceText) -> Result? {
    var lineNumber = 1
    let lineCount = source.lineCount
    // Skip blank lines and templating tags before the fence.
    var inTemplateTag = false
    while lineNumber <= lineCount {
      let text = source.line(lineNumber).trimmingWhitespace()
      if inTemplateTag {
        if text.hasSuffix("%>") { inTemplateTag = false }
      } else if text.isEmpty {
        // keep looking
      } else if text.hasPrefix("<%") {
        inTemplateTag = !text.hasSuffix("%>")
      } else {
        break
      }
      lineNumber += 1
    }
    guard lineNumber <= lineCount else { return nil }
    let opening = source.line(lineNumber).trimmingWhitespace()
    let format: FrontMatter.Format
    switch opening {
    case "---": format = .yaml
    case "+++": format = .toml
    default: return nil
    }
    let openingLine = lineNumber
    var closingLine: Int?
    var candidate = openingLine + 1
    while candidate <= lineCount {
      let text = source.line(candidate).trimmingWhitespace()
      if text == opening || (format == .yaml && text == "...") {
        closingLine = candidate
        break
      }
      candidate += 1
    }
    // An unclosed `---` at the top is a thematic break, not front matter.
    guard let closingLine else { return nil }
    let body = source.lines(openingLine + 1, through: closingLine - 1)
    var error: Problem?
    let fields: [LabeledValue]
    switch format {
    case .yaml:
      (fields, error) = readYAML(body, firstLine: openingLine + 1)
    case .toml:
      (fields, error) = readTOML(body, firstLine: openingLine + 1)
    }
    // A document that opens with a rule ("---", a blank line, "# Incident report: …", then its
    // details and sections, another rule closing it) is Markdown, as GitHub shows it: what lies
    // between the rules read as no mapping, and holds a heading and paragraphs.
    // (The cheap tests first: every front matter comes through here.)
    if format == .yaml, error != nil || fields.isEmpty || FrontMatterReader.opensWithSpacedHeading(body),
      FrontMatterReader.readsAsMarkdown(body)
    {
      return nil
    }
    let frontMatter = FrontMatter(
      format: format, line: openingLine, endLine: closingLine, error: error?.message, errorAt: error?.location)
    return Result(
      frontMatter: frontMatter, fields: fields,
      markdownSource: source.blankingLines(1, through: closingLine))
  }

  /// Whether `body` holds a Markdown heading (`# Title`, which YAML would take for a comment) and
  /// a blank line parting paragraphs.
  static func readsAsMarkdown(_ body: String) -> Bool {
    var hasBlankLine = false
    var hasHeading = false
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      let bytes = line.utf8
      if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
        hasBlankLine = true
        continue
      }
      let hashes = bytes.prefix(while: { $0 == UInt8(ascii: "#") }).count
      if (1...6).contains(hashes), bytes.dropFirst(hashes).first == UInt8(ascii: " "),
        bytes.dropFirst(hashes + 1).contains(where: { $0 != UInt8(ascii: " ") })
      {
        hasHeading = true
      }
    }
    return hasBlankLine && hasHeading
  }

  /// Whether `body` opens with a blank line and then a heading ("", "# Incident report"): a
  /// title under a rule, where front matter's comment would stand right under its fence.
  static func opensWithSpacedHeading(_ body: String) -> Bool {
    guard let firstByte = body.utf8.first,
      firstByte == UInt8(ascii: "\n") || firstByte == UInt8(ascii: " ") || firstByte == UInt8(ascii: "\r")
        || firstByte == UInt8(ascii: "\t")
    else { return false }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }),
      let next = lines.first(where: { $0.contains { $0 != " " && $0 != "\t" && $0 != "\r" } })
    else { return false }
    return next.hasPrefix("# ")
  }

  /// Reads the top-level keys of a YAML mapping, keeping every scalar exactly as written.
  ///
  /// Scalars are taken as their raw text: YAML 1.1 would turn `14:00` into 840 and `no` into false.
  /// A block YAML rejects keeps the fields its plain `key: value` lines still give (the most
  /// common mistake, an unquoted `title: Post-mortem: …`, would otherwise lose them all); the
  /// problem is recorded all the same.
  private static func readYAML(_ body: String, firstLine: Int) -> ([LabeledValue], Problem?) {
    if let fields = FlatYAMLReader.fields(body, firstLine: firstLine) { return (fields, nil) }
    let (fields, problem) = composeYAML(body, firstLine: firstLine)
    guard let problem else { return (fields, nil) }
    return (FlatYAMLReader.fields(body, firstLine: firstLine, colonsInValues: true) ?? [], problem)
  }

  /// `readYAML` with Yams alone (tests hold `FlatYAMLReader` to it).
  static func composeYAML(_ body: String, firstLine: Int) -> ([LabeledValue], Problem?) {
    if body.trimmingWhitespace().isEmpty { return ([], nil) }
    let node: Node?
    do {
      // The encoding is named: Yams's default reads the whole process environment on every call
      // (a third of the cost of reading a front matter).
      node = try Yams.compose(yaml: body, .basic, .default, .utf8)
    } catch let error as YamlError {
      return ([], describe(error, body: body, firstLine: firstLine))
    } catch {
      return (
        [],
        Problem(message: "invalid YAML front matter: \(error)", location: SourceLocation(line: firstLine, column: 1))
      )
    }
    guard let node else { return ([], nil) }
    guard case .mapping(let mapping) = node else {
      return (
        [],
        Problem(
          message: "front matter is not a mapping of keys to values", location: location(of: node, firstLine: firstLine)
        )
      )
    }
    var fields: [LabeledValue] = []
    for (key, value) in mapping {
      let keyText = key.string ?? ""
      let location = location(of: key, firstLine: firstLine)
      let valueLocation = self.location(of: value, firstLine: firstLine)
      switch value {
      case .scalar(let scalar):
        fields.append(
          LabeledValue(key: keyText, value: scalar.string, location: location, valueColumn: valueLocation.column))
      case .sequence(let sequence):
        let items = sequence.map(text(of:))
        var field = LabeledValue(
          key: keyText, value: items.joined(separator: ", "), items: items, location: location,
          valueColumn: valueLocation.column)
        field.itemLocations = sequence.map { self.location(of: $0, firstLine: firstLine) }
        if sequence.contains(where: { $0.mapping != nil }) {
          field.itemMappings = sequence.map { element in
            var pairs: [String: String] = [:]
            for (key, value) in element.mapping ?? [:] { pairs[key.string ?? ""] = text(of: value) }
            return pairs
          }
        }
        fields.append(field)
      case .mapping(let nested):
        // Nested maps (`last_update: {date, author}`) are flattened to dotted keys.
        for (nestedKey, nestedValue) in nested {
          let nestedLocation = self.location(of: nestedKey, firstLine: firstLine)
          fields.append(
            LabeledValue(
              key: keyText + "." + (nestedKey.string ?? ""), value: text(of: nestedValue), location: nestedLocation,
              valueColumn: self.location(of: nestedValue, firstLine: firstLine).column))
        }
      case .alias:
        fields.append(LabeledValue(key: keyText, value: "", location: location, valueColumn: valueLocation.column))
      }
    }
    return (fields, nil)
  }

  private static func text(of node: Node) -> String {
    switch node {
    case .scalar(let scalar): return scalar.string
    case .sequence(let sequence): return sequence.map(text(of:)).joined(separator: ", ")
    case .mapping(let mapping):
      // An author written as {name: Ana, url: …} reads as its name.
      if let name = mapping["name"]?.string { return name }
      return mapping.map { "\($0.key.string ?? ""): \(text(of: $0.value))" }.joined(separator: ", ")
    case .alias: return ""
    }
  }

  private static func location(of node: Node, firstLine: Int) -> SourceLocation {
    guard let mark = node.mark else { return SourceLocation(line: firstLine, column: 1) }
    return SourceLocation(line: firstLine + mark.line - 1, column: mark.column)
  }

  private static func describe(_ error: YamlError, body: String, firstLine: Int) -> Problem {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
      let line = firstLine + mark.line - 1
      let reason = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
      var message = "invalid YAML front matter: line \(line): \(reason)"
      // A plain value holding ": " ("title: Post-mortem: checkout outage"): show it quoted.
      if problem.hasPrefix("mapping values are not allowed"),
        let written = body.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(mark.line - 1).first,
        let colon = written.firstIndex(of: ":"), written.first.map({ $0 != " " && $0 != "-" }) == true
      {
        let value = written[written.index(after: colon)...].trimmingWhitespace()
        if !value.isEmpty, !value.contains("\"") {
          message += "; quote a value that holds ': ', as in \(written[..<colon]): \"\(value)\""
        }
      }
      return Problem(message: message, location: SourceLocation(line: line, column: max(1, mark.column)))
    default:
      let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
      return Problem(
        message: "invalid YAML front matter: \(reason)", location: SourceLocation(line: firstLine, column: 1))
    }
  }

  /// Reads `key = value` lines of TOML front matter; `[table]` headers prefix the keys that follow,
  /// and `[[name]]` headers start an element of the list `name`, its keys the element's mapping
  /// (as YAML's `name:` with `- key: value` elements).
  private static func readTOML(_ body: String, firstLine: Int) -> ([LabeledValue], Problem?) {
    var fields: [LabeledValue] = []
    var table = ""
    // The field whose list the lines after a `[[name]]` header add an element to.
    var arrayField: Int?
    var error: Problem?
    for (offset, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingWhitespace()
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[[") && line.hasSuffix("]]") {
        let name = line.trimmingCharacters(in: "[] ")
        let indent = rawLine.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count
        let location = SourceLocation(line: firstLine + offset, column: indent + 1)
        let index =
          fields.lastIndex { $0.key == name && $0.itemMappings != nil }
          ?? {
            var field = LabeledValue(key: name, value: "", items: [], location: location, valueColumn: indent + 1)
            field.itemLocations = []
            field.itemMappings = []
            fields.append(field)
            return fields.count - 1
          }()
        fields[index].items?.append("")
        fields[index].itemLocations?.append(location)
        fields[index].itemMappings?.append([:])
        arrayField = index
        table = ""
        continue
      }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        table = line.trimmingCharacters(in: "[] ") + "."
        arrayField = nil
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        if error == nil {
          error = Problem(
            message: "invalid TOML front matter: line \(firstLine + offset): expected key = value",
            location: SourceLocation(
              line: firstLine + offset, column: rawLine.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count + 1))
        }
        continue
      }
      let key = line[..<equals].trimmingWhitespace().trimmingCharacters(in: "\"'")
      let rawValue = line[line.index(after: equals)...].trimmingWhitespace()
      let indent = rawLine.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count
      let location = SourceLocation(line: firstLine + offset, column: indent + 1)
      let afterEquals = line[line.index(after: equals)...]
      let valueColumn =
        indent + line[...equals].unicodeScalars.count + afterEquals.prefix { $0 == " " }.unicodeScalars.count + 1
      if let arrayField, let last = fields[arrayField].itemMappings?.indices.last {
        let value = rawValue.trimmingCharacters(in: "\"'")
        fields[arrayField].itemMappings?[last][key] = value
        // The element's text, as a YAML mapping's is: its values in order.
        let written = fields[arrayField].items?[last] ?? ""
        fields[arrayField].items?[last] = written.isEmpty ? value : written + ", " + value
        fields[arrayField].value = (fields[arrayField].items ?? []).joined(separator: "; ")
        continue
      }
      if rawValue.hasPrefix("[") {
        let items = rawValue.trimmingCharacters(in: "[] ").split(separator: ",")
          .map { $0.trimmingWhitespace().trimmingCharacters(in: "\"'") }.filter { !$0.isEmpty }
        fields.append(
          LabeledValue(
            key: table + key, value: items.joined(separator: ", "), items: items, location: location,
            valueColumn: valueColumn))
      } else {
        fields.append(
          LabeledValue(
            key: table + key, value: rawValue.trimmingCharacters(in: "\"'"), location: location,
            valueColumn: valueColumn))
      }
    }
    return (fields, error)
  }
}
