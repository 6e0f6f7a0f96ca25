import Foundation

/// Reads the fields written inline in an action item: `owner: @bo`, `@ana`, `due: 2024-04-01`,
/// `by 2024-04-01`, `OPS-42`, `#123`, a URL, `priority: P1`, `type: prevent`, `id: AI-7`, and
/// status words such as `DONE` or `IN PROGRESS`.
struct ActionItemFields {
  var title: String
  var owner: String?
  var dueRaw: String?
  var ticket: String?
  var priority: String?
  var type: String?
  var id: String?
  var status: String?

  private enum Key {
    case owner, due, ticket, priority, type, id, status
  }

  private static let keys: [String: Key] = [
    "owner": .owner, "owners": .owner, "assignee": .owner, "assigned to": .owner, "assigned": .owner, "who": .owner,
    "dri": .owner, "responsible": .owner,
    "due": .due, "due date": .due, "deadline": .due, "eta": .due, "target date": .due, "target": .due,
    "ticket": .ticket, "issue": .ticket, "jira": .ticket, "bug": .ticket, "tracking": .ticket,
    "priority": .priority, "pri": .priority,
    "type": .type, "kind": .type, "category": .type,
    "id": .id,
    "status": .status, "state": .status,
  ]

  /// Status words, upper case, as teams write them in items and table cells.
  static let statusWords: [String] = [
    "IN PROGRESS", "IN-PROGRESS", "WON'T FIX", "WONTFIX", "NOT STARTED", "DONE", "TODO", "TO DO", "WIP", "FAILED",
    "BLOCKED", "CANCELLED", "CANCELED", "COMPLETE", "COMPLETED", "OPEN", "CLOSED", "FIXED", "PENDING", "STARTED",
  ]
  private static let doneWords: Set<String> = [
    "DONE", "COMPLETE", "COMPLETED", "CLOSED", "FIXED", "RESOLVED", "YES", "Y", "✅", "✔", "✔️", "☑", "[X]", "X",
    "WONTFIX", "WON'T FIX", "CANCELLED", "CANCELED",
  ]

  /// Whether a status text means the item needs no more work.
  static func isDone(_ status: String) -> Bool {
    doneWords.contains(status.trimmingWhitespace().uppercased())
  }

  /// Extracts the fields of `text`; `title` is what remains with the fields taken out.
  init(text: String) {
    title = text
    var remaining = text
    extractKeyedFields(&remaining)
    extractStatus(&remaining)
    extractMentions(&remaining)
    extractTicket(&remaining)
    if dueRaw == nil { extractBareDate(&remaining) }
    title = ActionItemFields.tidy(remaining)
  }

  /// `key: value` pairs, in parentheses or not, separated by commas or semicolons.
  private mutating func extractKeyedFields(_ text: inout String) {
    guard text.utf8.contains(58) else { return }  // no ":", no "key: value"
    // Work on a lower-cased copy of the same length to find keys at word starts.
    var searchStart = text.startIndex
    while searchStart < text.endIndex {
      guard let colon = text[searchStart...].firstIndex(of: ":") else { break }
      // The key is the one or two words before the colon.
      let before = text[..<colon]
      let words = before.split(whereSeparator: { !($0.isLetter) }).suffix(2)
      var matchedKey: Key?
      var keyStart = colon
      for count in stride(from: words.count, through: 1, by: -1) {
        let candidate = words.suffix(count).joined(separator: " ").lowercased()
        if let key = ActionItemFields.keys[candidate], let first = words.suffix(count).first {
          matchedKey = key
          keyStart = first.startIndex
          break
        }
      }
      guard let key = matchedKey else {
        searchStart = text.index(after: colon)
        continue
      }
      var valueEnd = text.index(after: colon)
      while valueEnd < text.endIndex, text[valueEnd] == " " { valueEnd = text.index(after: valueEnd) }
      if valueEnd < text.endIndex, text[valueEnd] == "[", let close = text[valueEnd...].firstIndex(of: "]") {
        // A bracketed value ("owner: [name]") is taken whole.
        valueEnd = text.index(after: close)
      } else {
        while valueEnd < text.endIndex, !",;()[]|".contains(text[valueEnd]) { valueEnd = text.index(after: valueEnd) }
      }
      let value = text[text.index(after: colon)..<valueEnd].trimmingWhitespace()
      assign(key, value)
      text.replaceSubrange(keyStart..<valueEnd, with: "")
      searchStart = keyStart
      if searchStart > text.endIndex { break }
    }
  }

  private mutating func assign(_ key: Key, _ value: String) {
    guard !value.isEmpty else { return }
    switch key {
    case .owner:
      if owner == nil { owner = ActionItemFields.cleanOwner(value) }
    case .due:
      if dueRaw == nil { dueRaw = value }
    case .ticket:
      if ticket == nil { ticket = value }
    case .priority:
      if priority == nil { priority = value }
    case .type:
      if type == nil { type = value.lowercased() }
    case .id:
      if id == nil { id = value }
    case .status:
      if status == nil { status = value.uppercased() }
    }
  }

  static func cleanOwner(_ value: String) -> String {
    var owner = value.trimmingWhitespace().trimmingCharacters(in: "[]()*_`")
    if owner.hasPrefix("@") { owner.removeFirst() }
    return owner.trimmingWhitespace()
  }

  private static let statusWordBytes: [[UInt8]] = statusWords.map { Array($0.utf8) }

  /// The first status word (upper case, whole word) in the text; searched on bytes, and only when
  /// the text has two capitals in a row at all.
  private mutating func extractStatus(_ text: inout String) {
    let bytes = Array(text.utf8)
    guard zip(bytes, bytes.dropFirst()).contains(where: { ASCIIText.isUpper($0) && ASCIIText.isUpper($1) }) else {
      return
    }
    for (word, needle) in zip(ActionItemFields.statusWords, ActionItemFields.statusWordBytes) {
      guard let start = ActionItemFields.wordOffset(of: needle, in: bytes) else { continue }
      if status == nil { status = word }
      var remaining = bytes
      remaining.removeSubrange(start..<(start + needle.count))
      text = String(decoding: remaining, as: UTF8.self)
      return
    }
  }

  /// Where `needle` stands in `bytes` as a whole word (not inside a longer word).
  private static func wordOffset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      guard bytes[start..<(start + needle.count)].elementsEqual(needle) else { continue }
      let before = start == 0 || !(ASCIIText.isLetter(bytes[start - 1]) || bytes[start - 1] >= 0x80)
      let end = start + needle.count
      let after = end == bytes.count || !(ASCIIText.isLetter(bytes[end]) || bytes[end] >= 0x80)
      if before && after { return start }
    }
    return nil
  }

  /// `@name` mentions; the first becomes the owner. `a@b.com` is an address, not a mention.
  private mutating func extractMentions(_ text: inout String) {
    var index = text.startIndex
    while let at = text[index...].firstIndex(of: "@") {
      let precededByWord = at > text.startIndex && isNameCharacter(text[text.index(before: at)])
      var end = text.index(after: at)
      while end < text.endIndex, isNameCharacter(text[end]) || text[end] == "/" { end = text.index(after: end) }
      // A trailing dot ends a sentence, not a name.
      while end > text.index(after: at), text[text.index(before: end)] == "." { end = text.index(before: end) }
      if precededByWord || end == text.index(after: at) {
        index = text.index(after: at)
        continue
      }
      let name = String(text[text.index(after: at)..<end])
      if owner == nil { owner = name }
      // A mention that ends the item ("Roll back the config @ana") is a field and leaves the
      // title; one inside a sentence ("@carol will document…") stays as written.
      if text[end...].trimmingCharacters(in: " ,;.()").isEmpty {
        text.replaceSubrange(at..<end, with: "")
        index = at < text.endIndex ? at : text.endIndex
      } else {
        index = end
      }
      if index >= text.endIndex { break }
    }
  }

  /// `OPS-42`, `#123`, or an http(s) URL.
  private mutating func extractTicket(_ text: inout String) {
    let words = text.split(separator: " ")
    for word in words {
      let trimmed = word.trimmingCharacters(in: "()[],;.<>*_`")
      let isURL = trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://")
      if isURL || ActionItemFields.isTicketKey(trimmed) || ActionItemFields.isIssueNumber(trimmed) {
        if ticket == nil { ticket = trimmed }
        if let range = text.firstRange(of: trimmed) { text.replaceSubrange(range, with: "") }
        if ticket != nil && !isURL { return }
      }
    }
  }

  /// `ABC-123`: an upper-case project key, a dash and a number.
  static func isTicketKey<S: StringProtocol>(_ word: S) -> Bool {
    guard let dash = word.firstIndex(of: "-") else { return false }
    let key = word[..<dash]
    let number = word[word.index(after: dash)...]
    guard key.count >= 2, let first = key.first, first.isUppercase, first.isASCII else { return false }
    return key.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII } && !number.isEmpty
      && number.allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func isIssueNumber<S: StringProtocol>(_ word: S) -> Bool {
    word.count > 1 && word.first == "#" && word.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// A date anywhere in the text, read as the due date ("by 2024-04-01", "— 2024-04-01").
  private mutating func extractBareDate(_ text: inout String) {
    let tokens = TextToken.tokenize(Substring(text))
    var index = 0
    while index < tokens.count {
      var end = index
      let result = DateParser.scan(tokens, at: &end)
      if result != .none, end > index {
        var start = tokens[index].text.startIndex
        // Take a "by" or "due" in front along with it.
        if index > 0, tokens[index - 1].isWord,
          ["by", "due", "before", "until"].contains(tokens[index - 1].text.lowercased())
        {
          start = tokens[index - 1].text.startIndex
        }
        let endIndex = tokens[end - 1].text.endIndex
        dueRaw = String(text[tokens[index].text.startIndex..<endIndex])
        text.replaceSubrange(start..<endIndex, with: "")
        return
      }
      index += 1
    }
  }

  private func isWordBoundary(_ text: String, _ range: Range<String.Index>) -> Bool {
    let before = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
    let after = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
    return before && after
  }

  private func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
  }

  /// Removes the punctuation that taking fields out leaves behind: "()", ", ,", a trailing " -".
  static func tidy(_ text: String) -> String {
    // Brackets that held only fields are left empty or with separators: "(, [] ,)". A stack
    // handles nesting: inner groups are judged (and dropped) before the outer ones.
    var result: [Character] = []
    var openings: [Int] = []
    for character in text {
      if character == "(" || character == "[" {
        openings.append(result.count)
        result.append(character)
      } else if character == ")" || character == "]", let start = openings.popLast() {
        let content = result[(start + 1)...]
        if content.allSatisfy({ " ,;:".contains($0) }) {
          result.removeSubrange(start...)
        } else {
          result.append(character)
        }
      } else {
        result.append(character)
      }
    }
    var collapsed = ""
    var lastWasSpace = false
    for character in String(result) {
      if character == " " {
        if !lastWasSpace { collapsed.append(character) }
        lastWasSpace = true
      } else {
        collapsed.append(character)
        lastWasSpace = false
      }
    }
    var trimmed = collapsed.trimmingWhitespace()
    while let last = trimmed.last, ",;:-–—|(".contains(last) {
      trimmed.removeLast()
      trimmed = trimmed.trimmingWhitespace()
    }
    // A leading separator left by a removed field ("- fix it"), but not a sign ("-2 …").
    while let first = trimmed.first, ",;:-–—|)".contains(first),
      trimmed.count == 1 || trimmed.dropFirst().first == " " || ",;:|)".contains(first)
    {
      trimmed.removeFirst()
      trimmed = trimmed.trimmingWhitespace()
    }
    return trimmed.replacingEvery(" ,", with: ",").replacingEvery("( ", with: "(")
      .replacingEvery(" )", with: ")")
  }
}
