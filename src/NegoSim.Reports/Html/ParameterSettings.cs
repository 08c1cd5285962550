using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Html;

/// <summary>
/// What a report was made with: the scenario's parameters, each at the value it had (a <c>--set</c> value, a grid's
/// varied axis, or its default). A line at the top of the page, so that a projected report says it at once, and a
/// table at the end with each default and meaning.
/// </summary>
public static class ParameterSettings
{
    /// <summary>The line at the top: the varied axes (in their order), the parameters not at their default, and how many are at their defaults.</summary>
    public static HtmlReport Summary(HtmlReport page, IReadOnlyList<ScenarioParameter> parameters, IReadOnlyCollection<string>? varied = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(parameters);
        // The varied axes first (parameters or paths such as parties.kyiv.strategy), then the parameters set.
        var changed = (varied ?? []).Select(name => $"{name} varied").ToList();
        var unchanged = 0;
        foreach (var p in parameters.Where(p => varied?.Contains(p.Name) != true))
        {
            if (p.Value != p.Default)
            {
                changed.Add($"{p.Name} = {p.Value} (default {p.Default})");
            }
            else
            {
                unchanged++;
            }
        }

        var rest = parameters.Count == 0 ? "this scenario has no parameters"
            : unchanged == parameters.Count ? "every parameter at its default"
            : unchanged == 0 ? ""
            : unchanged == 1 ? "the other parameter at its default"
            : $"the other {unchanged} parameters at their defaults";
        return page.Paragraph("Made with: " + string.Join("; ", changed.Append(rest).Where(t => t.Length > 0)) + ".", "settings");
    }

    /// <summary>The table at the end: every parameter, its value, its default and what it is.</summary>
    public static HtmlReport Table(HtmlReport page, IReadOnlyList<ScenarioParameter> parameters, IReadOnlyCollection<string>? varied = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(parameters);
        return page.Table("parameters", ["parameter", "value", "default", "what it is"], parameters.Select(p => (IReadOnlyList<string>)
            [p.Name, varied?.Contains(p.Name) == true ? "varied (see the grid)" : p.Value, p.Default, p.Description]));
    }
}
