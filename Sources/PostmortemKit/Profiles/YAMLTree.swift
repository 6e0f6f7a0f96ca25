import Yams

/// A YAML node with its line, read without YAML 1.1's type guessing: scalars stay strings.
struct YAMLTree {
  enum Value {
    case scalar(String)
    case sequence([YAMLTree])
    case mapping([(String, YAMLTree)])
  }

  var value: Value
  var line: Int

  static func load(_ text: String, path: String) throws(ConfigurationError) -> YAMLTree {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw ConfigurationError(
        path: path, line: YAMLTree.line(of: error), message: "invalid YAML: \(YAMLTree.reason(of: error))")
    } catch {
      throw ConfigurationError(path: path, line: nil, message: "invalid YAML")
    }
    guard let node else { return YAMLTree(value: .mapping([]), line: 1) }
    return YAMLTree(node)
  }

  init(value: Value, line: Int) {
    self.value = value
    self.line = line
  }

  init(_ node: Node) {
    line = node.mark?.line ?? 1
    switch node {
    case .scalar(let scalar): value = .scalar(scalar.string)
    case .sequence(let sequence): value = .sequence(sequence.map(YAMLTree.init))
    case .mapping(let mapping): value = .mapping(mapping.map { ($0.key.string ?? "", YAMLTree($0.value)) })
    case .alias: value = .scalar("")
    }
  }

  var string: String? {
    if case .scalar(let text) = value { return text }
    return nil
  }

  var sequence: [YAMLTree]? {
    switch value {
    case .sequence(let items): return items
    // A single value where a list is expected reads as a list of one.
    case .scalar(let text): return text.isEmpty ? [] : [self]
    case .mapping: return nil
    }
  }

  /// The mapping's entries, checking keys against `allowed` (nil: any key).
  func mapping(path: String, allowed: [String]?) throws(ConfigurationError) -> [String: YAMLTree] {
    guard case .mapping(let pairs) = value else {
      if case .scalar(let text) = value, text.isEmpty { return [:] }
      throw ConfigurationError(path: path, line: line, message: "expected a mapping of keys to values")
    }
    var result: [String: YAMLTree] = [:]
    for (key, node) in pairs {
      if let allowed, !allowed.contains(key) {
        throw ConfigurationError(
          path: path, line: node.line, message: "unknown key '\(key)'\(Suggestion.hint(for: key, among: allowed))")
      }
      result[key] = node
    }
    return result
  }

  /// The entries in document order.
  var pairs: [(String, YAMLTree)] {
    if case .mapping(let pairs) = value { return pairs }
    return []
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): return mark.line
    default: return nil
    }
  }

  private static func reason(of error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _):
      return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    default:
      return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
  }
}
