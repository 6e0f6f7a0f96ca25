/// Reads action items from the action-item sections: GFM task lists, plain bullets and tables
/// (Google SRE's `Action Item | Type | Owner | Bug`), each under the sub-heading or bold group
/// label it sits beneath.
struct ActionItemParser {
  private(set) var items: [ActionItem] = []
  private var group: String? {
    // Judged once per group rather than once per item.
    didSet {
      groupIsDone = group.map(ActionItemParser.groupMeansDone) ?? false
      groupTerms = group.map(ActionItemParser.termsNamed(by:)) ?? (nil, nil)
      groupListsNoItems =
        group.map { SectionKind.recognize($0) == .supportingInformation || SectionKind.namesThingsTried($0) } ?? false
    }
  }
  private var groupIsDone = false
  /// Whether the section's own heading says its items are done ("## Corrective Actions
  /// Implemented").
  private var sectionIsDone = false
  /// Whether the group is the section's references ("References:", "参考：") or what was tried
  /// ("Other avenues investigated:", "Alternatives considered"): the links listed under it are
  /// sources, and the attempts were made; neither is an item.
  private var groupListsNoItems = false
  /// The status and due date a group's heading gives the items under it.
  private var groupTerms: (status: String?, dueRaw: String?) = (nil, nil)

  /// Reads the items of the section `entry`.
  mutating func parse(_ entry: DocumentOutline.Entry, in outline: DocumentOutline) {
    group = nil
    sectionIsDone = ActionItemParser.groupMeansDone(entry.section.title)
    // Sentences on lines of their own are items only in a section that lists them no other way:
    // above a list they introduce it ("We agreed on the following." / "Each has an owner.").
    listsItems = entry.body.contains { index in
      switch outline.blocks[index].kind {
      case .list, .table: true
      default: false
      }
    }
    for index in entry.body { read(outline.blocks[index]) }
    if let last = headingBefore.take() { readNumberedHeading(last.heading, before: nil) }
  }

  /// A numbered heading that states an action ("#### 1) Alerts added for pgbouncer errors by
  /// @ana") over prose about it, not over the list a group's heading leads: an item.
  private mutating func readNumberedHeading(_ heading: MarkdownNode, before next: MarkdownNode?) {
    if let next {
      guard case .paragraph = next.kind, !next.plainText().trimmingWhitespace().hasSuffix(":") else { return }
    }
    guard let action = ActionItemParser.afterItemNumber(heading.plainText().trimmingWhitespace()),
      action.split(separator: " ").count >= 3
    else { return }
    let location =
      heading.children.first?.range?.start ?? heading.range?.start
      ?? SourceLocation(line: heading.line, column: 1)
    readWrittenItem(action, source: .bullet, at: location)
  }

  /// Whether the section being read holds a list or a table.
  private var listsItems = false

  /// The heading just read and the group before it: a heading whose list holds only fields is
  /// an item, not a group.
  private var headingBefore: (heading: MarkdownNode, group: String?)?
  /// The table just read, whose rows a paragraph straight after it may go on with.
  private var tableBefore: MarkdownNode?
  /// Whether the block just read was a numbered list of one item led by a bold title.
  private var titledItemListBefore = false

  private mutating func read(_ block: MarkdownNode) {
    // Moved out, not copied: this runs for every block of every action section.
    let heading = headingBefore.take()
    if let heading { readNumberedHeading(heading.heading, before: block) }
    let table = tableBefore.take()
    let titledItemBefore = titledItemListBefore
    titledItemListBefore = false
    switch block.kind {
    case .heading:
      headingBefore = (block, group)
      group = block.plainText().trimmingWhitespace()
    case .paragraph where groupListsNoItems && ActionItemParser.groupLabel(block) == nil:
      break
    case .list where groupListsNoItems, .table where groupListsNoItems:
      break
    case .paragraph:
      // The rest of a table that a wrapped row broke off; a table Markdown did not read as one
      // (its delimiter row forgotten, or pandoc's grid table).
      if let table, let rest = UnreadTable.continuation(of: table, in: block) {
        readTable(rest)
      } else if let table = UnreadTable.table(from: block) {
        readTable(table)
      } else if let label = ActionItemParser.groupLabel(block) {
        group = label
      } else if readTextBullets(block) || readSentenceLines(block) {
        return
      } else if let first = block.children.first, case .strong = first.kind,
        case let lead = first.plainText().trimmingWhitespace(),
        !lead.hasSuffix(":") || ActionItemFields.namesField(String(lead.dropLast()))
      {
        // Led by a name ("**AI-3** …") or by a field ("**Owner:** Fay — **Action:** …"), not by
        // a label ("**Note:** …").
        readFieldedParagraph(block)
      }
    case .list(let ordered, _):
      if let heading, readHeadingItem(heading.heading, fields: block, group: heading.group) { return }
      if ActionItemParser.isBlankForm(block) || readForm(block) { return }
      // "1. **Migrate the table**" then bullets that lost their indent (a word processor's
      // export): the bullets are the numbered item's details, not items.
      if !ordered, titledItemBefore { return }
      titledItemListBefore = ordered && block.children.count == 1 && ActionItemParser.opensWithTitle(block.children[0])
      for item in block.children { readItem(item, depth: 0) }
    case .table:
      readTable(block)
      tableBefore = block
    case .blockQuote:
      // "> - [ ] Tune the alert": items quoted from an issue or a chat.
      for child in block.children { read(child) }
    case .codeBlock(_, let literal, false) where !listsItems:
      readIndentedLines(literal, of: block)
    default:
      break
    }
  }

  /// Items indented four spaces under their lead-in ("We're taking the following steps:" over
  /// "    Replacing the failed hardware"): Markdown makes them code, the author meant a list. Only
  /// when every line reads as words (no code's brackets, operators or paths), each line an item.
  private mutating func readIndentedLines(_ literal: String, of block: MarkdownNode) {
    let start = block.range?.start ?? SourceLocation(line: block.line, column: 1)
    var lines: [(text: String, location: SourceLocation)] = []
    for (offset, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let text = line.trimmingWhitespace()
      guard !text.isEmpty else { continue }
      guard ActionItemParser.readsAsWords(text) else { return }
      let leading = line.prefix { $0 == " " || $0 == "\t" }.count
      lines.append((text, SourceLocation(line: start.line + offset, column: start.column + leading)))
    }
    for (text, location) in lines { readWrittenItem(text, source: .bullet, at: location) }
  }

  /// Items written as a form, a field a bullet ("- Action item: Add a disk alert", "- Owner: Ana",
  /// "- Due date: 2024-05-01"): a bullet keyed as the item's text opens an item, the field bullets
  /// after it fill it in. Returns whether `list` was that: every bullet keyed, and fields beside
  /// the items (a list of "Action: …" bullets alone is read as any list is).
  private mutating func readForm(_ list: MarkdownNode) -> Bool {
    guard list.children.count >= 2 else { return false }
    var forms: [(fields: ActionItemFields, location: SourceLocation)] = []
    for item in list.children {
      guard item.children.count == 1, let paragraph = item.children.first, case .paragraph = paragraph.kind,
        case let text = paragraph.plainText().trimmingWhitespace(), ActionItemFields.opensWithKey(text)
      else { return false }
      let fields = ActionItemFields(text: text)
      if !fields.title.isEmpty {
        forms.append((fields, paragraph.range?.start ?? SourceLocation(line: paragraph.line, column: 1)))
      } else {
        guard !forms.isEmpty else { return false }
        forms[forms.count - 1].fields.fillGaps(from: fields)
      }
    }
    guard !forms.isEmpty, forms.count < list.children.count else { return false }
    for (fields, location) in forms { addItem(fields, source: .bullet, at: location) }
    return true
  }

  /// Whether every bullet of `list` is a label with nothing after it ("- Action item:", "- Owner:",
  /// "- Due date:"): a template's form not filled in, which lists no item.
  static func isBlankForm(_ list: MarkdownNode) -> Bool {
    list.children.count >= 2
      && list.children.allSatisfy { item in
        guard item.children.count == 1, let paragraph = item.children.first, case .paragraph = paragraph.kind else {
          return false
        }
        let text = paragraph.plainText().trimmingWhitespace()
        return text.utf8.count <= 40 && (text.hasSuffix(":") || text.hasSuffix("："))
          && text.split(separator: " ").count <= 4
      }
  }

  /// Whether an indented line is a sentence rather than code: it opens with a capital and has
  /// two words or more, and none of the characters code is written with.
  static func readsAsWords(_ text: String) -> Bool {
    guard text.utf8.count <= 240, let first = text.utf8.first, ASCIIText.isUpper(first),
      text.utf8.contains(UInt8(ascii: " "))
    else { return false }
    return !text.utf8.contains { codeBytes.contains($0) }
  }

  private static let codeBytes = ByteSet("{}[]<>=;$|\\`#")

  /// An item written as a heading with its fields as the bullets under it (`### AI-1: Add rate
  /// limiting` / `- **Owner:** Ana` / `- **Due:** 2024-03-15`); returns whether `list` was that.
  private mutating func readHeadingItem(_ heading: MarkdownNode, fields list: MarkdownNode, group: String?) -> Bool {
    var bullets: [ActionItemFields] = []
    for item in list.children {
      let text = item.children.first?.plainText().trimmingWhitespace() ?? ""
      // Every field bullet opens with its key ("Owner: …"): a bullet that does not is an item,
      // told without reading its fields.
      guard ActionItemFields.opensWithKey(text) else { return false }
      var bullet = ActionItemFields(text: text)
      guard bullet.title.isEmpty, item.nestedLists.isEmpty else { return false }
      if bullet.ticket == nil, let paragraph = item.children.first {
        bullet.ticket = ActionItemParser.firstLink(in: paragraph)
      }
      bullets.append(bullet)
    }
    guard var fields = bullets.first else { return false }
    for bullet in bullets.dropFirst() { fields.fillGaps(from: bullet) }
    let text = heading.plainText().trimmingWhitespace()
    var own = ActionItemFields(text: text)
    // "AI-1: …" numbers the item (as does any key when its fields give the ticket).
    if fields.id == nil, let ticket = own.ticket, fields.ticket != nil || ActionItemID.isLocalNumber(ticket) {
      fields.id = ticket
      own.ticket = nil
    }
    fields.fillGaps(from: own)
    let location = heading.range?.start ?? SourceLocation(line: heading.line, column: 1)
    var item = ActionItem(title: own.title.isEmpty ? text : own.title, source: .bullet, location: location)
    self.group = group
    apply(fields, to: &item)
    items.append(item)
    return true
  }

  /// An item kept in the front matter, written out as a bullet would be
  /// (`FrontMatterActionItems.text`).
  mutating func readFrontMatterItem(_ text: String, at location: SourceLocation) {
    readWrittenItem(text, source: .frontMatter, at: location)
  }

  /// The items a report without headings gives on a line each after a label that names them
  /// ("Action Item: Remove certificate pinning (Budi, 2024-05-20)"), with the status a line under
  /// one gives it ("Action Item Status: In progress").
  mutating func readLabelItems(_ paragraph: MarkdownNode) {
    guard case .paragraph = paragraph.kind else { return }
    var readHere = false
    for line in paragraph.inlineLines() {
      guard case .text(let lead)? = line.nodes.first?.kind, lead.utf8.count > 3,
        let colon = lead.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":"))
      else { continue }
      let key = String(lead[..<colon]).trimmingWhitespace()
      let text = line.plainText
      guard let split = text.firstIndex(of: ":") else { continue }
      let value = text[text.index(after: split)...].trimmingWhitespace()
      guard !value.isEmpty else { continue }
      if SectionKind.recognizeExactly(key) == .actionItems {
        let before = items.count
        readWrittenItem(value, source: .bullet, at: SourceLocation(line: line.line, column: line.column))
        readHere = items.count > before
      } else if readHere, key.lowercased().hasSuffix(" status"),
        SectionKind.recognizeExactly(String(key.dropLast(" status".count))) == .actionItems
      {
        items[items.count - 1].status = ActionItemFields.normalizedStatus(value)
        items[items.count - 1].done = ActionItemFields.isDone(value)
      }
    }
  }

  /// An item written out as one line of text, as a bullet's would be; none when it has no title.
  private mutating func readWrittenItem(_ text: String, source: ActionItem.Source, at location: SourceLocation) {
    let fields = ActionItemFields(text: text)
    guard !fields.title.isEmpty else { return }
    addItem(fields, source: source, at: location)
  }

  /// The item `fields` read, titled by them.
  private mutating func addItem(_ fields: ActionItemFields, source: ActionItem.Source, at location: SourceLocation) {
    var item = ActionItem(title: fields.title, source: source, location: location)
    apply(fields, to: &item)
    items.append(item)
  }

  /// A paragraph whose every line opens with a bullet or number Markdown did not read as one
  /// (Google Docs' export escapes them: "1\. Alert at 80% quota — Rui"), or with the item's own
  /// number ("AI-1: Add jitter to cache TTLs — Priya"): each line is an item. Returns whether the
  /// paragraph was that.
  private mutating func readTextBullets(_ paragraph: MarkdownNode) -> Bool {
    let lines = paragraph.inlineLines()
    var bulleted: [(text: String, location: SourceLocation)] = []
    for line in lines {
      let text = line.plainText.trimmingWhitespace()
      if text.isEmpty { continue }
      let location = SourceLocation(line: line.line, column: max(line.column, 1))
      if ActionItemParser.opensWithItemNumber(text) {
        bulleted.append((text, location))
        continue
      }
      guard let marker = TextBullet.length(in: text, numbered: true) else { return false }
      let rest = String(text.utf8.dropFirst(marker)) ?? text
      bulleted.append((rest, location))
    }
    guard !bulleted.isEmpty else { return false }
    for (text, location) in bulleted { readWrittenItem(text, source: .bullet, at: location) }
    return true
  }

  /// A paragraph whose lines are each a sentence of their own, as a report pasted without its
  /// bullets lists its measures ("Review the load balancer configs: validate them in staging." /
  /// "Enhance monitoring of the load balancer."): each line is an item. Lines that wrap a
  /// paragraph of prose end mid-sentence and are no items. A short label on a line of its own
  /// names the sentence under it ("Patch Deployment Scripts:" / "Add validation logic…"): one item.
  private mutating func readSentenceLines(_ paragraph: MarkdownNode) -> Bool {
    guard !listsItems else { return false }
    let lines = paragraph.inlineLines().map { ($0.plainText.trimmingWhitespace(), $0.line, $0.column) }
    guard lines.count >= 2 else { return false }
    func opensCapitalized(_ text: String) -> Bool { text.unicodeScalars.first?.properties.isUppercase == true }
    func isSentence(_ text: String) -> Bool {
      guard text.utf8.count <= 240, opensCapitalized(text), let last = text.unicodeScalars.last else { return false }
      return last == "." || last == "!" || last == ")"
    }
    var sentences: [(text: String, location: SourceLocation)] = []
    // A sentence leading into the items ("To prevent similar incidents, the following measures
    // will be taken:") is none of them.
    var index = lines[0].0.utf8.last == UInt8(ascii: ":") && lines[0].0.split(separator: " ").count > 5 ? 1 : 0
    while index < lines.count {
      let (text, line, column) = lines[index]
      let location = SourceLocation(line: line, column: max(column, 1))
      // The report's closing words ("In conclusion, the outage was …") end the items.
      if !sentences.isEmpty, ActionItemParser.closesTheReport(text) { break }
      if text.utf8.count <= 60, text.utf8.last == UInt8(ascii: ":"), opensCapitalized(text), index + 1 < lines.count,
        isSentence(lines[index + 1].0)
      {
        sentences.append((text + " " + lines[index + 1].0, location))
        index += 2
        continue
      }
      guard isSentence(text) else { return false }
      sentences.append((text, location))
      index += 1
    }
    for (text, location) in sentences { readWrittenItem(text, source: .bullet, at: location) }
    return true
  }

  /// Whether `text` opens with an item's own number and more after it: "AI-1: …", "AR-2 (done): …".
  static func opensWithItemNumber(_ text: String) -> Bool {
    guard let first = text.utf8.first, ASCIIText.isLetter(first),
      let end = text.firstIndex(where: { $0 == ":" || $0 == " " || $0 == "(" }), end != text.startIndex,
      text[end...].count > 2
    else { return false }
    let number = String(text[..<end])
    // "A1 was the worst hit region": a number without its dash is one only before a colon.
    guard number.contains("-") || text[end] != " " else { return false }
    return number.utf8.contains(where: ASCIIText.isDigit) && ActionItemID.isLocalNumber(number)
  }

  /// Whether `text` opens as a report's closing words do: "In conclusion, …", "By implementing
  /// these measures, we aim …".
  static func closesTheReport(_ text: String) -> Bool {
    guard let first = text.utf8.first,
      first == UInt8(ascii: "I") || first == UInt8(ascii: "B")
        || first == UInt8(ascii: "T") || first == UInt8(ascii: "O")
    else { return false }
    let lowered = text.prefix(24).lowercased()
    return closingOpeners.contains { lowered.hasPrefix($0) }
  }

  private static let closingOpeners = [
    "in conclusion", "in summary", "to conclude", "to summarize", "to sum up", "overall,", "by implementing",
  ]

  /// A paragraph led by bold text that carries an owner or a due date, as some write items
  /// without a list: "**AI-3** Document the login runbook (Owner: Cy Diaz, Due: 2024-03-01)".
  private mutating func readFieldedParagraph(_ paragraph: MarkdownNode) {
    let text = paragraph.plainText().trimmingWhitespace()
    let fields = ActionItemFields(text: text)
    guard fields.owner != nil || fields.dueRaw != nil, !fields.title.isEmpty else { return }
    addItem(fields, source: .bullet, at: paragraph.range?.start ?? SourceLocation(line: paragraph.line, column: 1))
  }

  /// A paragraph that only labels the items after it: "**Immediate (Completed)**" or "Long-term:".
  static func groupLabel(_ paragraph: MarkdownNode) -> String? {
    let text = paragraph.plainText().trimmingWhitespace()
    guard !text.isEmpty, text.count <= 80 else { return nil }
    let onlyEmphasis =
      paragraph.children.count == 1
      && {
        if case .strong = paragraph.children[0].kind { return true }
        if case .emphasis = paragraph.children[0].kind { return true }
        return false
      }()
    if onlyEmphasis || text.hasSuffix(":") || text.hasSuffix("：") {
      return text.trimmingCharacters(in: ":：").trimmingWhitespace()
    }
    return nil
  }

  /// A detail bullet that names a field and parts it from its value with a dash or an equals sign
  /// ("owner — @carol", "due - end of April", "ticket = OPS-9"), written as a field ("owner: @carol").
  static func detailAsField(_ text: String) -> String {
    // A field's name is a word or two: the separator stands in the first bytes.
    let bytes = Array(text.utf8.prefix(24))
    for separator in detailSeparators {
      guard let found = UTF8Scan.firstOffset(of: separator, in: bytes),
        ActionItemFields.namesField(String(decoding: bytes[..<found], as: UTF8.self))
      else { continue }
      return String(decoding: bytes[..<found], as: UTF8.self) + ": "
        + String(decoding: text.utf8.dropFirst(found + separator.count), as: UTF8.self)
    }
    return text
  }

  private static let detailSeparators = [" — ", " – ", " - ", " = "].map { Array($0.utf8) }

  /// The text of an item's paragraph; an address set as code keeps its backticks ("Add
  /// `https://probe.example` to Blackbox", "contacts at `@getmeridian.com`"), so that it stays in
  /// the title rather than becoming the ticket or the owner.
  static func itemText(_ paragraph: MarkdownNode) -> String {
    let holdsCodeAddress = paragraph.children.contains {
      if case .code(let literal) = $0.kind { isAddress(literal) } else { false }
    }
    guard holdsCodeAddress else { return paragraph.plainText().trimmingWhitespace() }
    return text(of: paragraph.children[...]).trimmingWhitespace()
  }

  /// Whether code holds an address: a URL's `://` or a mail address's `@`.
  private static func isAddress(_ literal: String) -> Bool {
    literal.utf8.contains(UInt8(ascii: "@")) || literal.contains("://")
  }

  /// The text of `nodes`, an address set as code in its backticks (see `itemText`).
  private static func text(of nodes: ArraySlice<MarkdownNode>) -> String {
    nodes.map { node in
      if case .code(let literal) = node.kind, isAddress(literal) { "`" + literal + "`" } else { node.plainText() }
    }.joined()
  }

  private mutating func readItem(_ item: MarkdownNode, depth: Int) {
    guard case .item(var task) = item.kind else { return }
    let paragraph = item.children.first { if case .paragraph = $0.kind { return true } else { return false } }
    let nestedLists = item.nestedLists
    var text = paragraph.map(ActionItemParser.itemText) ?? ""
    // "Raise the quota (Farah) [ticket](https://…)": a link that only points at the tracker is the
    // ticket, and its word no part of the title.
    if let paragraph, let pointer = ActionItemParser.pointerLinkText(in: paragraph),
      let found = text.range(of: pointer, options: .backwards)
    {
      text.removeSubrange(found)
      text = text.trimmingWhitespace()
    }
    // cmark-gfm leaves a task's box as text where its extension does not look (in a block quote).
    if task == nil, let box = ActionItemParser.literalTaskBox(text) {
      task = box
      text = String(text.dropFirst(4)).trimmingWhitespace()
    }
    // Bullets under the item that hold nothing but fields ("  - Owner: @ana", "  - Due: 2024-04-01")
    // belong to it; anything else under an item is detail, or the items of a group.
    let nestedFields = nestedLists.flatMap(\.children).map {
      ActionItemFields(text: ActionItemParser.detailAsField($0.children.first?.plainText().trimmingWhitespace() ?? ""))
    }
    let onlyFieldsNested = !nestedFields.isEmpty && nestedFields.allSatisfy { $0.title.isEmpty }
    // Bullets under it that are items of their own, each a task ("  - [ ] Document restarts")
    // or naming its owner or due date ("  - Alert on queue age (owner: Ana)"): it names their
    // group ("- [ ] Improve runbooks", "- Monitoring"), as a task list's sub-tasks make it.
    let nestedItems = nestedLists.flatMap(\.children)
    let itemsNested =
      !onlyFieldsNested && !nestedItems.isEmpty
      && zip(nestedItems, nestedFields).allSatisfy { child, fields in
        if case .item(task: .some) = child.kind { return true }
        return !fields.title.isEmpty && (fields.owner != nil || fields.dueRaw != nil)
      }
    // Read in the group `name` names: the items under a bullet.
    func readNested(inGroup name: String) {
      let saved = group
      if !name.isEmpty { group = name.trimmingCharacters(in: ":").trimmingWhitespace() }
      for list in nestedLists {
        for child in list.children { readItem(child, depth: depth + 1) }
      }
      group = saved
    }
    // A bullet that only names a group ("Long-term:", "**Prevent**") with the items under it; one
    // over sub-tasks that names its own owner, due date or ticket is an item as well.
    if !nestedLists.isEmpty, !onlyFieldsNested, let paragraph,
      itemsNested && !ActionItemFields(text: text).namesAnyField
        || task == nil && (ActionItemParser.groupLabel(paragraph) != nil || text.isEmpty)
    {
      readNested(inGroup: text)
      return
    }
    guard !text.isEmpty, let paragraph else { return }
    let location =
      item.range?.start ?? paragraph.range?.start ?? SourceLocation(line: item.line, column: 1)
    var fields = ActionItemFields(text: text)
    var title = fields.title
    var description: String?
    let struck = ActionItemParser.struckThrough(text)
    if let struck {
      // "~~Add a dashboard~~ — dropped": struck out as no longer wanted; the rest says why.
      title = ActionItemFields(text: struck.title).title
      let restTitle = ActionItemFields(text: struck.rest).title
      description = restTitle.isEmpty ? nil : restTitle
      // Struck out as finished, not dropped, when the rest says so ("~~Roll back~~ (done, @bo)")
      // or the box is ticked with nothing said.
      let firstWord = struck.rest.split { !$0.isLetter }.first.map(String.init)
      let finished = firstWord.map(ActionItemFields.isDone) ?? (task == true)
      if fields.status == nil { fields.status = finished ? "DONE" : "CANCELLED" }
    } else if let first = paragraph.children.first, case .strong = first.kind,
      case let lead = first.plainText().trimmingWhitespace().trimmingCharacters(in: ":").trimmingWhitespace(),
      !ActionItemFields.namesField(lead)
    {
      // A bold lead-in is the title; the rest describes it: "**Configure alerts**: Set up …". A
      // bold field name ("**Owner:** Fay — **Action:** …") is a field like any other.
      // A lead of fields only ("**[P1]** Add an alert") leaves the item's own title.
      let leadTitle = ActionItemFields(text: lead).title
      if !leadTitle.isEmpty, lead.count < text.count {
        title = leadTitle
        let rest = ActionItemParser.text(of: paragraph.children.dropFirst())
        let restTitle = ActionItemFields(text: rest).title
        // What follows the lead may be its fields only: "**Roll back** — Ana Ruiz" names the owner
        // (read from the whole item), which is no description.
        description = restTitle.isEmpty || restTitle == fields.owner ? nil : restTitle
      } else if !leadTitle.isEmpty {
        title = leadTitle
      }
    }
    for nested in nestedFields where nested.title.isEmpty { fields.fillGaps(from: nested) }
    if fields.ticket == nil, let link = ActionItemParser.firstLink(in: paragraph) { fields.ticket = link }
    var actionItem = ActionItem(
      title: title.isEmpty ? text : title, source: task == nil ? .bullet : .taskList, location: location)
    actionItem.description = description
    apply(fields, to: &actionItem)
    if let task {
      // An unticked box on a struck-out item still means nothing is left to do.
      actionItem.done = task || (struck != nil && actionItem.done)
    }
    items.append(actionItem)
    if itemsNested { readNested(inGroup: actionItem.title) }
  }

  /// The type a group heading names when it is one of the kinds of work Google's SRE book sorts
  /// items into ("### Prevent", "### Detection"), lower case.
  static func typeNamed(by group: String) -> String? {
    guard group.utf8.count <= 14 else { return nil }
    return groupTypes[group.trimmingCharacters(in: ":").lowercased()]
  }

  private static let groupTypes: [String: String] = [
    "prevent": "prevent", "prevention": "prevent", "preventive": "prevent", "preventative": "prevent",
    "detect": "detect", "detection": "detect", "mitigate": "mitigate", "mitigation": "mitigate",
    "process": "process", "repair": "repair", "investigate": "investigate", "investigation": "investigate",
  ]

  /// Whether `text` opens with a task box written out, `[ ] ` (false) or `[x] ` (true).
  static func literalTaskBox(_ text: String) -> Bool? {
    var bytes = Array(text.utf8)
    if bytes.count > 4 { bytes.removeSubrange(4...) }
    guard bytes.count == 4, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"), bytes[3] == 32 else {
      return nil
    }
    switch bytes[1] {
    case 32: return false
    case UInt8(ascii: "x"), UInt8(ascii: "X"): return true
    default: return nil
    }
  }

  /// The text of an item that starts struck out (`~~…~~`, written literally: postmortem reads
  /// Markdown without the strikethrough extension), split into the struck title and the rest.
  static func struckThrough(_ text: String) -> (title: String, rest: String)? {
    guard text.hasPrefix("~~"), !text.hasPrefix("~~~") else { return nil }
    let inner = text.dropFirst(2)
    guard let close = inner.range(of: "~~") else { return nil }
    let title = inner[..<close.lowerBound].trimmingWhitespace()
    guard !title.isEmpty else { return nil }
    return (title, String(inner[close.upperBound...]))
  }

  private func apply(_ fields: ActionItemFields, to item: inout ActionItem) {
    item.id = fields.id
    item.owner = fields.owner
    item.ticket = fields.ticket
    // "AI-3 Document the runbook": the postmortem's own item number, not a tracker's key.
    if item.id == nil, let ticket = fields.ticket, ActionItemID.isLocalNumber(ticket) {
      item.id = ticket
      item.ticket = nil
    }
    item.priority = fields.priority
    item.type = fields.type ?? group.flatMap(ActionItemParser.typeNamed(by:))
    item.status = fields.status
    item.group = group
    // An item's own due date and status, else those its group's heading gives it.
    if let dueRaw = fields.dueRaw ?? groupTerms.dueRaw {
      item.dueRaw = dueRaw
      if case .valid(let date) = DateParser.parseDue(dueRaw) { item.due = date }
    }
    if fields.status == nil, let status = groupTerms.status { item.status = status }
    if let status = item.status {
      item.done = ActionItemFields.isDone(status)
    } else if groupIsDone || sectionIsDone {
      item.done = true
    }
  }

  /// The status and the due date that a group's heading gives the items under it, by its name
  /// ("In Progress") or in its brackets: "Short-term improvements (In progress)", "Long-term
  /// (Q4 2025 – Q1 2026)" (done by the end of the later period), "Follow-ups (by 2024-04-30)".
  static func termsNamed(by group: String) -> (status: String?, dueRaw: String?) {
    // A group named by its status alone: "### In Progress", "**Done:**".
    if group.utf8.count <= 16 {
      let whole = group.trimmingCharacters(in: ":").trimmingWhitespace().uppercased()
      if ActionItemFields.statusWords.contains(whole) { return (whole, nil) }
    }
    // A bold label's colon may follow the brackets: "**Short-term (within 24 hours):**".
    let group = group.utf8.last == UInt8(ascii: ":") ? String(group.dropLast()).trimmingWhitespace() : group
    guard group.utf8.last == UInt8(ascii: ")"), let open = group.lastIndex(of: "(") else { return (nil, nil) }
    let inner = group[group.index(after: open)..<group.index(before: group.endIndex)]
    var status: String?
    var dueRaw: String?
    let parts = inner.split { $0 == "," || $0 == "–" || $0 == "—" || $0 == ";" }
      .flatMap { $0.components(separatedBy: " - ") }.map { $0.trimmingWhitespace() }
    for part in parts {
      let upper = part.uppercased()
      if status == nil, ActionItemFields.statusWords.contains(upper) {
        status = upper
        continue
      }
      var due = part
      for lead in ["by ", "due ", "until "] where due.lowercased().hasPrefix(lead) {
        due = String(due.dropFirst(lead.count))
      }
      // The later of two periods: the items are due when the span ends.
      if case .valid = DateParser.parse(due) {
        dueRaw = due
      } else if DateParser.endOfPeriod(due, onOrAfter: nil) != nil || DateParser.endOfMonth(due, onOrAfter: nil) != nil
        || DateParser.endOfSpan(part, from: CalendarDate(year: 2000, month: 1, day: 1)) != nil
      {
        dueRaw = due
      }
    }
    return (status, dueRaw)
  }

  /// Whether `item` opens with its title in bold ("**Migrate the table**", then its text).
  static func opensWithTitle(_ item: MarkdownNode) -> Bool {
    guard let paragraph = item.children.first, case .paragraph = paragraph.kind,
      let first = paragraph.children.first, case .strong = first.kind
    else { return false }
    return true
  }

  /// "Immediate (Completed)", "Done", "Already fixed", "Corrective actions implemented"; not
  /// "Not yet done" or "To be implemented".
  static func groupMeansDone(_ group: String) -> Bool {
    // Every group heading comes here: its words are looked up as bytes.
    let words = ASCIIText.words(ASCIIText.lowercasedBytes(group))
    return words.contains { doneGroupWords[$0] == true } && !words.contains { doneGroupWords[$0] == false }
  }

  /// Words that say a group's items are done (true), and those that say they are yet to be.
  private static let doneGroupWords = ByteWordTable(
    ["completed", "done", "finished", "fixed", "closed", "implemented"].map { (Array($0.utf8), true) }
      + ["not", "be", "yet", "pending"].map { (Array($0.utf8), false) })

  /// The text of a link in `node` that says only where the item is tracked ("ticket", "Jira",
  /// "issue", "here").
  static func pointerLinkText(in paragraph: MarkdownNode) -> String? {
    // Looked for among the paragraph's own children only: every item comes through here.
    for index in paragraph.children.indices {
      guard case .link = paragraph.children[index].kind else { continue }
      let text = paragraph.children[index].plainText().trimmingWhitespace()
      if text.utf8.count <= 16, pointerWords.contains(text.lowercased()) { return text }
    }
    return nil
  }

  private static let pointerWords: Set<String> = [
    "ticket", "issue", "link", "jira", "here", "pr", "bug", "tracking", "tracker", "jira ticket", "github issue",
    "tracking issue", "card", "task",
  ]

  /// The destination of the first link in `node`, for items whose ticket is a link; a link on a
  /// mention (`[@ana](https://github.com/ana)`) is the person's page, not a ticket.
  static func firstLink(in node: MarkdownNode) -> String? {
    var found: String?
    node.forEach { child in
      if found == nil, case .link(let destination, _) = child.kind, !destination.isEmpty,
        !child.plainText().trimmingWhitespace().hasPrefix("@")
      {
        found = destination
      }
    }
    return found
  }

  private mutating func readTable(_ table: MarkdownNode) {
    let rows = table.children
    guard let header = rows.first else { return }
    var columns = ActionItemTableColumns(headers: header.children.map { $0.plainText().trimmingWhitespace() })
    if columns.title == nil {
      columns.takeTitle(fromRows: rows.dropFirst().map { $0.children.map { $0.plainText().trimmingWhitespace() } })
    }
    for row in rows.dropFirst() {
      let cells = row.children
      // Each cell's text once: the columns are consulted more than once each.
      let texts = cells.map { $0.plainText().trimmingWhitespace() }
      func cell(_ index: Int?) -> MarkdownNode? {
        guard let index, index < cells.count else { return nil }
        return cells[index]
      }
      func text(_ index: Int?) -> String {
        guard let index, index < texts.count else { return "" }
        return texts[index]
      }
      var titleText = text(columns.title)
      // A row of ellipses ("| … | … |") marks rows left out.
      guard !titleText.isEmpty, !titleText.isElision else { continue }
      // "**1. Add a gateway stub**": the writer's numbering of the rows, which a list's marker
      // would have been.
      titleText = ActionItemParser.droppingRowNumber(titleText)
      // A title struck out whole ("~~Move to k8s~~") is an item no longer wanted, as in a list.
      let struck = ActionItemParser.struckThrough(titleText).flatMap { $0.rest.isEmpty ? $0.title : nil }
      if let struck { titleText = struck }
      var fields = ActionItemFields(text: titleText)
      if struck != nil, fields.status == nil { fields.status = "CANCELLED" }
      let titleCell = cell(columns.title)
      let location =
        titleCell?.children.first?.range?.start ?? titleCell?.range?.start ?? row.range?.start
        ?? SourceLocation(line: row.line, column: 1)
      var item = ActionItem(title: fields.title.isEmpty ? titleText : fields.title, source: .table, location: location)
      if columns.owner != nil, !text(columns.owner).isEmpty {
        let owner = ActionItemFields.cleanOwner(text(columns.owner))
        // A ticket alone in the owner column ("[PAY-881](…)" for "whoever takes the ticket") is
        // the item's ticket; nobody owns it yet.
        if let ticket = ActionItemParser.loneTicket(owner) {
          fields.ticket = fields.ticket ?? ticket
        } else if ActionItemParser.namesOwner(owner) {
          fields.owner = owner
        }
      }
      if columns.due != nil, !ActionItemParser.isBlankCell(text(columns.due)) { fields.dueRaw = text(columns.due) }
      if columns.priority != nil, !text(columns.priority).isEmpty { fields.priority = text(columns.priority) }
      if columns.type != nil, !text(columns.type).isEmpty { fields.type = text(columns.type).lowercased() }
      if columns.id != nil, !text(columns.id).isEmpty { fields.id = text(columns.id) }
      if let ticketCell = cell(columns.ticket) {
        // Google SRE puts the status in the bug column: "**TODO** [OPS-43](…)".
        let ticketFields = ActionItemFields(text: text(columns.ticket))
        if fields.status == nil { fields.status = ticketFields.status }
        // A status alone where the ticket would be ("won't do") is the item's status.
        let statusAlone = ticketFields.ticket == nil && ActionItemFields.namesStatus(ticketFields.title)
        if statusAlone, fields.status == nil { fields.status = ticketFields.title.uppercased() }
        // An empty ticket cell leaves the ticket the title names ("OPS-42 Fix retries").
        fields.ticket =
          ticketFields.ticket ?? ActionItemParser.firstLink(in: ticketCell)
          ?? (statusAlone ? nil : nonEmpty(ticketFields.title)) ?? fields.ticket
      }
      // A title that links to its ticket ("[Add alert](https://jira…/OPS-1)"), as in a list.
      if fields.ticket == nil, let titleCell, let link = ActionItemParser.firstLink(in: titleCell) {
        fields.ticket = link
      }
      if columns.status != nil {
        let status = text(columns.status)
        if !status.isEmpty { fields.status = ActionItemFields.normalizedStatus(status) }
      }
      apply(fields, to: &item)
      items.append(item)
    }
  }

  /// What follows the number `text` opens with ("1. Add a stub", "2) Check the config"), or nil
  /// when it opens with none.
  static func afterItemNumber(_ text: String) -> String? {
    let bytes = text.utf8
    let digits = bytes.prefix(while: ASCIIText.isDigit).count
    guard (1...2).contains(digits), case let rest = bytes.dropFirst(digits), let mark = rest.first,
      mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")"), rest.dropFirst().first == UInt8(ascii: " ")
    else { return nil }
    return String(decoding: rest.dropFirst(2), as: UTF8.self).trimmingWhitespace()
  }

  /// `title` without the number a row opens with, unless nothing follows it.
  static func droppingRowNumber(_ title: String) -> String {
    guard let rest = afterItemNumber(title), !rest.isEmpty else { return title }
    return rest
  }

  /// The ticket `text` consists of (`OPS-42`, `#123`, a URL), or nil when it says more.
  static func loneTicket(_ text: String) -> String? {
    guard text.utf8.contains(where: ASCIIText.isDigit) else { return nil }
    let fields = ActionItemFields(text: text)
    return fields.title.isEmpty ? fields.ticket : nil
  }

  private func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingWhitespace()
    return ActionItemParser.isBlankCell(trimmed) ? nil : trimmed
  }

  /// Gives an item the whole name an "@" mention of a `known` person (lower case) ends it with
  /// ("@Ana Lima"), and an unowned item the owner one of the `known` names names where a
  /// capitalised word would be ambiguous, when the document names that person elsewhere: after a
  /// final dash ("Rotate keys — dee"), leading the item before a colon, "will", "to" or a dash
  /// ("Bo: add an alert", "Ana Ortiz will add a check", "Dana to benchmark", "Sara — add a
  /// runbook"), alone in the leading or closing brackets ("(Bo) Rotate keys", "Add dashboards (Ana
  /// Ortiz)"), or as a bold lead-in with the action after it ("**Bo**: move the cron job").
  static func assignKnownOwners(_ items: inout [ActionItem], known: Set<String>) {
    // A mention of a full name at the end, as Notion writes people ("… @Ana Lima"): the mention
    // read only its first word, which is the owner so far when the document names no one else.
    for index in items.indices {
      if let (name, rest) = closingMentionOfName(items[index].title),
        known.contains(name.lowercased()) || items[index].owner.map({ name.hasPrefix($0 + " ") }) == true
      {
        items[index].owner = name
        items[index].title = rest
      }
    }
    for index in items.indices where items[index].owner == nil {
      let title = items[index].title
      let bytes = Array(title.utf8)
      if let dash = ActionItemFields.finalDash(in: bytes, before: bytes.count) {
        let name = String(decoding: bytes[dash.upperBound...], as: UTF8.self).trimmingWhitespace()
        if !name.contains(" "), known.contains(name.lowercased()) {
          items[index].owner = name
          items[index].title = String(decoding: bytes[..<dash.lowerBound], as: UTF8.self).trimmingWhitespace()
          continue
        }
      }
      // Names are short: a long title is no name, and needs no lower-casing to tell.
      if bytes.count <= 40, let description = items[index].description, known.contains(title.lowercased()) {
        items[index].owner = title
        items[index].title = description
        items[index].description = nil
        continue
      }
      // A wiki link to the person's page is the person: "[[Sam Lee]] to document …".
      if let (written, rest) = leadingName(title), case let name = ActionItemFields.cleanOwner(written),
        known.contains(name.lowercased())
      {
        items[index].owner = name
        items[index].title = rest
        continue
      }
      // "(Ana Ortiz) Add dashboards": the person in brackets leading the item.
      if bytes.first == UInt8(ascii: "("), let close = bytes.prefix(40).firstIndex(of: UInt8(ascii: ")")) {
        let name = String(decoding: bytes[1..<close], as: UTF8.self).trimmingWhitespace()
        if known.contains(name.lowercased()) {
          items[index].owner = name
          items[index].title = String(decoding: bytes[(close + 1)...], as: UTF8.self).trimmingWhitespace()
          continue
        }
      }
      if let open = closingBracket(bytes) {
        let name = String(decoding: bytes[(open + 1)..<(bytes.count - 1)], as: UTF8.self).trimmingWhitespace()
        if known.contains(name.lowercased()) {
          items[index].owner = name
          items[index].title = String(decoding: bytes[..<open], as: UTF8.self).trimmingWhitespace()
        }
      }
    }
  }

  /// Gives an unowned item the person it names alone in its closing brackets ("Move reminders to
  /// the team calendar (Dana)") when the other items of the list name their owners: that is the
  /// list's way of writing them. Alone, "(Dana)" could as well be a tag.
  static func assignBracketedOwners(_ items: inout [ActionItem]) {
    // The item and the name in the brackets closing it, for each item whose brackets hold one.
    var named: [(index: Int, open: Int, name: [UInt8])] = []
    for index in items.indices where items[index].owner == nil {
      let bytes = Array(items[index].title.utf8)
      guard let open = closingBracket(bytes), open > 0, bytes[open - 1] == UInt8(ascii: " ") else { continue }
      let inner = Array(bytes[(open + 1)..<(bytes.count - 1)])
      guard ActionItemFields.isLoneName(inner) else { continue }
      named.append((index, open, inner))
    }
    // A name in brackets is an owner beside items that name theirs otherwise, or when most items
    // close so, two or more ("Add an alert (Dana)", "Load test (Eli)"): the list's way of naming them.
    guard !named.isEmpty,
      items.contains(where: { $0.owner != nil }) || (named.count >= 2 && named.count * 2 >= items.count)
    else { return }
    for (index, open, name) in named {
      let title = items[index].title.utf8
      items[index].owner = String(decoding: name, as: UTF8.self)
      items[index].title = String(decoding: title.prefix(open), as: UTF8.self).trimmingWhitespace()
    }
  }

  /// Where the brackets that close `title` open, when they hold a name's length ("… (Ana Ortiz)").
  private static func closingBracket(_ title: [UInt8]) -> Int? {
    guard title.last == UInt8(ascii: ")"), let open = title.lastIndex(of: UInt8(ascii: "(")), title.count - open <= 40
    else { return nil }
    return open
  }

  /// The two or three words a closing "@" mention names, and the title before it ("Require staged
  /// rollout @Ana Lima" is Ana Lima and "Require staged rollout").
  static func closingMentionOfName(_ title: String) -> (name: String, rest: String)? {
    // Most titles have no "@" near their end: the bytes tell, uncopied.
    var title = title
    guard title.withUTF8({ $0.suffix(40).contains(UInt8(ascii: "@")) }) else { return nil }
    let bytes = Array(title.utf8)
    guard let at = bytes.suffix(40).lastIndex(of: UInt8(ascii: "@")), at == 0 || bytes[at - 1] == UInt8(ascii: " ")
    else { return nil }
    let name = String(decoding: bytes[(at + 1)...], as: UTF8.self)
    let words = name.split(separator: " ")
    guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    return (name, String(decoding: bytes[..<at], as: UTF8.self).trimmingWhitespace())
  }

  /// The one to three words that lead `title` before ": ", " will ", " to " or a dash, and the
  /// rest ("Bo: add an alert" is Bo and "add an alert", "Ana Ortiz will add a check" Ana Ortiz and
  /// "add a check", "Dana to benchmark …" Dana and "benchmark …").
  private static func leadingName(_ title: String) -> (name: String, rest: String)? {
    // Most titles have no colon, "will", "to" or dash near their start: the bytes tell, unsplit.
    var head = Array(title.utf8)
    if head.count > 48 { head.removeSubrange(48...) }
    guard
      head.contains(UInt8(ascii: ":")) || UTF8Scan.firstOffset(of: willWord, in: head) != nil
        || UTF8Scan.firstOffset(of: toWord, in: head) != nil
        || ActionItemParser.leadingDashes.contains(where: {
          UTF8Scan.firstOffset(of: $0, in: head) != nil
        })
    else {
      return nil
    }
    let words = title.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
    for count in 1...3 where count < words.count {
      let last = words[count - 1]
      if last.count > 1, last.hasSuffix(":") {
        let name = (words[..<(count - 1)] + [last.dropLast()]).joined(separator: " ")
        return (name, title[words[count].startIndex...].trimmingWhitespace())
      }
      // "Sara — add a runbook": the person, a dash, then the action.
      if words[count] == "will" || words[count] == "to" || words[count] == "—" || words[count] == "–"
        || words[count] == "-", count + 1 < words.count
      {
        return (words[..<count].joined(separator: " "), title[words[count + 1].startIndex...].trimmingWhitespace())
      }
    }
    return nil
  }

  private static let leadingDashes = [" — ", " – ", " - "].map { Array($0.utf8) }
  private static let willWord = Array(" will ".utf8)
  private static let toWord = Array(" to ".utf8)

  /// What teams write in a cell that has nothing to say: "n/a", "none", a dash.
  static func isBlankCell(_ text: String) -> Bool {
    blankCells.contains(text.lowercased())
  }

  /// Whether a cleaned owner value names someone: not a blank cell, though an upper-case "TBD"
  /// stays, for action-item-owner to report as nobody yet.
  static func namesOwner(_ owner: String) -> Bool {
    !isBlankCell(owner) || owner == "TBD"
  }

  private static let blankCells: Set<String> = ["", "-", "—", "–", "n/a", "na", "none", "tbd", "?"]
}
