/// Documents shared by the rules' examples: a complete, clean postmortem for the default profile,
/// and a way to vary it, so that each rule's examples differ from it in one respect only.
public enum RuleExamples {
  /// A postmortem with every section, field and item the default profile asks for.
  public static let clean = """
    # Cache stampede after a deploy

    **Date:** 2024-03-02
    **Severity:** SEV2
    **Authors:** Ana Ortiz, Bo Chen
    **Duration:** 14:05 to 14:50 UTC

    ## Issue Summary

    A deploy flushed the product cache and the database saturated for 45 minutes.

    ## Timeline

    All times UTC.

    - 14:05 deploy starts and flushes the cache
    - 14:09 latency alert fires
    - 14:30 cache warming starts, impact mitigated
    - 14:50 latency back to normal, incident resolved

    ## Root Cause Analysis

    The deploy script flushed the whole cache instead of the changed keys.

    ## Resolution

    The cache was warmed from a replica.

    ## Impact Assessment

    - **Users affected:** about 8% of page views were slow
    - **Duration:** 45 minutes

    ## Action Items

    - [ ] Flush only the changed keys on deploy (owner: @bo, due: 2024-03-15, OPS-12)
    - [x] Warm the cache from a replica (owner: @ana, due: 2024-03-02)

    ## Lessons Learned

    - Cache flushes need a rate limit.
    """

  /// "Today" for the examples, so that date-relative rules give the same answer every day.
  public static let today = CalendarDate(year: 2024, month: 3, day: 5)!

  /// `clean` with `original` replaced by `replacement` (which must occur exactly once).
  public static func clean(replacing original: String, with replacement: String) -> String {
    precondition(
      clean.replacingEvery(original, with: "").utf8.count == clean.utf8.count - original.utf8.count,
      "example text to replace must occur once: \(original)")
    return clean.replacingEvery(original, with: replacement)
  }
}
