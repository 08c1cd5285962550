using System.Globalization;
using System.Text;
using System.Text.Json;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop;

/// <summary>
/// Writes an imported domain as an ordinary NegoSim scenario: one term per issue, one negotiator per profile (in the
/// order of its file names, named after the file), weights, values, reservation, and the discount over the
/// negotiation's time turned into one per round for the deadline given.
/// </summary>
public static class ScenarioYaml
{
    private static readonly JsonSerializerOptions Escaping = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ImportedDomain domain, int deadline)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var terms = Names(domain.Issues.Select(i => i.Source), "issue");
        var parties = Names(domain.Profiles.Select(p => p.Name), "party");
        var yaml = new StringBuilder();
        yaml.AppendLine($"# Imported by negosim import from {domain.Format}: {string.Join(", ", domain.Profiles.Select(p => Path.GetFileName(p.File)))}.");
        yaml.AppendLine($"name: {Quote(domain.Name)}");
        yaml.AppendLine($"description: {Quote($"{domain.Format} domain '{domain.Name}' with {domain.Profiles.Length} profiles, imported.")}");
        yaml.AppendLine("terms:");
        foreach (var issue in domain.Issues)
        {
            yaml.AppendLine($"  {terms[issue.Source]}:");
            if (issue.IsNumeric)
            {
                yaml.AppendLine($"    range: [{Number(issue.Low)}, {Number(issue.High)}]");
                yaml.AppendLine($"    step: {Number(issue.Step)}");
            }
            else
            {
                yaml.AppendLine($"    options: [{string.Join(", ", issue.Options.Select(Quote))}]");
            }

            if (terms[issue.Source] != issue.Source)
            {
                yaml.AppendLine($"    description: {Quote($"'{issue.Source}' in the source")}");
            }
        }

        yaml.AppendLine("parties:");
        foreach (var profile in domain.Profiles)
        {
            yaml.AppendLine($"  {parties[profile.Name]}:");
            yaml.AppendLine("    role: negotiator");
            yaml.AppendLine($"    description: {Quote($"the profile {Path.GetFileName(profile.File)}")}");
            var weighted = domain.Issues.Where(i => profile.Weights.GetValueOrDefault(i.Source) > 0 && profile.Values.ContainsKey(i.Source)).ToList();
            yaml.AppendLine($"    weights: {{{string.Join(", ", weighted.Select(i => $"{terms[i.Source]}: {Number(profile.Weights[i.Source])}"))}}}");
            yaml.AppendLine("    values:");
            foreach (var issue in weighted)
            {
                var values = profile.Values[issue.Source];
                yaml.AppendLine(issue.IsNumeric
                    ? $"      {terms[issue.Source]}: {{points: [[{Number(issue.Low)}, {Unit(values.Of("", issue.Low), profile, issue)}], [{Number(issue.High)}, {Unit(values.Of("", issue.High), profile, issue)}]]}}"
                    : $"      {terms[issue.Source]}: {{values: {{{string.Join(", ", issue.Options.Select(o => $"{Quote(o)}: {Unit(values.Of(o, 0), profile, issue)}"))}}}}}");
            }

            yaml.AppendLine($"    reservation: {Number(Math.Clamp(profile.Reservation, 0, 1))}");
            if (profile.Discount is > 0 and < 1)
            {
                // Over the negotiation's time t in [0, 1] a deal is worth d^t of its utility; per round of a
                // deadline-round negotiation that is d^(1/(deadline − 1)).
                yaml.AppendLine($"    discount: {Number(deadline > 1 ? Math.Pow(profile.Discount, 1.0 / (deadline - 1)) : profile.Discount)}  # {Number(profile.Discount)} over the whole negotiation");
            }
        }

        yaml.AppendLine("protocol:");
        yaml.AppendLine($"  order: [{string.Join(", ", domain.Profiles.Select(p => parties[p.Name]))}]");
        yaml.AppendLine($"  deadline: {deadline}");
        yaml.AppendLine("  ratification: never");
        return yaml.ToString();
    }

    /// <summary>A value function's value, which NegoSim takes from 0 to 1.</summary>
    private static string Unit(double value, ImportedProfile profile, ImportedIssue issue) =>
        value is >= -1e-9 and <= 1 + 1e-9
            ? Number(Math.Clamp(value, 0, 1))
            : throw new ScenarioException(profile.File, "", $"issue '{issue.Source}': a utility of {Number(value)}; values from 0 to 1 are supported (GENIUS and GeniusWeb use them so).");

    /// <summary>Each source name as a NegoSim name (letters, digits, '-' and '_', starting with a letter), distinct.</summary>
    private static Dictionary<string, string> Names(IEnumerable<string> sources, string prefix)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var name = new string([.. source.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]).Trim('_');
            name = name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : $"{prefix}_{name}";
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{name}_{n}";
            }

            names[source] = unique;
        }

        return names;
    }

    /// <summary>A double-quoted YAML string (JSON's escapes are YAML's), escaping only what must be.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Escaping);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
