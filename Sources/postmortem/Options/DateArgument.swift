import ArgumentParser
import PostmortemKit

/// A `YYYY-MM-DD` command-line value such as `--today 2025-05-01`.
struct DateArgument: ExpressibleByArgument {
  var date: CalendarDate

  init?(argument: String) {
    guard argument.count == 10, case .valid(let date) = DateParser.parse(argument) else { return nil }
    self.date = date
  }

  static var defaultCompletionKind: CompletionKind { .default }
}
