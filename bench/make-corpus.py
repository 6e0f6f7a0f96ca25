#!/usr/bin/env python3
"""Writes a deterministic corpus of realistic postmortems for benchmarks.

usage: make-corpus.py N OUTPUT_DIR [--seed S]

Every style the parser reads appears (bold labels with 12-hour times, Google SRE date headings and
action tables, half of them with the book's bold section labels, PagerDuty metadata and timeline
tables (some with the severity tagged in the title and "A 45-minute outage" opening the overview), YAML front
matter crossing midnight (a quarter with the action items in it as mappings, some with the length in words), SRE timelines whose second day is a bold "Day 2 — Tuesday, March 5" label, setext headings with bold timestamps and chat logs (some as pandoc writes them, with backslash breaks and heading attributes),
Atlassian's template with Status | Description tables, spans, year-less dates, the impact's
"For 45 minutes, …" sentence and corrective actions in every shape, PagerDuty timelines folded into
<details> with the zone in the caption, Obsidian Tasks' emoji fields, wiki exports with HTML-table, status-page or T+0 timelines, cloud providers'
and wikis' public incident reports (some with the timeline told as prose, a sentence an event), teams' meeting notes with <br>-joined, chat or definition-list
timelines and items as headings with field bullets, and reports with their details opening an Overview section, dated in
the team's language, with bold times over bullets or a story of "At 14:05 …" sentences), and blog posts (front matter dated
the day of writing, a lede stating the window, stories with times inside their sentences, four-digit
times, Japanese reports), with sizes from 2 to 20 KB and the defects real archives have (missing
owners, unreadable or out-of-order times, disagreeing durations and dates, leftover placeholders). The same N
and seed always give byte-identical files.
"""
import datetime
import os
import random
import sys

WORDS = (
    "the service cache queue database replica shard deploy rollback config alert pager latency error rate "
    "request worker node cluster region traffic load balancer certificate timeout retry backlog job batch "
    "index write read lock vacuum migration schema flag canary release customer team on-call engineer "
    "dashboard metric threshold capacity memory disk network packet dns route token session upstream "
    "downstream dependency saturation throttle limit spike drop recovery failover primary secondary"
).split()
VERBS = "noticed investigated restarted rolled drained paused resumed reverted scaled patched deployed".split()
NAMES = ["ana", "bo", "carol", "dana", "eli", "farah", "gus", "hana", "ivan", "jon", "kim", "lee", "mo", "nia"]
ZONES = ["UTC", "Pacific Time (PT)", "Eastern Time (ET)", "CET", "CEST", "PST", "IST"]


def sentence(rng, words=None):
    n = words or rng.randint(8, 22)
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences=None):
    return " ".join(sentence(rng) for _ in range(sentences or rng.randint(2, 6)))


def prose(rng, target_bytes):
    out = []
    size = 0
    while size < target_bytes:
        p = paragraph(rng)
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)


def date(rng):
    return "%04d-%02d-%02d" % (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))


def times(rng, count, start_minutes=None):
    t = start_minutes if start_minutes is not None else rng.randint(0, 20 * 60)
    out = []
    for _ in range(count):
        out.append(t % 1440)
        t += rng.randint(3, 55)
    return out


def hhmm(m):
    return "%02d:%02d" % (m // 60, m % 60)


def ampm(m):
    h, mm = m // 60, m % 60
    suffix = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return "%d:%02d%s" % (h12, mm, suffix)


def defect_time(rng, text):
    roll = rng.random()
    if roll < 0.03:
        return text.replace(":", ".", 1)
    if roll < 0.05:
        return "??:??"
    return text


def action_bullet(rng, d, task=True):
    owner = "" if rng.random() < 0.15 else " (owner: @%s, due: %s, OPS-%d)" % (
        rng.choice(NAMES), d, rng.randint(1, 9999))
    box = ("- [x] " if rng.random() < 0.3 else "- [ ] ") if task else "- "
    return box + sentence(rng, rng.randint(4, 9)).rstrip(".") + owner


def events(rng, n):
    first = ["Errors began on the " + rng.choice(WORDS) + " " + rng.choice(WORDS)]
    middle = [sentence(rng, rng.randint(5, 14)).rstrip(".") for _ in range(max(0, n - 4))]
    return first + ["Alert fired for " + rng.choice(WORDS) + " latency"] + middle + [
        "Rolled back the deploy, impact mitigated", "Service restored, incident resolved"]


def seed_style(rng, size):
    d = date(rng)
    n = rng.randint(6, 14)
    ts = times(rng, n, rng.randint(8 * 60, 16 * 60))
    ev = events(rng, n)
    lines = ["# " + sentence(rng, 6).rstrip("."), "", "**Date:** " + d, "",
             "**Duration:** %s to %s" % (ampm(ts[0]), ampm(ts[-1] if rng.random() < 0.8 else ts[-2])), "",
             "**Severity:** " + rng.choice(["[Critical]", "SEV1", "SEV2", "High", "Major", "SEV3"]), "",
             "**Prepared by:** " + ", ".join(rng.sample(NAMES, 3)), "", "## Issue Summary", "",
             prose(rng, size // 4), "", "## Timeline", "", "_All times in %s_" % rng.choice(ZONES), ""]
    # Some write AM/PM on the first time only ("2:05PM", then "2:12", "2:40").
    once = rng.random() < 0.2
    for index, (t, e) in enumerate(zip(ts, ev)):
        written = ampm(t)[:-2] if once and index > 0 else ampm(t)
        lines.append("- **%s**: %s" % (defect_time(rng, written), e))
    lines += ["", "## Root Cause Analysis", "", prose(rng, size // 3), "", "Three factors contributed:", "",
              "1. " + sentence(rng), "2. " + sentence(rng), "", "## Resolution", "", paragraph(rng), "",
              "## Impact Assessment", "", "- **Users Affected:** " + sentence(rng, 6),
              "- **Duration:** %d hours" % rng.randint(1, 8), "", "## Action Items", "",
              "### Immediate Actions (0-7 days)", ""]
    lines += [action_bullet(rng, d) for _ in range(rng.randint(1, 6))]
    lines += ["", "## Lessons Learned", "", "### What Went Well", "", "- " + sentence(rng), "",
              "### What Went Wrong", "", "- " + sentence(rng), ""]
    return "\n".join(lines)


def sre_style(rng, size):
    d = date(rng)
    n = rng.randint(6, 16)
    ts = times(rng, n, rng.randint(18 * 60, 23 * 60))
    ev = events(rng, n)
    lines = ["# " + sentence(rng, 5).rstrip("."), "", "**Date:** " + d,
             "**Authors:** " + ", ".join(rng.sample(NAMES, 2)), "**Status:** Complete, action items in progress",
             "**Severity:** SEV%d" % rng.randint(1, 3), ""]
    if rng.random() < 0.5:
        # The book's own shape: one bold label per section before the first heading, the long
        # analysis further down.
        for label, text in (("Summary", paragraph(rng)), ("Impact", paragraph(rng)), ("Root Causes", paragraph(rng)),
                            ("Trigger", sentence(rng)), ("Resolution", paragraph(rng)),
                            ("Detection", sentence(rng))):
            lines += ["**%s:** %s" % (label, text), ""]
        lines += ["## Supporting Information", "", prose(rng, size // 3), "", "## Action Items", ""]
    else:
        lines += ["## Summary", "", paragraph(rng), "", "## Impact", "", paragraph(rng), "", "## Root Causes", "",
                  prose(rng, size // 3), "", "## Trigger", "", sentence(rng), "", "## Resolution", "",
                  paragraph(rng), "", "## Detection", "", sentence(rng), "", "## Action Items", ""]
    lines += ["| Action Item | Type | Owner | Bug |", "|---|---|---|---|"]
    for _ in range(rng.randint(2, 8)):
        lines.append("| %s | %s | %s | **%s** OPS-%d |" % (
            sentence(rng, 5).rstrip("."), rng.choice(["prevent", "mitigate", "detect", "process"]),
            rng.choice(NAMES), rng.choice(["TODO", "DONE"]), rng.randint(1, 9999)))
    lines += ["", "## Lessons Learned", "", "### What went well", "", "- " + sentence(rng), "",
              "### Where we got lucky", "", "- " + sentence(rng), "", "## Timeline", "",
              "### %s (all times UTC)" % d, ""]
    previous = None
    for t, e in zip(ts, ev):
        if previous is not None and t < previous:
            # A heading for the day, or a bold day label with its date.
            if rng.random() < 0.5:
                lines += ["", "### next day", ""]
            else:
                year, month, day = (int(part) for part in d.split("-"))
                following = datetime.date(year, month, day) + datetime.timedelta(days=1)
                lines += ["", "**Day 2 — %s**" % following.strftime("%A, %B %d").replace(" 0", " "), ""]
        lines.append("- %s %s" % (defect_time(rng, hhmm(t)), e))
        previous = t
    lines.append("")
    return "\n".join(lines)


def pagerduty_style(rng, size):
    d = date(rng)
    n = rng.randint(5, 12)
    ts = times(rng, n, rng.randint(6 * 60, 15 * 60))
    ev = events(rng, n)
    level = rng.randint(1, 4)
    # Some tag the title with the severity instead of a row of their own.
    tagged = rng.random() < 0.3
    lines = [("# [SEV-%d] " % level if tagged else "# ") + sentence(rng, 4).rstrip("."), "", "| | |", "|---|---|",
             "| **Date** | %s |" % d] + ([] if tagged else ["| **Severity** | SEV-%d |" % level]) + [
             "| **Status** | Resolved |",
             "| **Authors** | %s |" % ", ".join(rng.sample(NAMES, 2)), "| **Duration** | %dh %dm |" % (
                 rng.randint(0, 5), rng.randint(0, 59)), "", "## Overview", "",
             ("A %d-minute outage of the %s. " % (rng.randint(10, 300), rng.choice(WORDS)) if rng.random() < 0.3
              else "") + prose(rng, size // 4), "",
             "## Impact", "", "| Metric | Value |", "|---|---|", "| Customers affected | %d%% |" % rng.randint(1, 40),
             "| Duration | %d minutes |" % rng.randint(10, 300), "", "## Responders", "",
             "- " + rng.choice(NAMES) + " (incident commander)", "", "## Timeline", ""]
    zone = rng.choice(ZONES)
    # Some fold the timeline into <details>, its caption naming the zone.
    folded = rng.random() < 0.3
    if folded:
        lines += ["<details>", "<summary>Full timeline (%s)</summary>" % zone, ""]
    # Some name the zone on every row ("2:05 PM Eastern") and in no note.
    per_row = not folded and rng.random() < 0.2
    if per_row:
        zone = rng.choice(["Eastern", "Pacific"])
    elif not folded:
        lines += ["All times in %s." % zone, ""]
    lines += ["| Time | Event |", "|---|---|"]
    for t, e in zip(ts, ev):
        written = ampm(t).replace("AM", " AM").replace("PM", " PM") + (" " + zone if per_row else "")
        lines.append("| %s | %s |" % (defect_time(rng, written), e))
    if folded:
        lines += ["", "</details>"]
    lines += ["", "## Root Cause", "", prose(rng, size // 3), "", "## Resolution", "", paragraph(rng), "",
              "## Action Items", ""]
    lines += [action_bullet(rng, d) for _ in range(rng.randint(1, 6))]
    lines.append("")
    return "\n".join(lines)


def front_matter_style(rng, size):
    d = date(rng)
    n = rng.randint(5, 12)
    ts = times(rng, n, rng.randint(21 * 60, 23 * 60 + 30))
    ev = events(rng, n)
    # Docs-as-code sites keep the follow-ups in the front matter as mappings.
    items_in_front_matter = rng.random() < 0.25
    front = ["---", "title: " + sentence(rng, 5).rstrip("."), "date: " + d, "severity: P%d" % rng.randint(0, 3),
             "status: action items in progress", "authors: [%s]" % ", ".join(rng.sample(NAMES, 2)),
             "tags: [%s, %s]" % (rng.choice(WORDS), rng.choice(WORDS))]
    if items_in_front_matter:
        front.append("action_items:")
        for _ in range(rng.randint(1, 4)):
            front += ["  - title: " + sentence(rng, 6).rstrip("."), "    owner: " + rng.choice(NAMES),
                      "    due: " + d]
            if rng.random() < 0.5:
                front.append("    jira: OPS-%d" % rng.randint(100, 999))
            if rng.random() < 0.3:
                front.append("    done: true")
    tldr = paragraph(rng)
    # The length in words, as summaries write it ("impacted for forty-five minutes").
    if rng.random() < 0.3:
        tldr += " Customers were impacted for %s minutes." % rng.choice(["forty-five", "ninety", "twenty", "thirty"])
    lines = front + ["---", "", "## TL;DR", "", tldr, "", "## Customer impact", "", prose(rng, size // 4), "",
                     "## Timeline", "", "Times are %s." % rng.choice(["UTC", "CET", "Eastern", "PT"]), ""]
    for t, e in zip(ts, ev):
        lines.append("- %s — %s" % (defect_time(rng, hhmm(t)), e))
    lines += ["", "## Contributing factors", "", prose(rng, size // 3), ""]
    if items_in_front_matter:
        lines += ["## Lessons learned", "", "- " + sentence(rng), ""]
        return "\n".join(lines)
    lines += ["## Follow-ups", "", "### Immediate (Completed)", "", action_bullet(rng, d, task=False), "",
              "### Long-term", ""]
    lines += [action_bullet(rng, d) for _ in range(rng.randint(1, 5))]
    # Obsidian vaults: the Tasks plugin's emoji fields.
    if rng.random() < 0.3:
        lines.append("- [ ] %s @%s 📅 %s %s" % (sentence(rng, 6).rstrip("."), rng.choice(NAMES), d,
                                                rng.choice(["⏫", "🔼", "🔽", ""])))
        lines.append("- [x] %s ✅ %s" % (sentence(rng, 5).rstrip("."), d))
    lines += ["", "## Lessons learned", "", "- " + sentence(rng), ""]
    return "\n".join(lines)


def setext_style(rng, size):
    d = date(rng)
    n = rng.randint(5, 10)
    ts = times(rng, n, rng.randint(7 * 60, 17 * 60))
    ev = events(rng, n)
    title = sentence(rng, 6).rstrip(".")
    # pandoc's output: hard breaks as a backslash, attributes after the headings.
    pandoc = rng.random() < 0.3
    brk = "\\" if pandoc else ""
    summary = "Summary {#summary}" if pandoc else "Summary"
    lines = [title, "=" * len(title), "", "**Date:** %s%s" % (d, brk),
             "**Authors**: %s%s" % ("; ".join(rng.sample(NAMES, 2)), brk),
             "**Severity:** %s%s" % (rng.choice(["Major", "Minor", "Critical", "TBD"]), brk), "**Status:** Draft", "",
             summary, "-" * len(summary), "", prose(rng, size // 4), "", "Timeline", "--------", "",
             "All times CEST.", ""]
    for i, (t, e) in enumerate(zip(ts, ev)):
        lines += ["**%s** %s" % (defect_time(rng, hhmm(t)), e), ""]
        if i == 2:
            lines += ["```text", "%s <%s> anyone touching prod?" % (hhmm(t), rng.choice(NAMES)),
                      "%s <%s> yes, the migration" % (hhmm(t + 1), rng.choice(NAMES)), "```", ""]
    lines += ["Root cause", "----------", "", prose(rng, size // 3), "", "Remediation", "-----------", "",
              "| Action | Owner | Due | Status |", "|---|---|---|---|"]
    for _ in range(rng.randint(1, 5)):
        lines.append("| %s | %s | %s | %s |" % (sentence(rng, 5).rstrip("."), rng.choice(NAMES + [""]), d,
                                                rng.choice(["DONE", "TODO", "IN PROGRESS"])))
    lines.append("")
    # Items after the table with their state after a dash, in any case.
    if rng.random() < 0.3:
        lines += ["- %s (@%s) — %s" % (sentence(rng, 5).rstrip("."), rng.choice(NAMES),
                                       rng.choice(["done", "won't do", "in progress"])), ""]
    return "\n".join(lines)


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def atlassian_item(rng, d):
    """One corrective action in one of the shapes teams write them."""
    text = sentence(rng, rng.randint(4, 9)).rstrip(".")
    name = rng.choice(NAMES)
    shape = rng.randrange(7)
    if shape == 0:
        return "- [ ] %s — owner @%s (%s)" % (text, name, d)
    if shape == 1:
        return "- %s\n  - Owner: @%s\n  - Due: %s" % (text, name, d)
    if shape == 2:
        return "- ~~%s~~ — dropped, %s" % (text, sentence(rng, 4).rstrip(".").lower())
    if shape == 3:
        return "- [x] %s @%s (done)" % (text, name)
    if shape == 4:
        number = rng.randint(1, 9999)
        return "- [PROJ-%d](https://jira.example.com/PROJ-%d): %s — owner: %s, due %s" % (
            number, number, text, name.title(), d)
    if shape == 5:
        return "- [ ] %s — %s (JIRA PROJ-%d)" % (text, name.title(), rng.randint(1, 9999))
    return "- [ ] %s [@owner]" % text


def atlassian_style(rng, size):
    d = date(rng)
    year, month, day = (int(part) for part in d.split("-"))
    n = rng.randint(5, 12)
    ts = times(rng, n, rng.randint(8 * 60, 20 * 60))
    ev = events(rng, n)
    ttd = (ts[1] - ts[0]) % 1440
    lines = ["---", "title: \"%s: %s\"" % (d, sentence(rng, 5).rstrip(".")), "date: %sT%s:00Z" % (d, hhmm(ts[0])),
             "severity: Level %d" % rng.randint(1, 4), "status: resolved", "---", "", "## Incident summary", "",
             paragraph(rng), "", "## Leadup", "", prose(rng, size // 6), "", "## Fault", "", paragraph(rng), "",
             "## Impact", ""]
    length = ((ts[-1] - ts[0]) % 1440) + rng.choice([0, 0, 0, 30])
    # The template's own sentence ("For 45 minutes, …") or a field.
    if rng.random() < 0.4:
        lines += ["For %d minutes, %s" % (length, paragraph(rng).lower()), ""]
    else:
        lines += [paragraph(rng), ""]
    lines += ["**Time to detect:** %d minutes" % (ttd + rng.choice([0, 0, 15]))]
    if not lines[-3].startswith("For "):
        lines.append("Duration: %d minutes" % length)
    lines += ["", "## Detection", "",
             sentence(rng), "", "## Timeline", "", "All times UTC.", "", "| Time (UTC) | Status | Description |",
             "|---|---|---|"]
    statuses = ["Incident start", "Detected"] + [""] * max(0, n - 4) + ["Mitigation", "Resolved"]
    for i, (t, status, e) in enumerate(zip(ts, statuses, ev)):
        written = hhmm(t)
        if i == 0:
            written = "%s %d, %s" % (MONTHS[month - 1], day, written)
        elif rng.random() < 0.15:
            written = "%s – %s" % (written, hhmm((t + rng.randint(2, 9)) % 1440))
        lines.append("| %s | %s | %s |" % (defect_time(rng, written), status, e))
    lines += ["", "## Five whys", ""] + ["%d. Why? %s" % (i + 1, sentence(rng, 7)) for i in range(5)]
    lines += ["", "## Blameless root cause", "", prose(rng, size // 3), "", "## Recovery", "", paragraph(rng), "",
              "## Corrective actions", ""]
    lines += [atlassian_item(rng, d) for _ in range(rng.randint(2, 7))]
    lines += ["", "## Lessons learned", "", "- " + sentence(rng), ""]
    return "\n".join(lines)


def wiki_export_style(rng, size):
    """A wiki or word-processor export: no `#` heading, a bold title line, plain labels, bold
    paragraphs as sections, and a timeline as an HTML table, a status page's history (newest
    first) or times relative to T+0."""
    d = date(rng)
    year, month, day = (int(part) for part in d.split("-"))
    n = rng.randint(4, 10)
    ts = times(rng, n, rng.randint(8 * 60, 18 * 60))
    ev = events(rng, n)
    shape = rng.randrange(3)
    lines = ["**Incident Postmortem: %s**" % sentence(rng, 4).rstrip("."), "",
             "Status: **%s**  " % rng.choice(["Draft", "Final", "In review"]),
             "Incident date: %s %d, %d  " % (MONTHS[month - 1], day, year),
             "Severity: S%d  " % rng.randint(1, 4), "*Posted by %s %s*" % (
                 rng.choice(NAMES).title(), rng.choice(NAMES).title() + "son"), "",
             "**Executive summary**", "", prose(rng, size // 4), "", "**Impact**", "", paragraph(rng), "",
             "**Timeline** (all times %s)" % ("UTC" if shape else rng.choice(["UTC", "Pacific", "CET"])), ""]
    if shape == 0:
        lines += ["<table>", "<thead><tr><th>Time</th><th>Event</th></tr></thead>", "<tbody>"]
        for t, e in zip(ts, ev):
            lines.append("<tr><td>%s</td><td>%s &amp; %s<br>%s</td></tr>" % (
                defect_time(rng, hhmm(t)), e, rng.choice(WORDS), rng.choice(WORDS)))
        lines += ["</tbody>", "</table>", ""]
    elif shape == 1:
        statuses = ["Investigating", "Identified"] + ["Update"] * max(0, n - 4) + ["Monitoring", "Resolved"]
        for t, status, e in reversed(list(zip(ts, statuses, ev))):
            lines += ["**%s** - %s." % (status, e), "%s %d, %d - %s UTC" % (MONTHS[month - 1], day, year, hhmm(t)), ""]
    else:
        lines += ["Times are relative to the page at %s %s UTC (T+0)." % (d, hhmm(ts[1])), "", "| T+ | Event |",
                  "|---|---|"]
        for t, e in zip(ts, ev):
            offset = t - ts[1]
            sign = "-" if offset < 0 else "+"
            lines.append("| T%s%d:%02d | %s |" % (sign, abs(offset) // 60, abs(offset) % 60, e))
        lines.append("")
    lines += ["**Root cause**", "", prose(rng, size // 3), "", "**Resolution**", "", paragraph(rng), "",
              "**Action items**", ""]
    for _ in range(rng.randint(1, 5)):
        text = sentence(rng, rng.randint(4, 9)).rstrip(".")
        lines.append(rng.choice([
            "- [ ] @%s: %s (due %s)" % (rng.choice(NAMES), text, d),
            "- [ ] %s — %s — due %s" % (text, rng.choice(NAMES).title(), d),
            "- TODO(%s): %s" % (rng.choice(NAMES), text),
            "- [ ] %s (%s team, by end of %s)" % (text, rng.choice(WORDS).title(), MONTHS[month % 12]),
        ]))
    lines += ["", "**Lessons learned**", "", "- " + sentence(rng), ""]
    return "\n".join(lines)


FULL_MONTHS = ("January February March April May June July August September October November "
               "December").split()


def review_style(rng, size):
    """The public incident reports of cloud providers and wikis: a post-incident review whose
    questions are its headings and whose timeline is the list under "How did we respond?", an
    upper-case incident report that states its length in a sentence, or a wiki report with two
    key/value pairs a row and Phabricator tasks as actionables."""
    d = date(rng)
    year, month, day = (int(part) for part in d.split("-"))
    long_date = "%d %s %d" % (day, FULL_MONTHS[month - 1], year)
    n = rng.randint(4, 9)
    ts = times(rng, n, rng.randint(6 * 60, 16 * 60))
    ev = events(rng, n)
    shape = rng.randrange(3)
    if shape == 0:
        lines = ["# Post Incident Review (PIR) – %s" % sentence(rng, 5).rstrip("."), "",
                 "**Tracking ID:** %s-%s" % (rng.choice(NAMES).upper(), rng.randint(100, 999)), "",
                 "## What happened?", "",
                 "Between %s UTC on %s and %s UTC, %s" % (hhmm(ts[0]), long_date, hhmm(ts[-1]), prose(rng, size // 5)),
                 "", "## What went wrong and why?", "", prose(rng, size // 3), "", "## How did we respond?", ""]
        for t, e in zip(ts, ev):
            lines.append("- %s UTC on %s – %s." % (defect_time(rng, hhmm(t)), long_date, e))
        lines += ["", "## How are we making incidents like this less likely or less impactful?", ""]
        for _ in range(rng.randint(1, 5)):
            after = FULL_MONTHS[rng.randrange(12)] + " %d" % (year + 1)
            lines.append("- We are %s. (%s)" % (sentence(rng, rng.randint(5, 10)).rstrip(".").lower(), rng.choice(
                ["Completed", "Estimated completion: " + after])))
        lines += ["", "## How can customers make incidents like this less impactful?", "", "- " + sentence(rng), ""]
        return "\n".join(lines)
    if shape == 1:
        minutes = ts[-1] - ts[0] if ts[-1] >= ts[0] else ts[-1] + 1440 - ts[0]
        # A quarter of the reports state a length the timeline does not bear out.
        stated = minutes if rng.random() < 0.75 else minutes + rng.randint(20, 90)
        lines = ["# Cloud Incident #%d" % rng.randint(10000, 99999), "", "## ISSUE SUMMARY", "",
                 "On %s, %s for a duration of %d hours and %d minutes. %s" % (
                     long_date, sentence(rng, 8).rstrip(".").lower(), stated // 60, stated % 60, paragraph(rng)),
                 "", "## DETAILED DESCRIPTION OF IMPACT", "", prose(rng, size // 5), "", "## ROOT CAUSE", "",
                 prose(rng, size // 3), "", "## REMEDIATION AND PREVENTION", "", paragraph(rng), ""]
        lines += [action_bullet(rng, d, task=False) for _ in range(rng.randint(1, 5))]
        lines += ["", "## DETAILED TIMELINE", ""]
        day_of = [d] * n
        for index in range(1, n):
            if ts[index] < ts[index - 1]:
                day_of[index:] = ["%04d-%02d-%02d" % (year, month, day + 1)] * (n - index)
        for t, on, e in zip(ts, day_of, ev):
            lines.append("- %s %s US/Pacific: %s" % (on, defect_time(rng, hhmm(t)), e))
        lines.append("")
        return "\n".join(lines)
    lines = ["# %s %s" % (d, rng.choice(WORDS)), "",
             "| Incident ID | %s %s | Start | %s %s |" % (d, rng.choice(WORDS), d, hhmm(ts[0])), "|---|---|---|---|",
             "| Task | T%d | End | %s %s |" % (rng.randint(100000, 399999), d, hhmm(ts[-1])),
             "| People paged | %d | Responder count | %d |" % (rng.randint(0, 5), rng.randint(1, 9)),
             "| Impact | %s | | |" % sentence(rng), "", paragraph(rng), "", "## Timeline", "", "*All times in UTC.*", ""]
    if rng.random() < 0.3:
        # The timeline told as prose: each sentence opens with its time.
        lines.append(" ".join("At %s, %s." % (hhmm(t), e) for t, e in zip(ts, ev)))
    else:
        for index, (t, e) in enumerate(zip(ts, ev)):
            marker = " **OUTAGE BEGINS**" if index == 0 else " **OUTAGE ENDS**" if index == n - 1 else ""
            lines.append("- %s %s%s" % (defect_time(rng, hhmm(t)), e, marker))
    lines += ["", "## Detection", "", paragraph(rng), "", "## Conclusions", "", prose(rng, size // 4), "",
              "### What went well?", "", "- " + sentence(rng), "", "### What went poorly?", "", "- " + sentence(rng),
              "", "### Where did we get lucky?", "", "- " + sentence(rng), "", "## Actionables", ""]
    for _ in range(rng.randint(1, 5)):
        lines.append("- T%d %s" % (rng.randint(100000, 399999), sentence(rng, rng.randint(4, 9)).rstrip(".")))
    lines.append("")
    return "\n".join(lines)


def notes_style(rng, size):
    """A team's meeting notes kept in a wiki: the date only in the title, the details on one line,
    a timeline as lines joined by <br>, pasted chat lines or a definition list, and action items as
    headings with their fields as bullets, a Who | What | By when table, or bullets with the owner
    and a status or a day without its year in brackets. A tenth of the timelines write dates a
    year off the title's (date-mismatch)."""
    d = date(rng)
    year, month, day = (int(part) for part in d.split("-"))
    n = rng.randint(4, 10)
    ts = times(rng, min(n, 8), rng.randint(8 * 60, 15 * 60))
    n = len(ts)
    ev = events(rng, n)
    people = rng.sample(NAMES, 3)
    lines = ["# %s — %d %s %d" % (sentence(rng, 4).rstrip("."), day, FULL_MONTHS[month - 1], year), "",
             "**Severity:** SEV%d · **Author:** %s · **Status:** %s" % (
                 rng.randint(1, 4), people[0].title(), rng.choice(["Draft", "Final", "Reviewed"])), "",
             "## Summary", "", prose(rng, size // 4), "", "## Timeline", ""]
    shape = rng.randrange(3)
    if shape == 0:
        written = d if rng.random() < 0.9 else "%04d-%02d-%02d" % (year - 1, month, day)
        lines.append("<br>".join("%s %s UTC %s" % (written, defect_time(rng, hhmm(t)), e) for t, e in zip(ts, ev)))
    elif shape == 1:
        lines += ["[%s] %s: %s" % (ampm(t).replace("AM", " AM").replace("PM", " PM"), rng.choice(people), e)
                  for t, e in zip(ts, ev)]
        lines += ["", "All times %s." % rng.choice(["US/Eastern", "UTC", "Berlin time", "UK time"])]
    else:
        lines += ["All times UTC.", ""]
        for t, e in zip(ts, ev):
            lines += [defect_time(rng, hhmm(t)), ": " + e, ""]
    lines += ["", "## Root cause", "", prose(rng, size // 3), "", "## Action items", ""]
    items = rng.randint(1, 4)
    shape = rng.randrange(3)
    if shape == 0:
        for index in range(items):
            lines += ["### AI-%d: %s" % (index + 1, sentence(rng, rng.randint(4, 8)).rstrip(".")), "",
                      "- **Owner:** %s" % rng.choice(people).title(), "- **Due:** %s" % d,
                      "- **Status:** %s" % rng.choice(["Open", "In progress", "Done"]), ""]
    elif shape == 1:
        lines += ["| Who | What | By when |", "|---|---|---|"]
        for _ in range(items):
            lines.append("| %s | %s | %s |" % (rng.choice(people).title(), sentence(rng, rng.randint(4, 8)).rstrip("."),
                                               rng.choice([d, "End of " + FULL_MONTHS[month % 12]])))
    else:
        for _ in range(items):
            lines.append("- %s (%s, %s)" % (sentence(rng, rng.randint(4, 8)).rstrip("."), rng.choice(people).title(),
                                            rng.choice(["done", "in progress", "by %d/%d" % (month % 12 + 1, 15)])))
    lines += ["", "## Lessons learned", "", "- " + sentence(rng), ""]
    return "\n".join(lines)


LOCAL_MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}


def overview_style(rng, size):
    """Reports whose details open an "## Overview" section (bold-label bullets, or a table with the
    keys as its header row), dated in the team's language ("5 de marzo de 2024", "5. März 2024",
    "2024年3月5日"), with bold times over bullets saying what happened, a story told as "At 14:05 …"
    sentences where there is no timeline heading, and items as "title, Owner, date" rows."""
    d = date(rng)
    year, month, day = (int(part) for part in d.split("-"))
    language = rng.choice(["es", "fr", "de", "ja", "en"])
    written = {
        "es": "%d de %s de %d" % (day, LOCAL_MONTHS["es"][month - 1], year),
        "fr": "%d %s %d" % (day, LOCAL_MONTHS["fr"][month - 1], year),
        "de": "%d. %s %d" % (day, LOCAL_MONTHS["de"][month - 1], year),
        "ja": "%d年%d月%d日" % (year, month, day),
        "en": d,
    }[language]
    n = rng.randint(4, 9)
    ts = times(rng, n, rng.randint(6 * 60, 16 * 60))
    ev = events(rng, n)
    people = rng.sample(NAMES, 2)
    lines = ["# " + sentence(rng, rng.randint(3, 7)).rstrip("."), "", "## Overview", ""]
    severity = "SEV%d" % rng.randint(1, 4)
    if rng.random() < 0.5:
        lines += ["- **Date:** " + written, "- **Severity:** " + severity,
                  "- **Authors:** " + ", ".join(p.title() for p in people), ""]
    else:
        lines += ["| Date | Severity | Author |", "|---|---|---|",
                  "| %s | %s | %s |" % (written, severity, people[0].title()), ""]
    lines += [prose(rng, size // 4), ""]
    if rng.random() < 0.3:
        # No timeline heading: the story tells it.
        lines += ["## What happened", "", "All times UTC. " + " ".join(
            "%s %s, %s." % (rng.choice(["At", "By", "Around"]), hhmm(t), e[0].lower() + e[1:]) for t, e in zip(ts, ev)), ""]
    else:
        lines += ["## Timeline (UTC)", ""]
        for t, e in zip(ts, ev):
            lines += ["**%sZ**" % defect_time(rng, hhmm(t)), "- " + e, ""]
    lines += ["## Root cause", "", prose(rng, size // 3), "", "## Action items", ""]
    for _ in range(rng.randint(1, 4)):
        owner = rng.choice(people).title() if rng.random() < 0.85 else ""
        lines.append("- %s%s, %s" % (sentence(rng, rng.randint(4, 8)).rstrip(".").replace(",", ""),
                                     ", " + owner if owner else "", d))
    lines += ["", "## Lessons learned", "", "- " + sentence(rng), ""]
    return "\n".join(lines)


def wrapped(text, width=88):
    """`text` broken into lines of at most `width` characters, as editors wrap prose."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    return "\n".join(lines + [line])


def blog_style(rng, size):
    """Reports published on a blog: front matter dated the day they were written (a few days after
    the incident), a lede that states the window ("On March 3rd, 2024, between 14:02 and 15:47
    UTC, …", a quarter ending at a time the story does not reach), the story told in wrapped
    sentences with times inside them ("The rollback completed at 15:20 and error rates returned to
    normal by 15:47."), a list in four-digit times ("- 0905: …"), or a Japanese report (概要 with
    its span and "約65分間", タイムライン, 対応策); follow-ups with dashed field bullets."""
    d = date(rng)
    year, month, day = (int(part) for part in d.split("-"))
    written = datetime.date(year, month, day) + datetime.timedelta(days=rng.randint(1, 4))
    n = rng.randint(4, 8)
    ts = times(rng, n, rng.randint(6 * 60, 15 * 60))
    ev = events(rng, n)
    people = rng.sample(NAMES, 3)
    minutes = ts[-1] - ts[0] if ts[-1] >= ts[0] else ts[-1] + 1440 - ts[0]
    end = ts[-1] if rng.random() < 0.75 else (ts[-1] + rng.randint(20, 60)) % 1440
    if rng.random() < 0.2:
        lines = ["# " + sentence(rng, 4).rstrip(".") + " 障害報告", "", "**日付:** %d年%d月%d日" % (year, month, day),
                 "**作成者:** " + "、".join(p.title() for p in people[:2]), "", "## 概要", "",
                 "%d年%d月%d日 %s〜%s（JST）の約%d分間、%sが利用できない状態となりました。" % (
                     year, month, day, hhmm(ts[0]), hhmm(end), minutes, rng.choice(WORDS)), "",
                 prose(rng, size // 4), "", "## タイムライン", ""]
        lines += ["- %s %s" % (defect_time(rng, hhmm(t)), e) for t, e in zip(ts, ev)]
        lines += ["", "## 根本原因", "", prose(rng, size // 3), "", "## 対応策", ""]
        lines += ["- [ ] %s（担当: @%s、期限: %s）" % (sentence(rng, 5).rstrip("."), rng.choice(people), d)
                  for _ in range(rng.randint(1, 4))]
        return "\n".join(lines + [""])
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    lines = ["---", "layout: post", 'title: "Incident report: %s"' % sentence(rng, 5).rstrip("."),
             "date: %s 10:00:00 +0000" % written.isoformat(), "author: " + people[0].title(), "---", ""]
    if rng.random() < 0.3:
        lines += ["**%s %d %s UTC (lasting %d minutes)**" % (FULL_MONTHS[month - 1], day, hhmm(ts[0]), minutes), ""]
    opening = sentence(rng)
    lines += [wrapped("On %s %d%s, %d, between %s and %s UTC, %s %s" % (
        FULL_MONTHS[month - 1], day, ordinal, year, hhmm(ts[0]), hhmm(end), opening[0].lower() + opening[1:],
        paragraph(rng, 2))), "", prose(rng, size // 5), ""]
    if rng.random() < 0.3:
        lines += ["## Timeline (UTC)", ""]
        lines += ["- %s: %s" % (defect_time(rng, hhmm(t)).replace(":", ""), e) for t, e in zip(ts, ev)]
    else:
        story = ["At %s UTC %s." % (hhmm(ts[0]), ev[0][0].lower() + ev[0][1:])]
        story += ["By %s %s." % (hhmm(t), e[0].lower() + e[1:]) for t, e in zip(ts[1:-2], ev[1:-2])]
        story.append(sentence(rng, 9))
        story.append("The rollback completed at %s and error rates returned to normal by %s." % (
            hhmm(ts[-2]), hhmm(ts[-1])))
        lines += ["## What happened", "", wrapped(" ".join(story))]
    lines += ["", "## Why it happened", "", prose(rng, size // 3), "", "## What we're doing about it", ""]
    for _ in range(rng.randint(1, 4)):
        lines.append("* " + sentence(rng, rng.randint(4, 8)).rstrip("."))
        if rng.random() < 0.85:
            due = (written + datetime.timedelta(days=rng.randint(7, 60))).isoformat()
            lines += ["  * owner — @" + rng.choice(people), "  * due - " + rng.choice([due, "end of " + FULL_MONTHS[month % 12]])]
    return "\n".join(lines + [""])


STYLES = [seed_style, sre_style, pagerduty_style, front_matter_style, setext_style, atlassian_style,
          wiki_export_style, review_style, notes_style, overview_style, blog_style]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    output = sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20250429
    os.makedirs(output, exist_ok=True)
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        # Sizes spread from 2 to 20 KB, most around 6-10 KB.
        size = int(min(20000, max(2000, rng.lognormvariate(8.8, 0.5))))
        text = STYLES[index % len(STYLES)](rng, size)
        folder = os.path.join(output, "%02d" % (index % 100))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "pm-%05d.md" % index), "w", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
