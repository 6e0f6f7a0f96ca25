import Mustache

/// Renders a Mustache template into a new postmortem.
public enum TemplateRenderer {
  /// Renders `template` with `values`. Text is inserted as written (no HTML escaping: the output
  /// is Markdown).
  public static func render(_ template: String, values: TemplateValues, profile: Profile) throws(ConfigurationError)
    -> String
  {
    let compiled: MustacheTemplate
    do {
      compiled = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + template)
    } catch {
      throw ConfigurationError(path: values.template, line: nil, message: "invalid Mustache template: \(error)")
    }
    return compiled.render(values.dictionary(profile: profile))
  }
}
