import Testing

@testable import PostmortemKit

/// Action items as task lists, plain bullets and tables, with inline fields.
@Suite struct ActionItemParserTests {
  @Test func taskListWithInlineFields() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - [ ] Add an alert on queue depth (owner: @bo, due: 2024-04-01, OPS-42)
      - [x] Roll back the config @ana
      - @carol will document the failover procedure
      - [ ] Tune retries (owner: Dee Jay, due: 2024-02-30, priority: P2, type: prevent, id: AI-7)
      - [ ] Email ops@example.com about https://tracker.example.com/issues/12
      - [ ] Add `https://komodo.example.com` to the Blackbox probes
      """
    ).actionItems
    #expect(items.count == 6)
    // An address set as code is what the work is about, not its ticket.
    #expect(items[5].ticket == nil && items[5].title == "Add `https://komodo.example.com` to the Blackbox probes")
    let led = TestSupport.parse(
      "## Action Items\n\n- [ ] **Probe Komodo:** add `https://komodo.example.com` to Blackbox\n"
    )
    .actionItems
    #expect(led.first?.ticket == nil && led.first?.description == "add `https://komodo.example.com` to Blackbox")
    #expect(items[0].title == "Add an alert on queue depth")
    #expect(items[0].owner == "bo")
    #expect(items[0].due?.description == "2024-04-01")
    #expect(items[0].ticket == "OPS-42")
    #expect(items[1].done && items[1].owner == "ana" && items[1].title == "Roll back the config")
    #expect(items[2].source == .bullet && items[2].owner == "carol" && !items[2].done)
    #expect(items[3].owner == "Dee Jay")
    #expect(items[3].due == nil && items[3].dueRaw == "2024-02-30", "an impossible due date is kept raw")
    #expect(items[3].priority == "P2" && items[3].type == "prevent" && items[3].id == "AI-7")
    #expect(items[4].owner == nil, "an e-mail address is not a mention")
    #expect(items[4].ticket == "https://tracker.example.com/issues/12")
    #expect(items.map(\.line) == [3, 4, 5, 6, 7, 8])
  }

  /// Measures pasted without their bullets, each a sentence on its own line, are items; a
  /// paragraph of prose wrapped over several lines is none, and so are sentences that introduce
  /// a list.
  @Test func sentenceLinesWithoutBullets() throws {
    let items = TestSupport.parse(
      """
      ## Corrective Actions

      Review Load Balancer Configurations: Validate settings in staging before deployment.
      Enhance Monitoring: Implement detailed monitoring on load balancer performance.

      ## Prevention

      We will review every load balancer change before it
      ships, and add a canary that checks the routing of traffic.

      ## Follow-ups

      We agreed on the following in the review.
      Each item has an owner and a due date.

      - [ ] Add a routing canary (owner: @bo, due: 2024-10-01)
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Review Load Balancer Configurations: Validate settings in staging before deployment.",
        "Enhance Monitoring: Implement detailed monitoring on load balancer performance.",
        "Add a routing canary",
      ])
    #expect(items.map(\.line) == [3, 4, 16])
    // A label on a line of its own names the sentence under it; a label with no sentence under
    // it leaves the paragraph prose.
    let labelled = TestSupport.parse(
      """
      ## Tasks

      Patch Deployment Scripts:
      Add validation logic to check the replication settings pre-deployment.
      Training:
      Conduct a training session on the new monitoring tools.
      """
    ).actionItems
    #expect(
      labelled.map(\.title) == [
        "Patch Deployment Scripts: Add validation logic to check the replication settings pre-deployment.",
        "Training: Conduct a training session on the new monitoring tools.",
      ])
    #expect(labelled.map(\.line) == [3, 5])
    #expect(TestSupport.parse("## Tasks\n\nDone so far:\nNothing yet\nMore later:\n").actionItems.isEmpty)
    // A sentence leading into the lines is none of them (it kept every line from being an
    // item); the report's closing words after them are none either.
    let ledIn = TestSupport.parse(
      """
      ## Corrective and Preventative Measures

      To prevent similar incidents in the future, the following measures will be taken:
      Update the load balancer configuration backup process.
      Schedule regular load balancer configuration reviews.
      In conclusion, the outage was caused by a misconfiguration in the load balancer.
      """
    ).actionItems
    #expect(
      ledIn.map(\.title) == [
        "Update the load balancer configuration backup process.",
        "Schedule regular load balancer configuration reviews.",
      ])
    #expect(ledIn.map(\.line) == [4, 5])
    let closed = TestSupport.parse(
      "## Tasks\n\nUpdate the backup process.\nBy implementing these measures, we aim to avoid a repeat.\n")
    #expect(closed.actionItems.map(\.title) == ["Update the backup process."])
  }

  /// Lines led by the items' own numbers, without bullets, are items as their bullets would be;
  /// a sentence that opens with a region's name ("A1 was …") is not.
  @Test func numberedLinesWithoutBullets() {
    let items = TestSupport.parse(
      """
      ## Follow-up

      AI-1: Add jitter to cache TTLs — Priya — 2024-04-01
      AI-2 Warm cache on deploy — Lee — end of Q2
      AI-3 (done): Alert on stampede pattern — Lee
      """
    ).actionItems
    #expect(items.map(\.id) == ["AI-1", "AI-2", "AI-3"])
    #expect(items.map(\.title) == ["Add jitter to cache TTLs", "Warm cache on deploy", "Alert on stampede pattern"])
    #expect(items.map(\.owner) == ["Priya", "Lee", "Lee"] && items.map(\.done) == [false, false, true])
    #expect(items.map(\.line) == [3, 4, 5])
    #expect(TestSupport.parse("## Follow-up\n\nA1 was the worst hit region\n").actionItems.isEmpty)
  }

  /// An owner key without its colon names the owner when it opens a clause and a short name
  /// ends that clause ("owner TBD" is nobody yet, as "owner: TBD" is); in a sentence, or before
  /// more than a name, it names nobody.
  @Test func ownerPhrasesWithoutAColon() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - [ ] Add stall detection — owner Bo, due 2024-04-15
      - [ ] Add canary (owner Ana Ortiz)
      - [ ] Fix the retry loop; assigned to Carol
      - [ ] Add dashboards (DRI Émilie Durand, OPS-12)
      - [ ] Add metric — Owner SRE Team.
      - [ ] Review the owner field - owners bo.chen
      - [ ] Document the owner rotation for the team
      - [ ] Move alerts — owner is the platform team
      - [ ] Write runbook, owner TBD
      - [ ] Rotate keys (owner: n/a)
      - [ ] Replace the client library. Assigned to Kim.
      - [ ] Update the docs. owner rotation next
      - [ ] Audit IAM — owned by Security
      - [ ] Find out who owned by default the old cluster
      """
    ).actionItems
    #expect(
      items.map(\.owner) == [
        "Bo", "Ana Ortiz", "Carol", "Émilie Durand", "SRE Team", "bo.chen", nil, nil, "TBD", nil, "Kim", nil,
        "Security", nil,
      ])
    #expect(items[12].title == "Audit IAM")
    #expect(items[10].title == "Replace the client library.")
    #expect(
      items.prefix(6).map(\.title) == [
        "Add stall detection", "Add canary", "Fix the retry loop", "Add dashboards", "Add metric",
        "Review the owner field",
      ])
    #expect(items[0].dueRaw == "2024-04-15" && items[3].ticket == "OPS-12")
    #expect(items[6].title == "Document the owner rotation for the team")
  }

  /// Priorities written as tags, a bold lead that holds only fields, a due date with its year
  /// after a comma, and a name or priority left alone in the brackets that held the fields.
  @Test func priorityTagsAndGroupedFields() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - **[P1]** Add queue alert — @bo — 2024-04-01
      - P2: Archive old logs
      - Add alert (JIRA: OPS-12) - Owner: Bo - Due: April 1, 2024
      - [ ] Add canary [OPS-44] (Ana, 2024-05-01)
      - [ ] Page less (Urgent, 2024-05-01)
      - [ ] Upgrade the driver (Postgres)
      - [ ] Upgrade both (Postgres, MySQL)
      - [ ] Scale the P5 cluster (due: 2024-05-01, 7 nodes)
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add queue alert", "Archive old logs", "Add alert", "Add canary", "Page less", "Upgrade the driver (Postgres)",
        "Upgrade both (Postgres, MySQL)", "Scale the P5 cluster (7 nodes)",
      ])
    #expect(items.map(\.priority) == ["P1", "P2", nil, nil, "Urgent", nil, nil, nil])
    #expect(items.map(\.owner) == ["bo", nil, "Bo", "Ana", nil, nil, nil, nil])
    #expect(items[2].dueRaw == "April 1, 2024" && items[2].due?.description == "2024-04-01")
    #expect(items[3].ticket == "OPS-44" && items[3].due?.description == "2024-05-01")
  }

  /// A capitalised name after a dash ends the item as its owner; a status or priority word there
  /// is the status or priority, a quarter the due date; a lower-case phrase keeps the dash in the
  /// title.
  @Test func trailingNamesAfterADash() throws {
    let items = TestSupport.parse(
      """
      ## What we're doing

      - Rebalance nodes automatically — Priya
      - Restarted the job - Ana Ortiz.
      - Rotate keys – Bo (2024-05-01)
      - Ship fix - Done
      - Add alert — Critical
      - Plan work — Q2
      - Fix the build — see runbook
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Rebalance nodes automatically", "Restarted the job", "Rotate keys", "Ship fix", "Add alert",
        "Plan work", "Fix the build — see runbook",
      ])
    #expect(items.map(\.owner) == ["Priya", "Ana Ortiz", "Bo", nil, nil, nil, nil])
    #expect(items[3].done && items[4].priority == "Critical" && items[2].due?.description == "2024-05-01")
    #expect(items[5].dueRaw == "Q2")
    // A phrase is an aside, not a priority or an owner, wherever it stands.
    let asides = TestSupport.parse(
      "## Action Items\n\n- Add alert — Critical issue here now\n- Page less (Urgent fix for the API, 2024-05-01)\n"
    ).actionItems
    #expect(asides.map(\.priority) == [nil, nil] && asides.map(\.owner) == [nil, nil])
    #expect(asides.map(\.title) == ["Add alert — Critical issue here now", "Page less (Urgent fix for the API)"])
    // A mention that leads the item, set off by a colon or dash, is the owner and leaves the title;
    // one that is the sentence's subject stays.
    let leading = TestSupport.parse(
      "## Action Items\n\n- [ ] @lee: add a canary\n- [ ] **@lee** — add a canary\n- [ ] @lee adds a canary\n"
    ).actionItems
    #expect(leading.map(\.title) == ["add a canary", "add a canary", "@lee adds a canary"])
    #expect(leading.map(\.owner) == ["lee", "lee", "lee"])
    // A well-known technology there is part of the title; a team is an owner.
    let technologies = TestSupport.parse(
      "## Action Items\n\n- Make retries idempotent - Rust\n- Tune pools (Postgres, 2024-05-01)\n- Fix the TTL - SRE\n"
    ).actionItems
    #expect(technologies.map(\.owner) == [nil, nil, "SRE"])
    #expect(technologies.map(\.title) == ["Make retries idempotent - Rust", "Tune pools (Postgres)", "Fix the TTL"])
    // The name may stand between the title and a due date or ticket, set off by dashes or bars.
    let between = TestSupport.parse(
      """
      ## Action Items

      - [ ] Lower leader cache TTL — Bo Chen — due 2024-08-01
      - [ ] Add pool-size guard | Priya Nair | PAY-902
      - Rotate certificates - Ana - 2024-09-01
      - Stagger broker restarts - J. Smith - 2021-04-15
      - Add a lag SLO — K. Müller
      """
    ).actionItems
    #expect(between.map(\.owner) == ["Bo Chen", "Priya Nair", "Ana", "J. Smith", "K. Müller"])
    #expect(
      between.map(\.title) == [
        "Lower leader cache TTL", "Add pool-size guard", "Rotate certificates", "Stagger broker restarts",
        "Add a lag SLO",
      ])
    #expect(
      between.map { $0.due?.description } == ["2024-08-01", nil, "2024-09-01", "2021-04-15", nil]
        && between[1].ticket == "PAY-902")
    // Or by commas, as a spreadsheet's row is written, when a date is among the fields and the
    // title has no comma of its own.
    let commas = TestSupport.parse(
      "## Action Items\n\n- Document the restart, Ines, 2024-05-20\n- Review the docs, Tom Baker, due 2024-06-01\n"
        + "- Handle retries, timeouts, 2024-06-01\n- Add alerts for Kafka, Redis, 2024-05-20\n- Page on lag, Ana\n"
    ).actionItems
    #expect(commas.map(\.owner) == ["Ines", "Tom Baker", nil, nil, nil])
    #expect(
      commas.map(\.title) == [
        "Document the restart", "Review the docs", "Handle retries, timeouts", "Add alerts for Kafka, Redis",
        "Page on lag, Ana",
      ])
  }

  /// A mention that only a date, ticket or dash separates from the end, or that stands in its own
  /// brackets, names the owner and leaves the title; one inside the sentence stays.
  @Test func mentionsBeforeADateOrInBracketsAreFields() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - Write runbook (@carol) by 2024-05-01
      - Write runbook [@carol] by 2024-05-01
      - Write runbook — @carol — 2024-05-01
      - Roll back @ana OPS-42
      - Ask @dan about the (@ops) pager before 2024-05-01
      - [PROJ-88](https://jira.example.com/PROJ-88): Add cache-hit alert — owner: Sam
      - Add vendor status check — owner @bo (2021-03-20)
      - Ask the owner @dee about it
      """
    ).actionItems
    #expect(items.count == 8)
    #expect(items[6].title == "Add vendor status check" && items[6].owner == "bo" && items[6].dueRaw == "2021-03-20")
    #expect(items[7].title == "Ask the owner @dee about it" && items[7].owner == "dee")
    #expect(items[5].title == "Add cache-hit alert" && items[5].ticket == "PROJ-88" && items[5].owner == "Sam")
    #expect(
      items.prefix(5).map(\.title) == [
        "Write runbook", "Write runbook", "Write runbook", "Roll back", "Ask @dan about the pager",
      ])
    #expect(items.prefix(5).map(\.owner) == ["carol", "carol", "carol", "ana", "dan"])
    #expect(items.prefix(5).map(\.dueRaw) == ["2024-05-01", "2024-05-01", "2024-05-01", nil, "2024-05-01"])
    #expect(items[3].ticket == "OPS-42")
  }

  /// Keyed fields written as sentences or between dashes end where the next key or dash begins;
  /// a status word alone in parentheses counts in any case.
  @Test func keyedFieldsInSentencesAndBetweenDashes() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      1. Add auth canary — Owner: Bo — Due: 2024-03-20
      2. Document rollback. Owner: @ana. Status: Done.
      3. Rotate keys - owner: J. Smith - due date: 2024-04-01 (in progress)
      4. Page the DBA (owner: dee) due: Friday 10:30 (cancelled)
      5. Fix the alert (see runbook)
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add auth canary", "Document rollback.", "Rotate keys", "Page the DBA", "Fix the alert (see runbook)",
      ])
    #expect(items.map(\.owner) == ["Bo", "ana", "J. Smith", "dee", nil])
    #expect(items.map(\.dueRaw) == ["2024-03-20", nil, "2024-04-01", "Friday 10:30", nil])
    #expect(items.map(\.status) == [nil, "DONE", "IN PROGRESS", "CANCELLED", nil])
    #expect(items.map(\.done) == [false, true, false, true, false])
  }

  /// An item struck out whole is no longer wanted: cancelled (so done), its title without the
  /// tildes, the reason kept as its description; a stated status still wins.
  @Test func struckOutItemsAreCancelled() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - [ ] ~~Add a purge dashboard~~ — dropped, the CDN has one (owner: bo)
      - ~~Rotate keys~~ DONE
      - Keep ~~two~~ three replicas
      - [x] ~~Roll back the deploy~~ (done, @bo)
      - [x] ~~Flush the cache~~
      - [x] ~~Move to k8s~~ — dropped
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add a purge dashboard", "Rotate keys", "Keep ~~two~~ three replicas", "Roll back the deploy",
        "Flush the cache", "Move to k8s",
      ])
    // Struck out and said to be done, or ticked with nothing said, it is finished, not dropped.
    #expect(items.map(\.status) == ["CANCELLED", "DONE", nil, "DONE", "DONE", "CANCELLED"])
    #expect(items.map(\.done) == [true, true, false, true, true, true])
    #expect(items[0].description == "dropped, the CDN has one" && items[0].owner == "bo")
  }

  /// Fields written as bullets under an item belong to it; a plural owner key lists names; a link
  /// on a mention is the person's page, not the item's ticket.
  @Test func fieldsUnderAnItemAndListsOfOwners() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - [ ] Rotate keys
        - Owner: @ana
        - Due: 2024-04-01
        - Ticket: OPS-77
      - **Add canary**
        - Owner: @bo
      - Fix alerting
        - Owner: @dee
        - see the runbook first
      - **Long-term**
        - Migrate the queue (owner: bo)
      - [ ] Split the job (owners: ana, bo; due: 2024-04-03)
      - [ ] Page [@carol](https://github.com/carol) about limits
      - [ ] Add a dashboard [@owner]
      """
    ).actionItems
    // The template's "[@owner]" names nobody: the item stays unowned (and the placeholder is reported).
    #expect(items.last?.owner == nil && items.last?.title == "Add a dashboard [@owner]")
    let findings = TestSupport.lint("## Action Items\n\n- [ ] Add a dashboard [@owner] (due: 2024-03-20)\n")
    #expect(Set(findings.map(\.rule)).isSuperset(of: ["action-item-owner", "template-placeholder"]))
    #expect(
      items.prefix(6).map(\.title) == [
        "Rotate keys", "Add canary", "Fix alerting", "Migrate the queue", "Split the job", "Page @carol about limits",
      ])
    #expect(items.prefix(6).map(\.owner) == ["ana", "bo", "dee", "bo", "ana, bo", "carol"])
    #expect(items.prefix(6).map(\.dueRaw) == ["2024-04-01", nil, nil, nil, "2024-04-03", nil])
    #expect(items.prefix(6).map(\.ticket) == ["OPS-77", nil, nil, nil, nil, nil])
    #expect(items[3].group == "Long-term" && items[1].group == nil)
  }

  /// Statuses lose the emphasis or strikethrough around them before they are judged.
  @Test func statusMarkupIsIgnored() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      | Action | Owner | Status |
      |---|---|---|
      | Rotate keys | dee | ~~Won't fix~~ |
      | Add canary | bo | **Done** |
      | Fix alerting | ana | _in progress_ |
      | Fix pool leak | dee | ✅ Done |
      | Add metrics | bo | 🚧 In progress |
      | Chaos test | ana | ❌ Not started |
      | Add runbook | bo | ✔️ |
      | Load test | ana | ⬜ |
      | Fix retries | bo | 🟡 |
      | Rewrite client | dee | ❌ |
      | Cap evictions | ana | [x] |
      | Load-test sizing | bo | [ ] |

      - Tune retries (owner: ana, status: *done*)
      """
    ).actionItems
    #expect(
      items.map(\.status) == [
        "WON'T FIX", "DONE", "IN PROGRESS", "DONE", "IN PROGRESS", "NOT STARTED", "DONE", "OPEN", "IN PROGRESS", "❌",
        "DONE", "OPEN", "DONE",
      ])
    #expect(
      items.map(\.done) == [true, true, false, true, false, false, true, false, false, false, true, false, true])
  }

  /// Fields are found on bytes; names, words and dashes outside ASCII must come through whole.
  @Test func fieldsAroundNonASCIIText() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - [ ] Réparer le cache — owner: José Álvarez, due: 2024-05-01 (JIRA-12)
      - [ ] Add alert—@zoë (P1)
      - [x] **Docs**: write runbook [owner: ana] #44 by 3 March 2024
      - [ ] Warn café@host.com about OPS-1, DONE
      - [ ] Rotate keys @łukasz.
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Réparer le cache", "Add alert", "Docs", "Warn café@host.com about", "Rotate keys.",
      ])
    #expect(items[1].priority == "P1")
    #expect(items.map(\.owner) == ["José Álvarez", "zoë", "ana", nil, "łukasz"])
    #expect(items.map(\.ticket) == ["JIRA-12", nil, "#44", "OPS-1", nil])
    #expect(items[0].due?.description == "2024-05-01" && items[2].dueRaw == "3 March 2024")
    #expect(items[2].description == "write runbook" && items[3].status == "DONE")
  }

  @Test func googleSRETableWithStatusInBugColumn() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      | Action Item | Type | Owner | Bug |
      |---|---|---|---|
      | Add canary stage | prevent | bo | **TODO** OPS-43 |
      | Restore config | mitigate | ana | **DONE** OPS-41 |
      """
    ).actionItems
    #expect(items.map(\.title) == ["Add canary stage", "Restore config"])
    #expect(items.map(\.done) == [false, true])
    #expect(items.map(\.ticket) == ["OPS-43", "OPS-41"])
    #expect(items.map(\.owner) == ["bo", "ana"])
    #expect(items.map(\.line) == [5, 6])
    #expect(items.first?.column == 3)
  }

  @Test func tableWithStatusOwnerAndDueColumns() throws {
    let items = TestSupport.parse(
      """
      ## Corrective actions

      | # | Task | Assignee | Due date | Status | Link |
      |---|---|---|---|---|---|
      | 1 | Add synthetic checks | @hana | 2023-06-01 | In progress | [NET-7](https://t.example/NET-7) |
      | 2 | Lower TTLs | | | FAILED | |
      """
    ).actionItems
    #expect(items.map(\.title) == ["Add synthetic checks", "Lower TTLs"])
    #expect(items.map(\.id) == ["1", "2"])
    #expect(items.map(\.owner) == ["hana", nil])
    #expect(items.map(\.status) == ["IN PROGRESS", "FAILED"])
    #expect(items.map(\.due?.description) == ["2023-06-01", nil])
    #expect(items.first?.ticket == "NET-7")
    // "Who | What | By when", as a review meeting's notes lay it out.
    let meeting = TestSupport.parse(
      """
      **Date:** 2024-08-14

      ## Action items

      | Who | What | By when |
      |---|---|---|
      | Priya | Add query plan check to CI | End of August |
      | Sam | Shard-level latency alerts | 2024-09-15 |
      """
    ).actionItems
    #expect(meeting.map(\.title) == ["Add query plan check to CI", "Shard-level latency alerts"])
    #expect(meeting.map(\.owner) == ["Priya", "Sam"])
    #expect(meeting.map { $0.due?.description } == ["2024-08-31", "2024-09-15"])
    // A role after the owner's name is not part of it.
    let roles = TestSupport.parse(
      "## Action items\n\n| Action | Owner |\n|---|---|\n| Add canary | @ana (SRE) |\n| Alert | Bo Chen (on-call) |\n"
    ).actionItems
    #expect(roles.map(\.owner) == ["ana", "Bo Chen"])
    // An owner still to be found is kept as written, and action-item-owner reports it as none yet.
    let unowned = "## Action items\n\n| Action | Owner |\n|---|---|\n| Add canary | TBD |\n| Alert | unassigned |\n"
    #expect(TestSupport.parse(unowned).actionItems.map(\.owner) == ["TBD", "unassigned"])
    #expect(
      TestSupport.lint(unowned).filter { $0.rule == "action-item-owner" }.map(\.message) == [
        "action item 'Add canary' has no owner yet ('TBD'); add one, e.g. '(owner: @name)'",
        "action item 'Alert' has no owner yet ('unassigned'); add one, e.g. '(owner: @name)'",
      ])
  }

  /// The code-comment habit "TODO(bo): …", Obsidian's "[owner:: @dee]" fields, and a quarter
  /// beside the name in the fields' brackets ("(Bo Chen; Q2)", read as the due date).
  @Test func ownersInTodoBracketsInlineFieldsAndQuarters() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - TODO(bo): add a queue-depth alert
      - [ ] Tune GC [owner:: @dee] [due:: 2024-05-01]
      - [ ] Migrate DNS (Bo Chen; Q2)
      - [ ] Split the queue (Ana, H2 2024)
      """
    ).actionItems
    #expect(items.map(\.owner) == ["bo", "dee", "Bo Chen", "Ana"])
    #expect(items.map(\.title).prefix(4) == ["add a queue-depth alert", "Tune GC", "Migrate DNS", "Split the queue"])
    #expect(items.map(\.dueRaw) == [nil, "2024-05-01", "Q2", "H2 2024"])
    // A quarter is due on its last day; without the incident's date, "Q2" names no year.
    #expect(items.map { $0.due?.description } == [nil, "2024-05-01", nil, "2024-12-31"])
    #expect(items.first?.status == "TODO" && items.first?.done == false)
  }

  /// A status in square brackets, before a colon at the start, or as a ✅ or 🚧 leading the item.
  @Test func leadingAndBracketedStatuses() throws {
    let items = TestSupport.parse(
      """
      ## Follow-ups

      - **[Open]** Add alert — Assigned to Ana Lima
      - [Done] Roll back config — Bo
      - [In progress] Write runbook (owner: carol)
      - ✅ Rotate keys
      - Cancelled: migrate DNS
      - 🚧 Split the queue
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add alert", "Roll back config", "Write runbook", "Rotate keys", "migrate DNS", "Split the queue",
      ])
    #expect(items.map(\.status) == ["OPEN", "DONE", "IN PROGRESS", "DONE", "CANCELLED", "IN PROGRESS"])
    #expect(items.map(\.done) == [false, true, false, true, true, false])
    #expect(items.map(\.owner) == ["Ana Lima", "Bo", "carol", nil, nil, nil])
  }

  /// A status word in any case after the last dash or colon ("— done", "- won't do", ": in
  /// progress"), and an empty box leading or ending the item (⬜ ☐ 🔲), say the item's status; a
  /// word after a dash that is no status stays in the title.
  @Test func trailingStatusesAndEmptyBoxes() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - Add queue depth alert (@ana) — done
      - Rewrite scheduler – won't do
      - Rotate keys (@bo): in progress.
      - ⬜ Capacity review (@ana)
      - Remove flag (@bo) ☐
      - 🔲 Document the failover
      - Fix the build — later
      - Make the breaker state visible
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add queue depth alert", "Rewrite scheduler", "Rotate keys", "Capacity review", "Remove flag",
        "Document the failover", "Fix the build — later", "Make the breaker state visible",
      ])
    #expect(items.map(\.status) == ["DONE", "WON'T DO", "IN PROGRESS", "OPEN", "OPEN", "OPEN", nil, nil])
    #expect(items.map(\.done) == [true, true, false, false, false, false, false, false])
    #expect(items.map(\.owner) == ["ana", nil, "bo", "ana", "bo", nil, nil, nil])
  }

  /// An item the team decided not to do says so between dashes, the reason after it ("— won't
  /// fix — handled in momoy", "- no action - covered by the SLO alert", "— sin acción — …"): the
  /// status, the item closed, the reason kept in the title; a phrase between dashes that is no
  /// status stays.
  @Test func aDeclinedItemBetweenDashes() throws {
    let text = """
      # Deploy failure

      ## Action Items

      - Verify the blueprint's URLs — sin acción — se aborda en momoy
      - Add a gate - no action - covered by the SLO alert
      - Build a canary — in progress — see the doc
      - Read the pre-mortem - a short - doc
      - Retire the old probe (status: not planned)
      """
    let items = TestSupport.parse(text).actionItems
    #expect(
      items.map(\.title) == [
        "Verify the blueprint's URLs — se aborda en momoy", "Add a gate - covered by the SLO alert",
        "Build a canary — see the doc", "Read the pre-mortem - a short - doc", "Retire the old probe",
      ])
    #expect(items.map(\.status) == ["SIN ACCIÓN", "NO ACTION", "IN PROGRESS", nil, "NOT PLANNED"])
    #expect(items.map(\.done) == [true, true, false, false, true])
    let owners = TestSupport.lint(text).filter { $0.rule == "action-item-owner" }.map(\.line)
    #expect(owners == [7, 8])
  }

  /// A period after a due word, in the fields' brackets or the text ("(@ana, due 2025-Q3)", "due
  /// Q3 2025", "by July 2025", "due 2025-07", "(due EOQ)"), or a year's quarter written ISO's way
  /// anywhere ("(Bo, 2025-Q3)"), or a month of a year after a final dash ("— July 2025"), is due
  /// on the period's last day; the text is kept as written and leaves the title whole.
  @Test func periodsAsDueDates() {
    let items = TestSupport.parse(
      """
      # T

      **Date:** 2025-06-02

      ## Action Items

      - [ ] Add alert (@ana, due 2025-Q3)
      - [ ] Add runbook (due Q3 2025, @bo)
      - [ ] Rotate keys (@cy, by July 2025)
      - [ ] Fix retries (@di, due 2025-07)
      - [ ] Move cron (@ed, due EOQ)
      - [ ] Drop table (Fa, 2025-Q3)
      - [ ] Canary — July 2025
      - [ ] Docs — 2025-07
      - [ ] Review the Q3 numbers by hand
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add alert", "Add runbook", "Rotate keys", "Fix retries", "Move cron", "Drop table", "Canary", "Docs",
        "Review the Q3 numbers by hand",
      ])
    #expect(
      items.map { $0.due?.description } == [
        "2025-09-30", "2025-09-30", "2025-07-31", "2025-07-31", "2025-06-30", "2025-09-30", "2025-07-31",
        "2025-07-31", nil,
      ])
    #expect(
      items.map(\.dueRaw) == [
        "2025-Q3", "Q3 2025", "July 2025", "2025-07", "EOQ", "2025-Q3", "July 2025", "2025-07", nil,
      ])
  }

  /// A table whose headers all name other fields, one column off from its cells (`# | Owner |
  /// Priority | Due` over the items' sentences), holds its items in the column of sentences; a
  /// table with no such column still holds none.
  @Test func mislabelledTableTakesTheColumnOfSentences() {
    let items = TestSupport.parse(
      """
      # T

      ## Action Items

      | # | Owner | Priority | Due |
      |---|-------|----------|-----|
      | 1 | SRE | Add a dependency validator to the flag push | 2025-06-05 |
      | 2 | Platform Eng | Implement a canary abort command | 2025-06-12 |
      | 3 | Comms | Rotate keys | 2025-06-01 |

      ## Follow-ups

      | # | Owner | Due |
      |---|-------|-----|
      | 1 | SRE | 2025-06-05 |
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add a dependency validator to the flag push", "Implement a canary abort command", "Rotate keys",
      ])
    #expect(items.map(\.owner) == ["SRE", "Platform Eng", "Comms"])
    #expect(items.map(\.dueRaw) == ["2025-06-05", "2025-06-12", "2025-06-01"])
    #expect(items.allSatisfy { $0.priority == nil })
  }

  /// Items indented four spaces under their lead-in are the list the author meant, though
  /// Markdown makes them code; indented code (commands, queries) stays code, and a section that
  /// has a list keeps its indented lines as they are.
  @Test func indentedLinesUnderTheLeadInAreItems() {
    let items = TestSupport.parse(
      """
      # T

      ## What are we doing to prevent it from happening again?

      We're taking the following steps:

          Replacing the failed hardware on the database server
          Implementing a disaster recovery plan for the database

      We also ran:

          kubectl rollout restart deployment/api
          SELECT count(*) FROM jobs;
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Replacing the failed hardware on the database server",
        "Implementing a disaster recovery plan for the database",
      ])
    #expect(items.map(\.line) == [7, 8])
    #expect(items.map(\.column) == [5, 5])
    let listed = TestSupport.parse(
      "# T\n\n## Action Items\n\n- [ ] Add an alert\n\n      Replacing the failed hardware on the server\n"
    ).actionItems
    #expect(listed.map(\.title) == ["Add an alert"])
  }

  /// Items written as a form, a field a bullet ("- Action: …", "- Owner: …", "- Due: …"), are one
  /// item per "Action" bullet with the fields under it; a template's form left blank ("- Action
  /// item:", "- Owner:") lists no item, so the section is reported as listing none.
  @Test func itemsWrittenAsAFormOfFieldBullets() {
    let text = """
      # Outage

      **Date:** 2024-04-02

      ## Action Items

      - Action: Add a disk alert
      - Owner: Ana
      - Priority: P1
      - Due: 2024-05-01
      - Action: Rotate the keys
      - Owner: Bo
      - Status: Done
      """
    let items = TestSupport.parse(text).actionItems
    #expect(items.map(\.title) == ["Add a disk alert", "Rotate the keys"])
    #expect(items.map(\.owner) == ["Ana", "Bo"])
    #expect(items.map(\.priority) == ["P1", nil])
    #expect(items.map(\.dueRaw) == ["2024-05-01", nil])
    #expect(items.map(\.done) == [false, true])
    #expect(items.map(\.line) == [7, 11])
    let blank = "# Outage\n\n## Follow-ups\n\nList clear action items:\n- Action item:\n- Owner:\n- Due date:\n"
    #expect(TestSupport.parse(blank).actionItems.isEmpty)
    let missing = TestSupport.lint(blank).filter { $0.rule == "action-items-missing" }
    #expect(missing.map(\.line) == [3])
  }

  /// A numbered heading that states an action over prose about it ("#### 1) Alerts added for
  /// pgbouncer errors by `@ana`") is an item under "Resulting Action"; a numbered heading over a
  /// list, or naming no action ("### 2. Long term"), is a group. "by" goes with the mention it
  /// introduces, and a handle set as code is a mention.
  @Test func numberedHeadingsOverProseAreItems() {
    let items = TestSupport.parse(
      """
      # T

      ## Resulting Action

      #### 1) Alerts added for pgbouncer errors by `@ana`

      Alerts for error loglines on pgbouncer were added.

      #### 2) Spreadsheet created to calculate database connections `@bo`

      This will be published after review.

      ### 3. Long term

      - Replace the database server (@cy)

      #### 4) Review the nginx configuration for failover
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Alerts added for pgbouncer errors", "Spreadsheet created to calculate database connections",
        "Replace the database server", "Review the nginx configuration for failover",
      ])
    #expect(items.map(\.owner) == ["ana", "bo", "cy", nil])
    #expect(items.map(\.line) == [5, 9, 15, 17])
    let bullets = TestSupport.parse(
      "# T\n\n## Action Items\n\n- [ ] Add alerts for pgbouncer by @ana\n- [ ] Tune GC (by `@bo`)\n"
        + "- [ ] Point DNS at `@getmeridian.com`\n"
    ).actionItems
    #expect(bullets.map(\.title) == ["Add alerts for pgbouncer", "Tune GC", "Point DNS at `@getmeridian.com`"])
    #expect(bullets.map(\.owner) == ["ana", "bo", nil])
  }

  /// An "Expected Date" column is when the item is due.
  @Test func anExpectedDateColumnIsTheDueDate() {
    let items = TestSupport.parse(
      "# T\n\n## Corrective Actions\n\n| Action | Expected Date | Status |\n|---|---|---|\n"
        + "| Enable nftables on fritz | Jul 16, 2023 | Done |\n| Bind Redis to expected blocks | Jul 17, 2023 | To Do |\n"
    ).actionItems
    #expect(items.map(\.dueRaw) == ["Jul 16, 2023", "Jul 17, 2023"])
    #expect(items.map(\.done) == [true, false])
  }

  /// A quarter joined to its year the other way round ("Q2-2026") has a ticket key's shape; it is
  /// when the item is due, after "ETA" or alone, and a real key beside it is still the ticket.
  @Test func quarterBeforeItsYearIsNoTicket() {
    let items = TestSupport.parse(
      """
      # T

      **Date:** 2025-06-02

      ## Corrective Actions

      - [ ] Migrate all services to `/healthz` endpoint (ETA Q2-2026).
      - [ ] Drop the table (Fa, H2-2025)
      - [ ] Raise the limit (OPS-2025, Q4-2025)
      """
    ).actionItems
    #expect(items.map(\.title) == ["Migrate all services to /healthz endpoint.", "Drop the table", "Raise the limit"])
    #expect(items.map(\.owner) == [nil, "Fa", nil])
    #expect(items.map(\.ticket) == [nil, nil, "OPS-2025"])
    #expect(items.map(\.dueRaw) == ["Q2-2026", "H2-2025", "Q4-2025"])
    #expect(items.map { $0.due?.description } == ["2026-06-30", "2025-12-31", "2025-12-31"])
  }

  /// A docs-as-code site may keep the items in the front matter: each element of a list named
  /// as the action items (`action_items`, `actionItems`, `follow_ups`) is an item, a string read
  /// as a bullet and a mapping by its keys (title or action; owner or assignee; due; a ticket
  /// under jira or issue; `done: true`), placed where the element starts. Items in a section win.
  @Test func actionItemsKeptInTheFrontMatter() throws {
    let document = TestSupport.parse(
      """
      ---
      title: Cache failover loop
      date: 2024-06-03
      actionItems:
        - "Raise down-after-milliseconds (owner: lpark, due: 2024-06-25)"
        - Document the failover runbook
      follow_ups:
        - title: Pin failover timeout
          owner: "@hkim"
          due: 2024-06-20
          jira: OPS-77
        - action: Alert on quorum loss
          assignee: lpark
          done: true
      authors:
        - Hana Kim
      ---

      ## Timeline (UTC)

      - 02:02 quorum lost
      """)
    let items = document.actionItems
    #expect(
      items.map(\.title) == [
        "Raise down-after-milliseconds", "Document the failover runbook", "Pin failover timeout",
        "Alert on quorum loss",
      ])
    #expect(items.map(\.source) == [.frontMatter, .frontMatter, .frontMatter, .frontMatter])
    #expect(items.map { [$0.line, $0.column] } == [[5, 5], [6, 5], [8, 5], [12, 5]])
    #expect(items.map(\.owner) == ["lpark", nil, "hkim", "lpark"])
    #expect(items.map { $0.due?.description } == ["2024-06-25", nil, "2024-06-20", nil])
    #expect(items.map(\.ticket) == [nil, nil, "OPS-77", nil])
    #expect(items.map(\.done) == [false, false, false, true])
    // The same front matter over a section of items: the section's are the items.
    let both = TestSupport.parse(
      "---\naction_items:\n  - Pin the timeout\n---\n\n## Action Items\n\n- [ ] Add an alert (@bo)\n")
    #expect(both.actionItems.map(\.title) == ["Add an alert"])
    #expect(FrontMatterActionItems.namesActionItems("corrective_actions"))
    #expect(!FrontMatterActionItems.namesActionItems("authors"))
    // TOML front matter writes the list as an array of tables, `[[action_items]]` headers.
    let toml = TestSupport.parse(
      """
      +++
      title = "Cache outage"
      severity = "SEV2"

      [[action_items]]
      title = "Add canary"
      owner = "bo"
      due = 2024-04-01

      [[action_items]]
      title = "Alert on miss ratio"
      jira = "OPS-9"

      [meta]
      team = "sre"
      +++

      ## Timeline

      - 14:05 UTC deploy
      """)
    #expect(toml.actionItems.map(\.title) == ["Add canary", "Alert on miss ratio"])
    #expect(toml.actionItems.map { [$0.line, $0.column] } == [[5, 1], [10, 1]])
    #expect(toml.actionItems.map(\.owner) == ["bo", nil] && toml.actionItems.map(\.ticket) == [nil, "OPS-9"])
    #expect(toml.actionItems.first?.due?.description == "2024-04-01")
    #expect(toml.metadata.fields.contains { $0.key == "meta.team" && $0.value == "sre" })
    #expect(toml.severity?.raw == "SEV2")
  }

  /// A column header with a qualifier in brackets names its field ("Owner(s)", "Due (UTC)"), and
  /// several people mentioned in one owner value are listed as closing mentions are ("ana, bo").
  @Test func qualifiedHeadersAndSeveralMentionedOwners() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      | # | Action | Owner(s) | Due (UTC) | Ticket (Jira) |
      |---|--------|----------|-----------|---------------|
      | 1 | Add canary | Ana Ortiz, @bo | 2024-03-15 | OPS-1 |
      | 2 | Alert on lag | @ana @bo | 2024-03-20 | OPS-2 |
      | 3 | Rotate keys | Ana Ortiz @ana | | |

      - Fix the probe (owners: @ana, @bo)
      """
    ).actionItems
    #expect(items.map(\.title) == ["Add canary", "Alert on lag", "Rotate keys", "Fix the probe"])
    #expect(items.map(\.owner) == ["Ana Ortiz, bo", "ana, bo", "Ana Ortiz @ana", "ana, bo"])
    #expect(items.map { $0.due?.description } == ["2024-03-15", "2024-03-20", nil, nil])
    #expect(items.map(\.ticket) == ["OPS-1", "OPS-2", nil, nil])
  }

  /// Headers teams write for the owner, due date and ticket columns, named outright or by a word
  /// of a longer name ("Jira Ticket", "Point of contact"); a header that names the item's text
  /// ("Issue description") stays its title.
  @Test(arguments: [
    "Action Item(s) | Assigned To | Target Date | Jira Ticket", "Action | POC | ETA | Ticket #",
    "Task | Point of contact | Due Date (YYYY-MM-DD) | Link to ticket",
    "Remediation item | Accountable | Target | JIRA ID",
    "Follow-up | Owner | By when | Bug ID", "Description | Responsible team | Deadline | Follow-up ticket",
    "Corrective action | Owner | Due | Tracking issue", "Issue description | Owner | Due | Ticket",
  ])
  func ownerDueAndTicketHeaders(_ header: String) throws {
    let item = try #require(
      TestSupport.parse(
        "## Action Items\n\n| \(header) |\n|---|---|---|---|\n| Add canary | ana | 2024-03-15 | OPS-1 |\n"
      ).actionItems.first)
    #expect(item.title == "Add canary", "\(header)")
    #expect(item.owner == "ana", "\(header)")
    #expect(item.due?.description == "2024-03-15", "\(header)")
    #expect(item.ticket == "OPS-1", "\(header)")
  }

  /// A lower-case name after a final dash is the owner when the document names that person
  /// elsewhere; an unknown word there stays in the title.
  @Test func knownNamesAfterADash() throws {
    let items = TestSupport.parse(
      """
      **Authors:** dee, Bo Chen

      ## Action Items

      - Rotate keys — dee
      - Add an alert (owner: @kai)
      - Write the runbook - kai
      - Fix the build — later
      """
    ).actionItems
    #expect(items.map(\.owner) == ["dee", "kai", "kai", nil])
    #expect(items.map(\.title) == ["Rotate keys", "Add an alert", "Write the runbook", "Fix the build — later"])
  }

  /// A team named in the fields' brackets is the owner; "by end of March" is due on the last day
  /// of the first March on or after the incident.
  @Test func teamsAndTheEndOfAMonth() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-12-05

      ## Action Items

      - We'll add a canary stage (Card Platform team, by end of March)
      - Rotate keys by end of December
      - Audit IAM (end of June 2025)
      - Plan the end of support
      """
    ).actionItems
    #expect(items.map(\.owner) == ["Card Platform team", nil, nil, nil])
    #expect(items.map(\.title) == ["We'll add a canary stage", "Rotate keys", "Audit IAM", "Plan the end of support"])
    #expect(items.map { $0.due?.description } == ["2025-03-31", "2024-12-31", "2025-06-30", nil])
    #expect(items.map(\.dueRaw) == ["end of March", "end of December", "end of June 2025", nil])
  }

  /// Azure's post-incident reviews: a status in brackets after the sentence, and an estimated
  /// completion naming a month, which is due at that month's end.
  @Test func estimatedCompletionMonths() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-10-23

      ## How are we making incidents like this less likely or less impactful?

      - We have added validation to reject malformed entries. (Completed)
      - We are improving our safe deployment process. (Estimated completion: December 2024)
      - We are reducing the blast radius of changes. (Expected completion: Mar 2025)
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "We have added validation to reject malformed entries.", "We are improving our safe deployment process.",
        "We are reducing the blast radius of changes.",
      ])
    #expect(items.map(\.done) == [true, false, false])
    #expect(items.map(\.dueRaw) == [nil, "December 2024", "Mar 2025"])
    #expect(items.map { $0.due?.description } == [nil, "2024-12-31", "2025-03-31"])
  }

  /// Wikimedia's "Actionables": a Phabricator task (`T305120`) is the item's ticket; `T1` or a
  /// `T+10` time is not.
  @Test func phabricatorTasks() throws {
    let items = TestSupport.parse(
      """
      ## Actionables

      - T305120 Add API error rate to canary checks
      - Document config rollback steps (T305121)
      - Tune the T1 cache at T+10
      """
    ).actionItems
    #expect(items.map(\.ticket) == ["T305120", "T305121", nil])
    #expect(
      items.map(\.title) == [
        "Add API error rate to canary checks", "Document config rollback steps", "Tune the T1 cache at T+10",
      ])
  }

  /// GitHub's and GitLab's references to an issue in another repository (`acme/infra#77`,
  /// `gitlab-org/gitlab#4411`) are tickets; `C#` is not.
  @Test func issuesInOtherRepositories() throws {
    let items = TestSupport.parse(
      """
      ## Corrective actions

      - [ ] gitlab-org/gitlab#4411 Add alert for canary 502 rate (@msmith, due 2023-09-01)
      - [ ] Pin the base image (acme/infra#77) — @bo
      - [ ] Port the C# client to the new retry policy
      """
    ).actionItems
    #expect(items.map(\.ticket) == ["gitlab-org/gitlab#4411", "acme/infra#77", nil])
    #expect(items.map(\.owner) == ["msmith", "bo", nil])
    #expect(items.first?.title == "Add alert for canary 502 rate")
  }

  /// More ways teams write an item's fields: `Owner(s):`, a point person, a quarter joined to its
  /// year (`2024-Q3`), a date without its year as the last field a dash parts, a weekday.
  @Test func moreFieldShapes() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-07-01

      ## Action items

      1. Fix flaky test — owner(s): @cy, @dee — due: 2024/08/01
      2. Alert on queue age. Responsible: SRE. Target: 2024-Q3
      3. Document failover (point person: @kim)
      4. Move cron to k8s — @lee — 07/30
      5. Add dashboards for consumer lag — @ana, @bo — by Friday
      6. Backfill from Mar 2 — @lee
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Fix flaky test", "Alert on queue age.", "Document failover", "Move cron to k8s",
        "Add dashboards for consumer lag", "Backfill from Mar 2",
      ])
    #expect(items.map(\.owner) == ["cy, dee", "SRE", "kim", "lee", "ana, bo", "lee"])
    #expect(items.map { $0.due?.description } == ["2024-08-01", "2024-09-30", nil, "2024-07-30", nil, nil])
    #expect(items.map(\.dueRaw) == ["2024/08/01", "2024-Q3", nil, "07/30", "by Friday", nil])
  }

  /// A table's items read as a list's do: a title struck out whole is cancelled, a title that
  /// links somewhere names its ticket, and a status alone in the ticket column is the status.
  @Test func tableRowsReadAsListItems() {
    let items = TestSupport.parse(
      """
      ## Action items

      | Item | Owner | Ticket |
      |---|---|---|
      | [Add alert on queue age](https://jira.example.com/browse/OPS-1) | Ana | |
      | ~~Move to k8s~~ | Bo | |
      | Drop the old cron | Cy | won't do |
      | Rotate keys | Dee | [OPS-2](https://jira.example.com/browse/OPS-2) |
      """
    ).actionItems
    #expect(items.map(\.title) == ["Add alert on queue age", "Move to k8s", "Drop the old cron", "Rotate keys"])
    #expect(items.map(\.ticket) == ["https://jira.example.com/browse/OPS-1", nil, nil, "OPS-2"])
    #expect(items.map(\.status) == [nil, "CANCELLED", "WON'T DO", nil])
    #expect(items.map(\.done) == [false, true, true, false])
  }

  /// Google Docs' Markdown export escapes a list's numbers and bullets ("1\. …", "\- …"):
  /// each line of such a paragraph is an item; a paragraph of prose stays prose.
  @Test func escapedListsAreItems() {
    let items = TestSupport.parse(
      #"""
      **Date:** 2024-04-09

      ## Action Items

      1\. Alert at 80% quota — Rui Costa — 2024-04-30
      2\. Move uploads to the new bucket — Ana — 2024-05-15

      \- Document quota limits (owner: bo)

      We will review these in the next ops meeting.
      """#
    ).actionItems
    #expect(items.map(\.title) == ["Alert at 80% quota", "Move uploads to the new bucket", "Document quota limits"])
    #expect(items.map(\.owner) == ["Rui Costa", "Ana", "bo"])
    #expect(items.map(\.line) == [5, 6, 8])
    #expect(items.map { $0.due?.description } == ["2024-04-30", "2024-05-15", nil])
  }

  /// The tracker's name written before a ticket goes with the ticket: "(JIRA OPS-1422)" is no
  /// owner called JIRA, and the name before the dash is the owner. A follow-up numbered under its
  /// incident ("INC-342-1") is a ticket too.
  @Test func trackerNamesBeforeATicket() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      1. [x] Alert on pool saturation — Priya (JIRA OPS-1422)
      2. [ ] Canary the resolver image (Linear ENG-88, Bo)
      3. [ ] Move the GitHub runners to arm64 (OPS-9)
      4. [ ] Add p99 latency alert on checkout — @maria — INC-342-1
      """
    ).actionItems
    #expect(items.map(\.ticket) == ["OPS-1422", "ENG-88", "OPS-9", "INC-342-1"])
    #expect(items.map(\.owner) == ["Priya", "Bo", nil, "maria"])
    #expect(
      items.map(\.title) == [
        "Alert on pool saturation", "Canary the resolver image", "Move the GitHub runners to arm64",
        "Add p99 latency alert on checkout",
      ])
  }

  /// A dash may stand for a key's colon ("Owner - Aiko") where the key opens a field: after a
  /// separator, a bracket or at the start; a key word inside the item's own words stays text.
  @Test(
    arguments: [
      (
        "[P1] Alert on controller errors — Owner - Aiko — due 2024-06-20", "Alert on controller errors", "Aiko",
        "2024-06-20"
      ),
      ("Owner – Ben – Document the rebalancing pause", "Document the rebalancing pause", "Ben", nil),
      ("Rotate keys (owner - sam, due - 2024-07-01)", "Rotate keys", "sam", "2024-07-01"),
      ("Ask the owner - Ben knows", "Ask the owner - Ben knows", nil, nil),
      ("Fix the due - date parser", "Fix the due - date parser", nil, nil),
    ] as [(String, String, String?, String?)])
  func aDashForAKeysColon(_ text: String, _ title: String, _ owner: String?, _ due: String?) throws {
    let item = try #require(TestSupport.parse("## Action items\n\n- \(text)\n").actionItems.first)
    #expect(item.title == title && item.owner == owner && item.due?.description == due)
  }

  /// Incident tools part an item's fields with a middle dot or a bullet: each field ends there.
  @Test func fieldsPartedByMiddleDots() throws {
    let items = TestSupport.parse(
      """
      ## Follow-ups

      - **Add circuit breaker to ledger client** · Priority: Urgent · Assignee: Sam Patel · Status: Completed
      - Alert on 503 rate • Assignee: Lin Wu • Status: Outstanding
      """
    ).actionItems
    #expect(items.map(\.title) == ["Add circuit breaker to ledger client", "Alert on 503 rate"])
    #expect(items.map(\.owner) == ["Sam Patel", "Lin Wu"] && items.map(\.priority) == ["Urgent", nil])
    #expect(items.map(\.status) == ["COMPLETED", "OUTSTANDING"] && items.map(\.description) == [nil, nil])
  }

  /// An action table whose delimiter row was forgotten is still a table: its items are read,
  /// each placed at its title.
  @Test func anActionTableWithoutItsDelimiterRow() throws {
    let items = TestSupport.parse(
      "## Action Items\n\n| Action | Owner | Due | Ticket |\n| Add alert | @bo | 2024-05-01 | [OPS-9](https://t/OPS-9) |\n"
        + "| Fix pool | @ana | 2024-05-10 | |\n"
    ).actionItems
    #expect(items.map(\.title) == ["Add alert", "Fix pool"] && items.map(\.owner) == ["bo", "ana"])
    #expect(items.map { $0.due?.description } == ["2024-05-01", "2024-05-10"] && items.first?.ticket == "OPS-9")
    #expect(items.map { [$0.line, $0.column] } == [[4, 3], [5, 3]])
    // A paragraph with a bar in a line that is no row is prose, not a table.
    #expect(TestSupport.parse("## Action Items\n\n| Add alert | @bo |\nthen page\n").actionItems.isEmpty)
    // table-delimiter tells the author that readers see text, where the table starts.
    let found = TestSupport.lint("## Action Items\n\n| Action | Owner |\n| Add alert | @bo |\n").filter {
      $0.rule == "table-delimiter"
    }
    #expect(
      found.map { [$0.line, $0.column] } == [[3, 1]] && found.first?.message.contains("no delimiter row") == true)
  }

  /// A link that only points at the tracker ("[ticket](…)", "[Jira](…)") is the ticket, and its
  /// word is no part of the title; a link with words of its own keeps them.
  @Test func aLinkPointingAtTheTrackerIsTheTicket() throws {
    let items = TestSupport.parse(
      """
      **Authors:** Farah Ali

      ## Action items

      - Raise default quota (Farah) [ticket](https://jira.example.com/browse/MET-9)
      - [Jira](https://jira.example.com/browse/MET-10): alert on quota use — @ben
      - Read [the quota docs](https://docs.example.com/quota) — @ben
      """
    ).actionItems
    #expect(items.map(\.title) == ["Raise default quota", "alert on quota use", "Read the quota docs"])
    #expect(items.map(\.owner) == ["Farah", "ben", "ben"])
    #expect(
      items.prefix(2).map(\.ticket) == [
        "https://jira.example.com/browse/MET-9", "https://jira.example.com/browse/MET-10",
      ])
  }

  /// After a bold lead, a name alone is the owner, not a description (incident.io's follow-ups).
  @Test func aBoldLeadFollowedByItsOwnerOnly() throws {
    let items = TestSupport.parse(
      """
      ## Follow-ups

      - [ ] **Add config validation to LB pipeline** — Sam Ortega — Linear INF-221
      - [x] **Roll back LB config** — Ana Ruiz
      - [ ] **Add an alert**: page on 502s above 1% — Bo Chen
      """
    ).actionItems
    #expect(items.map(\.owner) == ["Sam Ortega", "Ana Ruiz", "Bo Chen"])
    #expect(items.map(\.description) == [nil, nil, "page on 502s above 1%"])
    #expect(items.map(\.ticket) == ["INF-221", nil, nil])
  }

  /// Obsidian's Tasks plugin writes fields as emoji: 📅 due, ✅ done on a day, ⏳ scheduled (dropped),
  /// ⏫ a priority. A ✅ with no date after it still closes the item as before.
  @Test func obsidianTasksEmojiFields() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      - [ ] Document failover 📅 2024-04-05 ⏫ @ana
      - [x] Patch the cron job ✅ 2024-03-21
      - [ ] Rotate keys ⏳ 2024-03-25 🔽
      - Write the runbook ✅
      """
    ).actionItems
    #expect(items.map(\.title) == ["Document failover", "Patch the cron job", "Rotate keys", "Write the runbook"])
    #expect(items.map { $0.due?.description } == ["2024-04-05", nil, nil, nil])
    #expect(items.map(\.priority) == ["High", nil, "Low", nil])
    #expect(items.map(\.done) == [false, true, false, true])
    #expect(items.map(\.owner) == ["ana", nil, nil, nil])
  }

  /// The day an item was finished ("(done 2024-02-12)", "completed on 2024-03-01") closes it and is
  /// no due date; a "by" date beside it still is.
  @Test func aCompletionDateIsNoDueDate() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      - Alert on consumer restarts — @lea (done 2024-02-12)
      - Patch the cron job, completed on 2024-03-01
      - Rotate keys @bo by 2024-04-01 (closed 2024-03-28)
      - Add a failover drill by 2024-05-01
      """
    ).actionItems
    #expect(
      items.map(\.title) == ["Alert on consumer restarts", "Patch the cron job", "Rotate keys", "Add a failover drill"])
    #expect(items.map { $0.due?.description } == [nil, nil, "2024-04-01", "2024-05-01"])
    #expect(items.map(\.done) == [true, true, true, false])
    #expect(items.map(\.owner) == ["lea", nil, "bo", nil])
  }

  /// A status cell that opens with its word and goes on with a note ("done 2026-07-22 — SHIP-READY
  /// at iteration 3", "done (this session)") has that status.
  @Test func aStatusWordOpeningANote() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      | # | Action | Type | Status |
      |---|---|---|---|
      | AI-1 | Recover the frozen chapters | mitigate | done 2026-07-22 — SHIP-READY at iteration 3 |
      | AI-4 | Write the RCA process | process | done (this session) |
      | AI-6 | Strengthen the prompt | prevent | open: waiting on a re-compose |
      | AI-7 | Watch one more compose | verify | Donezo |
      """
    ).actionItems
    #expect(items.map(\.status) == ["DONE", "DONE", "OPEN", "DONEZO"])
    #expect(items.map(\.done) == [true, true, false, false])
  }

  /// An address set as code (`` `@getmeridian.com` ``) names nobody, and stays in the title as
  /// written; an incident's level (`SEV-2`) is no ticket's key.
  @Test func codeAddressesAndLevelsAreNoOwnersOrTickets() throws {
    let items = TestSupport.parse(
      """
      ## Follow-up

      - Sweep all vendor accounts for lingering `@getmeridian.com` notification contacts.
      - No formal postmortem for this SEV-2; capture the findings in the weekly review @dara
      """
    ).actionItems
    #expect(items.map(\.owner) == [nil, "dara"])
    #expect(items.map(\.ticket) == [nil, nil])
    #expect(items.first?.title == "Sweep all vendor accounts for lingering `@getmeridian.com` notification contacts.")
  }

  /// A due date written as a span of days is due on its last day; the span is kept as written,
  /// and a full date whose month and day could look like a span is read as it stands.
  @Test func aSpanOfDaysIsDueOnItsLastDay() throws {
    let items = TestSupport.parse(
      """
      ## Action Items

      - [ ] Rotate the keys, owner: @bo, due 10-12 April 2026
      - [ ] Add an alert (owner: @cy, due: March 25–26, 2026)
      - [ ] Backfill (owner: @di, due: 12.–13.09.2026)
      - [ ] Archive (owner: @ed, due: 2024-03-12)
      """
    ).actionItems
    #expect(items.map(\.due?.description) == ["2026-04-12", "2026-03-26", "2026-09-13", "2024-03-12"])
    #expect(items.map(\.dueRaw) == ["10-12 April 2026", "March 25–26, 2026", "12.–13.09.2026", "2024-03-12"])
    #expect(items.map(\.title) == ["Rotate the keys", "Add an alert", "Backfill", "Archive"])
  }

  /// A date written into a file's or branch's name, or after a word that says something happened
  /// then ("Reported 2026-09-18 as issue 7634", "filed on …"), is no due date: only a date the
  /// item is due by is, and it is still found after such a one.
  @Test func aDateThatNamesAFileOrAnEventIsNoDueDate() throws {
    let items = TestSupport.parse(
      """
      ## Follow-ups

      1. **Bootstrap** (see the plan in `doc/2026-09-18_2330-network-plan.md` once written): hold the package.
      2. **The real fix is upstream.** Reported 2026-09-18 as raspberrypi/linux issue 7634.
      3. Merge branch release/2026-10-01 into main
      4. Close the bug filed on 2026-09-18 by 2026-10-15
      5. Pin the package by 2026-10-01T12:00
      """
    ).actionItems
    #expect(items.map { $0.due?.description } == [nil, nil, nil, "2026-10-15", "2026-10-01"])
  }

  /// Mentions that end an item together ("@ana @bo", "@ana and @bo") name its owners; "(owner
  /// TBD)" names nobody yet, which the owner rule reports; "ETA" and "target" before a date say
  /// when the item is due.
  @Test func severalClosingMentionsAndOwnersNotYetNamed() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-03-01

      ## Action items

      - Tune GC @ana @bo
      - Shard the queue @ana and @bo
      - Ask @ana about @bo tickets
      - Document failover (owner TBD)
      - Add dashboards; ETA 2024-04-01
      - Add alerts, target 2024-04-05 @cy
      """
    ).actionItems
    #expect(items.map(\.owner) == ["ana, bo", "ana, bo", "ana", "TBD", nil, "cy"])
    #expect(
      items.map(\.title) == [
        "Tune GC", "Shard the queue", "Ask @ana about @bo tickets", "Document failover", "Add dashboards", "Add alerts",
      ])
    #expect(items.map { $0.due?.description } == [nil, nil, nil, nil, "2024-04-01", "2024-04-05"])
    let findings = TestSupport.lint("# T\n\n## Action items\n\n- Document failover (owner TBD)\n")
    #expect(findings.contains { $0.rule == "action-item-owner" && $0.message.contains("no owner yet ('TBD')") })
  }

  /// Items grouped under the kinds of work the SRE book sorts them into ("### Prevent", "###
  /// Detection") have that type, unless they state their own; other groups give none.
  @Test func aGroupNamingAKindOfWorkIsTheType() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      ### Prevent

      - [ ] Canary deploys (@ana, due 2024-03-20)

      ### Detection

      - [ ] Alert on queue depth (@bo)
      - [ ] Rotate keys (@bo, type: repair)

      ### Short term

      - [ ] One-click rollback (@cy)
      """
    ).actionItems
    #expect(items.map(\.type) == ["prevent", "detect", "repair", nil])
    #expect(items.map(\.group) == ["Prevent", "Detection", "Detection", "Short term"])
    // As bold labels over their lists they group the items too; "**Detection:**" there starts no
    // Detection section (the items after it were lost), while "**Root cause:**" still starts one.
    let labelled = TestSupport.parse(
      """
      ## Action items

      **Detection:**

      - [ ] Alert on queue depth (@bo)

      **Mitigation**

      - [ ] One-click rollback (@cy)

      **Root cause:**

      A bad config.
      """)
    #expect(labelled.actionItems.map(\.type) == ["detect", "mitigate"])
    #expect(labelled.sections.map(\.kind) == [.actionItems, .rootCause])
  }

  /// The handle an author or responder is given beside the name ("J. Doe (@jdoe)") names that
  /// person in an item's brackets ("(jdoe, DNS-14)"); an address is no handle.
  @Test func anAuthorsHandleNamesTheOwner() throws {
    let items = TestSupport.parse(
      """
      * **Authors:** J. Doe (@jdoe), Kim Sato <kim@example.com>
      * **Incident commander:** Lee Park (@lpark)

      ## Action items

      1. Raise resolver memory limits permanently (jdoe, DNS-14)
      2. Add a cache-size alert (lpark)
      3. Move the cron job (example)
      """
    ).actionItems
    #expect(items.map(\.owner) == ["jdoe", "lpark", nil])
    #expect(
      items.map(\.title) == [
        "Raise resolver memory limits permanently", "Add a cache-size alert", "Move the cron job (example)",
      ])
    #expect(items.map(\.ticket) == ["DNS-14", nil, nil])
    #expect(PostmortemParser.handles(in: "J. Doe (@jdoe), @bo.; ana@example.com") == ["jdoe", "bo"])
  }

  /// A mention of a full name at the end ("@Ana Lima", as Notion writes people) is the owner,
  /// whole, named elsewhere in the document or not; a mention followed by other words is left alone.
  @Test func aClosingMentionOfAFullName() throws {
    let items = TestSupport.parse(
      """
      Owner: Ana Lima

      ## Action items

      - [ ] Require staged rollout for tax flags @Ana Lima
      - [ ] Ask @bo about the New York office
      - [ ] Alert on webhook 5xx rate @Ivan Petrov
      """
    ).actionItems
    #expect(items.map(\.owner) == ["Ana Lima", "bo", "Ivan Petrov"])
    #expect(
      items.map(\.title) == [
        "Require staged rollout for tax flags", "Ask @bo about the New York office", "Alert on webhook 5xx rate",
      ])
  }

  /// Mozilla's "Bug 1549010 - …" is the item's ticket; in a table whose ticket cell is empty the
  /// ticket the title names stays (it was lost before), and a filled cell wins.
  @Test func bugzillaBugsAndTicketsInTheTitleCell() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      - Bug 1549010 - Monitor certificate expiry
      - Document the signing infrastructure (bug 1549017, owner: carol)
      - Triage bug 42 and the debug 123456 flag

      | Task | Assignee | Ticket |
      |---|---|---|
      | Bug 1834567 - Fix flaky canary | Dana | |
      | OPS-7 Add alert | Bo | OPS-8 |
      | OPS-9 Rotate keys | Cy | n/a |
      """
    ).actionItems
    #expect(items.map(\.ticket) == ["Bug 1549010", "bug 1549017", nil, "Bug 1834567", "OPS-8", "OPS-9"])
    #expect(
      items.map(\.title) == [
        "Monitor certificate expiry", "Document the signing infrastructure", "Triage bug 42 and the debug 123456 flag",
        "Fix flaky canary", "Add alert", "Rotate keys",
      ])
  }

  /// A quarter after a final dash is the due date, as a date there is; the mention before it is
  /// then the owner and leaves the title; so is one after the owner's mention.
  @Test func aQuarterAfterAFinalDashIsTheDueDate() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      - [ ] **[P2]** Canary consumers before full rollout — @jonas — Q2
      - [ ] Write the failover runbook - Q3 2024
      - [ ] Retire the Q2 dashboards
      - [ ] Add a failover drill to game days @mara Q3
      - [ ] Retire v1 @bo H2 2025
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Canary consumers before full rollout", "Write the failover runbook", "Retire the Q2 dashboards",
        "Add a failover drill to game days", "Retire v1",
      ])
    #expect(items.map(\.owner) == ["jonas", nil, nil, "mara", "bo"])
    #expect(items.map(\.dueRaw) == ["Q2", "Q3 2024", nil, "Q3", "H2 2025"])
    #expect(items.map(\.priority) == ["P2", nil, nil, nil, nil])
  }

  /// A due written in words after a final dash ("ASAP", "next sprint") is the item's due, as
  /// written, and leaves the title with the owner's mention before it; action-item-due-date then
  /// asks for a date in words that say so.
  @Test func aDueInWordsAfterAFinalDashLeavesTheTitle() throws {
    let markdown = """
      **Date:** 2025-03-08

      ## Action items

      1. Reduce the IdP metadata cache TTL to 1h — @marco — 2025-03-22
      2. Subscribe to the IT change calendar — @dana — ASAP
      3. Review TTLs - next sprint
      4. Staff the ASAP queue
      """
    let items = TestSupport.parse(markdown).actionItems
    #expect(
      items.map(\.title) == [
        "Reduce the IdP metadata cache TTL to 1h", "Subscribe to the IT change calendar", "Review TTLs",
        "Staff the ASAP queue",
      ])
    #expect(items.map(\.owner) == ["marco", "dana", nil, nil])
    #expect(items.map(\.dueRaw) == ["2025-03-22", "ASAP", "next sprint", nil])
    let findings = TestSupport.lint(markdown).filter { $0.rule == "action-item-due-date" }
    #expect(
      findings.map(\.message).contains(
        "action item 'Subscribe to the IT change calendar' is due 'ASAP', which names no date; write one as YYYY-MM-DD"
      ))
  }

  /// A quarter or half of the calendar year is due on its last day: the first on or after the
  /// incident when no year is written; a fiscal year's quarter is left as written.
  @Test func quartersAreDueOnTheirLastDay() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-08-14

      ## Action items

      | Task | Owner | Due |
      |---|---|---|
      | Canary consumers | Jonas | Q2 |
      | Alert on lag | Maria | Q3 |
      | Split the queue | Ana | 2025 Q1 |
      | Retire v1 | Bo | H1 |
      | Budget | Cy | FY25 Q1 |
      | Rename | Dee | Q5 |
      """
    ).actionItems
    #expect(items.map { $0.due?.description } == ["2025-06-30", "2024-09-30", "2025-03-31", "2025-06-30", nil, nil])
  }

  /// "end of month", "EOQ", "end of the year" are due at the end of the incident's month, quarter
  /// or year; an ISO week on its Sunday; "ASAP" and "next sprint" stay as written.
  @Test func theEndOfTheIncidentsPeriodAndISOWeeks() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-05-02

      ## Action items

      | Task | Owner | Due |
      |---|---|---|
      | Budget | Hal | end of month |
      | Plan | Cy | EOQ |
      | Audit | Di | end of the year |
      | Chaos test | Ed | 2024-W22 |
      | Week one | Fa | 2021-W01 |
      | Add alert | Ana | ASAP |
      | Runbook | Bo | Next sprint |
      """
    ).actionItems
    #expect(
      items.map { $0.due?.description } == [
        "2024-05-31", "2024-06-30", "2024-12-31", "2024-06-02", "2021-01-10", nil, nil,
      ])
  }

  /// A span counted from the incident ("within 2 weeks", "in the next 30 days", "48h" in a due
  /// column) ends that many days after it, a day for each 24 hours begun; "next month" (week,
  /// quarter) and "this week" end with their period; a bold group label's brackets date its
  /// items though its colon follows them ("**Short-term (within 24 hours):**").
  @Test func spansCountedFromTheIncident() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-05-02

      ## Follow-up actions

      **Immediate (completed):**
      - [x] Roll back the cookie change

      **Short-term (within 24 hours):**
      - [ ] Hold the review meeting

      **Long-term (backlog):**
      - [ ] Add a login test

      | Task | Owner | Due |
      |---|---|---|
      | Canary | Ana | Within 2 weeks |
      | Keys | Bo | 48h |
      | Audit | Cy | in the next 30 days |
      | Drill | Di | within a month |
      | Runbook | Ed | next month |
      | Chart | Fa | next week |
      | Budget | Gu | next quarter |
      | Alert | Hu | this week |
      | Split | Io | 2 sprints |
      | Later | Jo | within 0 days |
      """
    ).actionItems
    #expect(
      items.map { $0.due?.description } == [
        nil, "2024-05-03", nil, "2024-05-16", "2024-05-04", "2024-06-01", "2024-06-02", "2024-06-30",
        "2024-05-12", "2024-09-30", "2024-05-05", nil, nil,
      ])
    #expect(items[0].done && items[1].dueRaw == "within 24 hours")
    #expect(
      DateParser.endOfSpan("within 1 month", from: CalendarDate(year: 2024, month: 1, day: 31))?.description
        == "2024-02-29")
    #expect(DateParser.endOfSpan("2 weeks", from: CalendarDate(year: 2024, month: 1, day: 1)) == nil)
  }

  /// An item written as fields only, the action among them ("**Owner:** Fay — **Action:** …"),
  /// has the action as its title; a bold field name is no bold lead-in title.
  @Test func anItemWrittenAsFields() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      - **Owner:** Fay — **Action:** Write the index runbook, then test it — **Due:** 2024-06-01
      - Task: Add a shard alert (owner: @bo)
      - **Add canary**: build it first
      """
    ).actionItems
    #expect(items.map(\.title) == ["Write the index runbook, then test it", "Add a shard alert", "Add canary"])
    #expect(items.map(\.owner) == ["Fay", "bo", nil])
    #expect(items.map(\.dueRaw) == ["2024-06-01", nil, nil])
    #expect(items.map(\.description) == [nil, nil, "build it first"])
  }

  /// Items quoted from an issue or a chat (`> - [ ] …`) and items inside a `<details>` block are
  /// items like any other.
  @Test func quotedItemsAndItemsInDetails() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      <details>
      <summary>Expand</summary>

      - [ ] Add canary (owner: @bo)

      </details>

      > - [ ] Tune alert thresholds (owner: @ana)
      > - [x] Page the database team
      """
    ).actionItems
    #expect(items.map(\.title) == ["Add canary", "Tune alert thresholds", "Page the database team"])
    #expect(items.map(\.done) == [false, false, true])
  }

  /// A person the document names elsewhere (an author, another item's owner; a first name of a
  /// full name) owns the item they lead or close: "Bo: …", "**Bo**: …", "Ana Ortiz will …",
  /// "… (Ana Ortiz)". An unknown name there stays in the title (unless the list writes its owners
  /// so, see below); a team is an owner as it is.
  @Test func knownPeopleLeadingOrClosingTheItem() throws {
    let items = TestSupport.parse(
      """
      **Authors:** Bo Chen, Ana Ortiz

      ## Action items

      - [ ] Bo: Add alert on lag
      - [ ] **Bo**: move the cron job
      - [ ] Ana Ortiz will add a synthetic check
      - [ ] Add dashboards (Ana Ortiz)
      - [ ] Frontend: debounce the search box
      - [ ] Add retries (Postgres)
      - [ ] Rotate keys - Team: Security
      - [ ] Patch the kernel (SRE team)
      - [ ] Move the config of the search team @kim
      - [ ] Ana to benchmark hash cost changes
      - [ ] Migrate to the new pool
      - [ ] (Bo) Rotate the signing keys
      - [ ] (Optional) Rename the dashboards
      - [ ] Ana — add a manual-promotion runbook
      - [ ] Postgres — tune autovacuum
      """
    ).actionItems
    #expect(
      items.map(\.owner) == [
        "Bo", "Bo", "Ana Ortiz", "Ana Ortiz", nil, nil, "Security", "SRE team", "kim", "Ana", nil, "Bo", nil, "Ana",
        nil,
      ])
    #expect(
      items.map(\.title) == [
        "Add alert on lag", "move the cron job", "add a synthetic check", "Add dashboards",
        "Frontend: debounce the search box", "Add retries (Postgres)", "Rotate keys", "Patch the kernel",
        "Move the config of the search team", "benchmark hash cost changes", "Migrate to the new pool",
        "Rotate the signing keys", "(Optional) Rename the dashboards", "add a manual-promotion runbook",
        "Postgres — tune autovacuum",
      ])
    #expect(items[1].description == nil)
  }

  /// A list that names its owners in the item's brackets ("(Alex Kim, 2025-03-31)") names one
  /// the same way when it has nothing else to say: "(Dana)". A tag in brackets stays in the
  /// title, and so does a name when no item of the document has an owner.
  @Test func aNameAloneInBracketsWhereTheListNamesOwners() throws {
    let list = """
      ## Action items

      - [ ] Automate certificate expiry monitoring (Alex Kim, 2025-03-31)
      - [ ] Move calendar reminders to the team calendar (Dana)
      - [ ] Write the rotation runbook (Priya Nair)
      - [ ] Add retries (Optional)
      - [ ] Split the worker pool (Backend)
      - [ ] Upgrade the cluster (Kubernetes)
      - [ ] Page earlier (Critical)
      - [ ] Tune the alert (P2)
      - [ ] Add a canary (Prevention)
      - [ ] Check the other regions (see INC-12)
      """
    let items = TestSupport.parse(list).actionItems
    #expect(items.map(\.owner) == ["Alex Kim", "Dana", "Priya Nair", nil, nil, nil, nil, nil, nil, nil])
    #expect(items[1].title == "Move calendar reminders to the team calendar")
    #expect(items[3].title == "Add retries (Optional)")
    let unowned = TestSupport.parse(list.replacingOccurrences(of: "(Alex Kim, 2025-03-31)", with: "")).actionItems
    #expect(unowned.allSatisfy { $0.owner == nil })
  }

  /// A ticketing template's report, without headings, gives each item on a line after a label
  /// ("Action Item: …"), its status on the line under it; a report with headings keeps such a
  /// line as prose.
  @Test func labelledItemsOfAReportWithoutHeadings() throws {
    let text = """
      Problem Detail: Payments to the gateway timed out after its certificate rotated.
      Action for Recovery: Unpinned the certificate and redeployed the client.
      Action Item: Remove certificate pinning from the payments client (Budi, 2024-05-20)
      Action Item Status: In progress
      Follow-up: Alert on TLS handshake failures
      Follow-up Status: Done
      """
    let items = TestSupport.parse(text).actionItems
    #expect(
      items.map(\.title) == ["Remove certificate pinning from the payments client", "Alert on TLS handshake failures"])
    #expect(items.map(\.owner) == ["Budi", nil] && items.first?.due?.description == "2024-05-20")
    #expect(items.map(\.status) == ["IN PROGRESS", "DONE"] && items.map(\.done) == [false, true])
    #expect(items.first?.line == 3)
    #expect(TestSupport.parse("# T\n\n## Notes\n\n" + text).actionItems.isEmpty)
  }

  /// A list whose items mostly close with a name in brackets, two or more, names its owners so,
  /// though no item names one otherwise; a tag there is no owner.
  @Test func namesInBracketsClosingMostItems() throws {
    let items = TestSupport.parse(
      """
      ## Action items

      - [ ] Add a pool saturation alert (Dana)
      - [ ] Load test config changes (Eli Cohen)
      - [ ] Split the worker pool (Backend)
      """
    ).actionItems
    #expect(items.map(\.owner) == ["Dana", "Eli Cohen", nil])
    #expect(
      items.map(\.title) == [
        "Add a pool saturation alert", "Load test config changes", "Split the worker pool (Backend)",
      ])
    let lone = TestSupport.parse("## Action items\n\n- [ ] Add an alert (Dana)\n- [ ] Add a canary\n").actionItems
    #expect(lone.allSatisfy { $0.owner == nil })
  }

  /// Without an action-item heading, a section of another name whose list carries owners, due
  /// dates or tickets holds the items (GitLab's "Improving recovery procedures"); a list of links
  /// or of plain remarks does not.
  @Test func trackedItemsUnderAnotherHeading() throws {
    let markdown = """
      # Database outage

      ## Dashboards

      - https://grafana.example.com/d/db
      - https://grafana.example.com/d/replication

      ## Observations

      - Replication lag was high
      - Backups were untested

      ## Improving recovery procedures

      - Update PS1 across all hosts to tell environments apart (#1094)
      - Prometheus monitoring for backups (#1095)
      - Set max_connections to a sane value
      """
    let document = TestSupport.parse(markdown)
    #expect(document.actionItems.map(\.ticket) == ["#1094", "#1095", nil])
    #expect(document.sections.map(\.kind) == [nil, nil, nil, .actionItems])
    #expect(!TestSupport.lint(markdown).contains { $0.rule == "action-items-missing" })
  }

  /// A due date without its year is the first such day on or after the incident (December's
  /// "Jan 15" is next year's); a dash in the due column is no due date at all.
  @Test func dueDatesWithoutAYearAndBlankDueCells() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2023-12-18

      ## Action Items

      | Task | Owner | Due |
      |---|---|---|
      | Fix retries | Ana | Mar 20 |
      | Add alert | Bo | 15 Jan |
      | Write runbook | Cy | — |
      | Audit IAM | Dee | Q2 |
      - [ ] Rotate keys (owner: @eve, due: Dec 20)
      """
    ).actionItems
    #expect(items.map { $0.due?.description } == ["2024-03-20", "2024-01-15", nil, "2024-06-30", "2023-12-20"])
    #expect(items.map(\.dueRaw) == ["Mar 20", "15 Jan", nil, "Q2", "Dec 20"])
  }

  /// Fields beside a name in the closing brackets ("(Dana, done)", "(Eve, by 1/31)"), a due
  /// word before a day without its year, "end of Q1", a status in lower case after a final dash,
  /// and a ticket alone in a table's owner column (the item's ticket, owned by nobody yet).
  @Test func bracketedStatusesYearlessDueDaysAndTicketsInTheOwnerColumn() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-01-09

      ## Action items

      - Raise the memory limit (Dana, done)
      - Alert on OOM kills (Eve, by 1/31)
      - Page on lag (Fay, Feb 2)
      - Shard the index (Gus, in progress)
      - Alert on OOM kills (owner Eve, due Jan 31)
      - Rate-limit purges — due end of Q1
      - Tune the GC — Hal — done
      - Cut the batch size by 1/2 the current value
      - Raise the timeout by 1.5

      | Action | Owner | Due |
      |---|---|---|
      | Load test the dispatcher | [PAY-881](https://jira.example.com/browse/PAY-881) | 2024-08-15 |
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Raise the memory limit", "Alert on OOM kills", "Page on lag", "Shard the index", "Alert on OOM kills",
        "Rate-limit purges", "Tune the GC", "Cut the batch size by 1/2 the current value",
        "Raise the timeout by 1.5", "Load test the dispatcher",
      ])
    #expect(items.map(\.owner) == ["Dana", "Eve", "Fay", "Gus", "Eve", nil, "Hal", nil, nil, nil])
    #expect(items.map(\.status) == ["DONE", nil, nil, "IN PROGRESS", nil, nil, "DONE", nil, nil, nil])
    #expect(items.map(\.done) == [true, false, false, false, false, false, true, false, false, false])
    #expect(
      items.map { $0.due?.description } == [
        nil, "2024-01-31", "2024-02-02", nil, "2024-01-31", "2024-03-31", nil, nil, nil, "2024-08-15",
      ])
    #expect(items.last?.ticket == "PAY-881")
  }

  /// An item written as a heading with its fields as the bullets under it, one written as a
  /// paragraph led by bold text with its fields, and a ✅ ending an item; a heading over real
  /// items is still their group.
  @Test func itemsAsHeadingsWithFieldBulletsAndAsParagraphs() throws {
    let items = TestSupport.parse(
      """
      **Date:** 2024-02-20

      ## Action items

      ### AI-1: Add rate limiting to /login

      - **Owner:** Ana Ortiz
      - **Due:** 2024-03-15
      - **Status:** In progress
      - **Ticket:** [AUTH-77](https://jira.example.com/browse/AUTH-77)

      ### Cache session lookups

      - Owner: Bo Chen
      - Due: 2024-04-01

      **AI-3** Document the login runbook (Owner: Cy Diaz, Due: 2024-03-01) ✅

      **Note:** we review these weekly with @eve by 2024-03-30.

      **Owner:** Fay — **Action:** Write the failover runbook — **Due:** 2024-03-20

      ### Long term

      - Split the auth service (owner: @dee)
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Add rate limiting to /login", "Cache session lookups", "Document the login runbook",
        "Write the failover runbook", "Split the auth service",
      ])
    #expect(items.map(\.owner) == ["Ana Ortiz", "Bo Chen", "Cy Diaz", "Fay", "dee"])
    #expect(items.map { $0.due?.description } == ["2024-03-15", "2024-04-01", "2024-03-01", "2024-03-20", nil])
    #expect(items.map(\.status) == ["IN PROGRESS", nil, "DONE", nil, nil] && items[2].done)
    #expect(items[0].ticket == "AUTH-77" && items[0].id == "AI-1")
    #expect(items[2].ticket == nil && items[2].id == "AI-3", "an item number is no tracker's key")
    #expect(items.map(\.group) == [nil, nil, nil, nil, "Long term"])
    #expect(items.map(\.line) == [5, 12, 17, 21, 25])
  }

  @Test func plainBulletsGroupedBySubheadingsAndLabels() throws {
    let items = TestSupport.parse(
      """
      ## Remediation

      **Immediate (Completed)**

      - Restarted the workers

      Long-term:

      - Move the cron job
      - Long-term follow-ups:
        - Add a lock timeout
      """
    ).actionItems
    #expect(items.map(\.title) == ["Restarted the workers", "Move the cron job", "Add a lock timeout"])
    #expect(items.map(\.group) == ["Immediate (Completed)", "Long-term", "Long-term follow-ups"])
    #expect(items.map(\.done) == [true, false, false])
  }

  /// A section whose heading says its items are done ("## Corrective Actions Implemented") lists
  /// them done; one that says they are yet to be ("## Fixes to be implemented") does not.
  @Test func aSectionHeadingThatSaysItsItemsAreDone() {
    func done(_ heading: String) -> [Bool] {
      TestSupport.parse("# Outage\n\n## \(heading)\n\n1. Restored the import.\n2. Busted the PWA cache.\n")
        .actionItems.map(\.done)
    }
    #expect(done("Corrective Actions Implemented") == [true, true])
    #expect(done("Remediation (completed)") == [true, true])
    #expect(done("Corrective actions to be implemented") == [false, false])
    #expect(done("Remediation not yet completed") == [false, false])
    #expect(done("Corrective Actions") == [false, false])
  }

  /// A group's heading may give its items a status, by its name ("### In Progress") or in
  /// brackets, and a due date in brackets: the later of two periods, a date after "by"; an
  /// item's own fields win.
  @Test func aGroupHeadingGivesItsItemsTermsInBrackets() throws {
    let document = TestSupport.parse(
      """
      **Date:** 2025-09-29

      ## Remediation

      ### Short-term improvements (In Progress - [GitHub Issue #39133](https://example.com/issues/39133))

      - **Circuit breakers**: add exponential backoff to the retries
      - Probe tuning (status: done)

      ### Long-term improvements (Q4 2025 – Q1 2026)

      - Load-test the connection pool (due: 2025-11-15)
      - Incident response drills every quarter

      ### Follow-ups (by 2025-10-31)

      - Runbook for rollbacks

      ### Later (maybe)

      - Split the service

      ### In Progress

      | Follow-up | Priority |
      |---|---|
      | Alert on queue backlog | High |

      ### Completed

      - Raised the worker memory limit
      """)
    let items = document.actionItems
    #expect(items.map(\.status) == ["IN PROGRESS", "DONE", nil, nil, nil, nil, "IN PROGRESS", "COMPLETED"])
    #expect(items.map(\.done) == [false, true, false, false, false, false, false, true])
    #expect(
      items.map(\.due?.description) == [nil, nil, "2025-11-15", "2026-03-31", "2025-10-31", nil, nil, nil])
    #expect(items[3].dueRaw == "Q1 2026")
    #expect(ActionItemParser.termsNamed(by: "Long-term (Q4 2025 - Q1 2026)").dueRaw == "Q1 2026")
    #expect(ActionItemParser.termsNamed(by: "Done (2 of 3)") == (nil, nil))
  }

  /// Numbered items led by a bold title, each followed by bullets that lost their indent (so
  /// Markdown makes them lists of their own): the bullets are the item's details. Bullets after
  /// a numbered item without a title, or after a longer numbered list, stay items.
  @Test func bulletsThatLostTheirIndentUnderATitledNumberedItem() throws {
    let items = TestSupport.parse(
      """
      ## Remediation

      1.  **Deeper engine monitoring**
      We plan to add metrics and alerts around:

      -   Read amplification per write
      -   TOAST table statistics

      2.  **Runbooks for engine limits**

      -   Symptoms and diagnostics

      ## Follow-ups

      1. Rotate the keys

      - Add an alert on key age

      ## Next steps

      1. **Split the service**
      2. **Move the cron job**

      - Add a lock timeout
      """
    ).actionItems
    #expect(
      items.map(\.title) == [
        "Deeper engine monitoring", "Runbooks for engine limits", "Rotate the keys", "Add an alert on key age",
        "Split the service", "Move the cron job", "Add a lock timeout",
      ])
  }

  @Test func nestedDetailsAreNotItems() throws {
    let items = TestSupport.parse(
      """
      ## Follow-ups

      - [ ] Add alerting @bo
        - use the existing SLO dashboard
        - page only during business hours
      """
    ).actionItems
    #expect(items.count == 1)
    #expect(items.first?.title == "Add alerting")
  }

  @Test func itemsOnlyComeFromActionSections() {
    let document = TestSupport.parse(
      """
      ## Summary

      - [ ] not an action item

      ## Next steps

      - [ ] an action item
      """)
    #expect(document.actionItems.map(\.title) == ["an action item"])
  }

  /// Links listed under "References:" (or "参考：") at the end of an action-item section are the
  /// sources the items came from, not items; a label after them starts items again. A page's
  /// address after "target:" is no due date, and the words before it stay the item's.
  @Test func referencesAfterTheItemsAreNotItems() {
    let document = TestSupport.parse(
      """
      ## Prevention

      - Check the MSS first
      - Keep iptables TCPMSS target: https://manpages.debian.org/iptables.html in mind

      References:

      - RFC 2923: TCP Problems with Path MTU Discovery: https://www.rfc-editor.org/rfc/rfc2923.html

      参考：

      - https://manpages.debian.org/bookworm/iptables/iptables-extensions.8.en.html

      **Long-term:**

      - Move the rules into Ansible (due: 2026-12-01)
      """)
    #expect(
      document.actionItems.map(\.title) == [
        "Check the MSS first", "Keep iptables TCPMSS target: in mind", "Move the rules into Ansible",
      ])
    #expect(document.actionItems[1].due == nil && document.actionItems[1].ticket?.hasPrefix("https://") == true)
    #expect(document.actionItems[2].due?.description == "2026-12-01")
  }

  /// What was tried, under the measures ("### Other avenues investigated:", "Alternatives
  /// considered"), was done or set aside: no item.
  @Test func whatWasTriedIsNoItem() {
    let document = TestSupport.parse(
      """
      ## Corrective and Preventative Measures

      - Buy a laptop cooling pad

      ### Other avenues investigated:

      * Changing `GRUB_CMDLINE_LINUX_DEFAULT` did not work.

      **Alternatives considered**

      - Replacing the fan

      ### Next steps

      - Look for a fan driver (due: 2026-12-01)
      """)
    #expect(document.actionItems.map(\.title) == ["Buy a laptop cooling pad", "Look for a fan driver"])
    #expect(SectionKind.namesThingsTried("Things we tried") && !SectionKind.namesThingsTried("Things to try"))
  }

  /// Detail bullets under an item that part a field's name from its value with a dash or an
  /// equals sign ("owner — @carol", "due - end of April") are its fields; other details are not.
  @Test func detailBulletsWithDashedFields() {
    let document = TestSupport.parse(
      """
      **Date:** 2024-04-02

      ## Action items

      1. Alert on miss ratio
         * owner — @carol
         * due - end of April
         * ticket = OPS-9
      2. Add jitter
         * cache - the TTL is fixed today
      """)
    let items = document.actionItems
    #expect(items.map(\.title) == ["Alert on miss ratio", "Add jitter"])
    #expect(items.first.map { [$0.owner, $0.due?.description, $0.ticket] } == ["carol", "2024-04-30", "OPS-9"])
    #expect(items.last?.owner == nil && items.last?.due == nil)
    #expect(ActionItemParser.detailAsField("Owner – Ana Ortiz") == "Owner: Ana Ortiz")
    #expect(ActionItemParser.detailAsField("rollback - done") == "rollback - done")
  }

  /// A section named for prevention alone beside the action items ("## Prevention Strategies",
  /// its points with no box, owner, due date or ticket) lists practices, not items; alone, or
  /// with an owner on a point, it is the items.
  @Test func preventionPracticesBesideTheItemsAreNotItems() {
    let text = """
      ## Action Items

      - [ ] Keep a backup SSH session open during network changes
      - [x] Document the rebuild

      ## Prevention Strategies

      1. Validate syntax: `ifup --no-act <interface>`
      2. **Code review:** a second pair of eyes on network changes
      """
    #expect(
      TestSupport.parse(text).actionItems.map(\.title) == [
        "Keep a backup SSH session open during network changes", "Document the rebuild",
      ])
    let owned = text.replacingOccurrences(of: "on network changes", with: "on network changes (owner: @bo)")
    #expect(TestSupport.parse(owned).actionItems.count == 4)
    let alone = text.replacingOccurrences(
      of: "- [ ] Keep a backup SSH session open during network changes\n- [x] Document the rebuild\n", with: "")
    #expect(TestSupport.parse(alone).actionItems.count == 2)
    let named = text.replacingOccurrences(of: "## Prevention Strategies", with: "## Preventive Actions")
    #expect(TestSupport.parse(named).actionItems.count == 4)
    // "Corrective Measures" then "Preventative Measures": one list of work split in two halves.
    let halves = text.replacingOccurrences(of: "## Action Items", with: "## Corrective Measures")
      .replacingOccurrences(of: "## Prevention Strategies", with: "## Preventative Measures")
    #expect(TestSupport.parse(halves).actionItems.count == 4)
  }

  /// A post-incident summary groups its measures in tables by progress: a tick before the day it
  /// was done ("✅ Nov 20") or a mark before the stage reached ("🔄 Tool evaluation") says the
  /// status, and the writer's numbering of the rows ("**1. Add …**") is no part of the title. Its
  /// "Immediate Fix" / "Actions Taken" is the resolution, not more items, and the role after the
  /// author's name ("Tomás Ortega | SRE") is no second author.
  @Test func progressTablesWithMarkedStatusesAndNumberedRows() throws {
    let text = """
      # Post-Incident Summary: Ledger API rollback

      **Date:** November 15, 2024

      ## Immediate Fix

      ### Actions Taken
      Rolled back to v5.1.4.

      ## Prevention Measures

      ### Implemented (Completed)

      | Action | Owner | Completed | Verification |
      |--------|-------|-----------|--------------|
      | **1. Add a gateway stub to integration tests** | DevOps Team | ✅ Nov 20 | Uses the contract mock |

      ### In Progress

      | Action | Owner | Target Date | Status |
      |--------|-------|-------------|--------|
      | **2. Flag breaking API changes in CI** | Security Team | Dec 1 | 🔄 Tool evaluation |
      | **3. Add contract tests** | Backend Team | Dec 15 | 🚧 Blocked |
      | 10 | Platform Team | Dec 20 | ✅ Done |

      ---

      **Report Author:** Tomás Ortega | SRE
      """
    let document = TestSupport.parse(text)
    let items = document.actionItems
    #expect(
      items.map(\.title) == [
        "Add a gateway stub to integration tests", "Flag breaking API changes in CI", "Add contract tests", "10",
      ])
    #expect(items.map(\.status) == ["DONE", "IN PROGRESS", "BLOCKED", "DONE"])
    #expect(items.map(\.done) == [true, false, false, true])
    #expect(document.sections.map(\.kind).filter { $0 == .resolution }.count == 2)
    #expect(document.authors.map(\.text) == ["Tomás Ortega"])
    #expect(ActionItemFields.normalizedStatus("✅ Resolved") == "RESOLVED")
    #expect(ActionItemFields.normalizedStatus("🔄 Scheduled") == "SCHEDULED")
    #expect(ActionItemFields.normalizedStatus("✅ 2024-11-20") == "DONE")
    #expect(
      ActionItemParser.droppingRowNumber("1. ") == "1. " && ActionItemParser.droppingRowNumber("100. x") == "100. x")
    // A second name, and a team, stay authors.
    let two = TestSupport.parse("# T\n\n**Authors:** Ana Lima, Platform Team | Bo Chen\n")
    #expect(two.authors.map(\.text) == ["Ana Lima", "Platform Team", "Bo Chen"])
  }

  /// Obsidian links a person's page with double brackets: "owner: [[Jane Doe]]" is Jane Doe, the
  /// brackets taken whole (a "]" was left in the title), and "[[Sam Lee]] to document …" is Sam
  /// Lee's item when the document names Sam Lee elsewhere. A first user report detects.
  @Test func wikiLinkedOwners() throws {
    let text = """
      ---
      authors: ["[[Jane Doe]]", "[[Sam Lee]]"]
      ---

      # Checkout latency

      ## Timeline

      - 10:02 First user report in the support channel
      - 10:41 latency back to normal, resolved

      ## Action items

      - [ ] Add jitter to cache TTLs — owner: [[Jane Doe]] — due: 2024-05-01
      - [ ] [[Sam Lee]] to document the cache runbook
      - [ ] [[Payments service]] to expose hit ratio
      - [ ] Tidy alerts (owner: [ops], due: 2024-05-02)
      """
    let document = TestSupport.parse(text)
    #expect(document.authors.map(\.text) == ["Jane Doe", "Sam Lee"])
    #expect(
      document.actionItems.map(\.title) == [
        "Add jitter to cache TTLs", "document the cache runbook", "[[Payments service]] to expose hit ratio",
        "Tidy alerts",
      ])
    #expect(document.actionItems.map(\.owner) == ["Jane Doe", "Sam Lee", nil, "ops"])
    #expect(document.actionItems.map(\.dueRaw) == ["2024-05-01", nil, nil, "2024-05-02"])
    #expect(document.timeline?.entries.first?.milestone == .detected)
  }

  /// Sub-tasks under an item ("- [ ] Improve runbooks" over "  - [ ] Document restarts (@lee)"),
  /// or bullets naming their own owners under a plain bullet ("- Monitoring"), are the items, the
  /// bullet over them their group, and an item itself too when it names its own owner or due
  /// date; bullets of fields only, or of detail, stay the item's.
  @Test func subTasksAreItemsOfTheirParentsGroup() throws {
    let text = """
      ## Action items

      - [ ] Add a deadlock detector
        - Owner: @kim
        - Due: 2024-05-20
      - [ ] Improve runbooks
        - [ ] Document consumer restarts (@lee)
        - [x] Add the dashboard link (@lee)
      - Monitoring
        - Alert on queue age (owner: Ana, due 2024-05-30)
        - Page on consumer lag (owner: Bo)
      - [x] Restart policy changed to always
        - Context: the pods had crash-looped before.
      - [ ] Tune retries
        - [ ] one sub-task (@kim)
        - a note on why
      - [ ] Harden the consumer (@ana, due 2024-06-01)
        - [ ] Add a watchdog (@bo)
      """
    let items = TestSupport.parse(text).actionItems
    #expect(
      items.map(\.title) == [
        "Add a deadlock detector", "Document consumer restarts", "Add the dashboard link", "Alert on queue age",
        "Page on consumer lag", "Restart policy changed to always", "Tune retries", "Harden the consumer",
        "Add a watchdog",
      ])
    #expect(items.map(\.owner) == ["kim", "lee", "lee", "Ana", "Bo", nil, nil, "ana", "bo"])
    #expect(
      items.map(\.group) == [
        nil, "Improve runbooks", "Improve runbooks", "Monitoring", "Monitoring", nil, nil, nil, "Harden the consumer",
      ])
    #expect(items.map(\.done) == [false, false, true, false, false, true, false, false, false])
  }
}
