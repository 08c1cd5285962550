using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop;

/// <summary>
/// Reads GeniusWeb JSON: a domain (<c>{"name", "issuesValues": {ISSUE: {"values": [...]} or {"range": {...}}}}</c>)
/// and <c>LinearAdditiveUtilitySpace</c> profiles (issue utilities as <c>discreteutils</c> or
/// <c>DiscreteValueSetUtilities</c>, <c>numberutils</c> or <c>NumberValueSetUtilities</c>; <c>issueWeights</c>; an
/// optional <c>reservationBid</c>, whose utility is the reservation, or NegMAS's <c>reserved_value</c>; NegMAS's
/// <c>discount_factor</c>). A profile carrying its own domain needs no domain file.
/// </summary>
public static class GeniusWebReader
{
    /// <summary>True when a file's JSON <paramref name="root"/> is a GeniusWeb domain (it has <c>issuesValues</c> at its top).</summary>
    public static bool IsDomain(JsonElement root) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("issuesValues", out _);

    /// <summary>True when the file is a GeniusWeb profile of any kind (one property naming its utility space).</summary>
    public static bool IsProfile(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1 && root.EnumerateObject().First().Name.EndsWith("UtilitySpace", StringComparison.Ordinal);

    public static ImportedDomain Read(InteropFile? domainFile, IReadOnlyList<InteropFile> profileFiles)
    {
        ArgumentNullException.ThrowIfNull(profileFiles);
        if (profileFiles.Count < 2)
        {
            throw new ScenarioException(domainFile?.Name ?? "import", "", $"a negotiation needs at least two profiles; found {profileFiles.Count}.");
        }

        var profiles = profileFiles.Select(f => (File: f, Space: Space(f))).ToList();
        var (domainName, issues) = domainFile is not null
            ? Shaped(domainFile, () => Domain(domainFile, Parse(domainFile)))
            : profiles[0].Space.TryGetProperty("domain", out var embedded)
                ? Shaped(profiles[0].File, () => Domain(profiles[0].File, embedded))
                : throw new ScenarioException(profiles[0].File.Name, "", "the profile carries no domain and no domain file was given; give the domain's .json too.");
        return new ImportedDomain(domainName, "GeniusWeb JSON", issues, [.. profiles.Select(p => Shaped(p.File, () => Profile(p.File, p.Space, issues)))]);
    }

    /// <summary>Reads with <paramref name="read"/>, turning a value of the wrong kind or a missing one into one clear error naming the file.</summary>
    private static T Shaped<T>(InteropFile file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or OverflowException)
        {
            throw new ScenarioException(file.Name, "", $"not shaped as GeniusWeb writes it: {e.Message.TrimEnd('.')}. See docs/interop.md for what is read.");
        }
    }

    /// <summary>The file's JSON, or one error with its line and column.</summary>
    public static JsonElement Parse(InteropFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var document = JsonDocument.Parse(file.Text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ScenarioException($"{file.Name}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}", "", $"not valid JSON: {e.Message.Split(" Path:")[0]}");
        }
    }

    private static JsonElement Space(InteropFile file)
    {
        var root = Parse(file);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("LinearAdditiveUtilitySpace", out var space))
        {
            return space;
        }

        var kind = root.ValueKind == JsonValueKind.Object ? root.EnumerateObject().FirstOrDefault().Name : root.ValueKind.ToString();
        throw new ScenarioException(file.Locate($"\"{kind}\""), "", $"'{kind}' profiles are not supported; supported: LinearAdditiveUtilitySpace (weights times per-issue utilities).");
    }

    private static (string Name, ImmutableArray<ImportedIssue> Issues) Domain(InteropFile file, JsonElement domain)
    {
        if (!domain.TryGetProperty("issuesValues", out var issuesValues) || issuesValues.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException(file.Name, "issuesValues", "missing: the domain's issues, each {\"values\": [...]} or {\"range\": {\"low\", \"high\", \"step\"}}.");
        }

        var issues = ImmutableArray.CreateBuilder<ImportedIssue>();
        foreach (var issue in issuesValues.EnumerateObject())
        {
            if (issue.Value.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                issues.Add(new ImportedIssue(issue.Name, [.. values.EnumerateArray().Select(v => Text(v))]));
            }
            else if (issue.Value.TryGetProperty("range", out var range))
            {
                var low = Number(file, range, "low", "min");
                var high = Number(file, range, "high", "max");
                var step = range.TryGetProperty("step", out _) ? Number(file, range, "step") : 1;
                if (high < low || step <= 0)
                {
                    throw new ScenarioException(file.Locate($"\"{issue.Name}\""), $"issuesValues.{issue.Name}.range", $"low {low}, high {high}, step {step}: a range needs low ≤ high and a step above 0.");
                }

                issues.Add(new ImportedIssue(issue.Name, [], low, high, step));
            }
            else
            {
                throw new ScenarioException(file.Locate($"\"{issue.Name}\""), $"issuesValues.{issue.Name}", "an issue is {\"values\": [...]} or {\"range\": {\"low\", \"high\", \"step\"}}.");
            }
        }

        var name = domain.TryGetProperty("name", out var n) ? Text(n) : file.Stem;
        return (name, issues.ToImmutable());
    }

    private static ImportedProfile Profile(InteropFile file, JsonElement space, ImmutableArray<ImportedIssue> issues)
    {
        if (!space.TryGetProperty("issueWeights", out var weightsNode) || !space.TryGetProperty("issueUtilities", out var utilitiesNode))
        {
            throw new ScenarioException(file.Name, "LinearAdditiveUtilitySpace", "a profile needs issueWeights and issueUtilities.");
        }

        var weights = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var weight in weightsNode.EnumerateObject())
        {
            weights[Known(file, issues, weight.Name)] = Number(weight.Value);
        }

        var values = ImmutableDictionary.CreateBuilder<string, ImportedValues>(StringComparer.Ordinal);
        foreach (var issue in utilitiesNode.EnumerateObject())
        {
            var name = Known(file, issues, issue.Name);
            var kind = issue.Value.EnumerateObject().FirstOrDefault();
            values[name] = kind.Name switch
            {
                "discreteutils" or "DiscreteValueSetUtilities" => new ImportedValues(
                    kind.Value.GetProperty("valueUtilities").EnumerateObject().ToImmutableDictionary(v => v.Name, v => Number(v.Value), StringComparer.Ordinal)),
                "numberutils" or "NumberValueSetUtilities" => new ImportedValues(
                    null,
                    Number(file, kind.Value, "lowValue"),
                    Number(file, kind.Value, "lowUtility"),
                    Number(file, kind.Value, "highValue"),
                    Number(file, kind.Value, "highUtility")),
                var other => throw new ScenarioException(file.Locate($"\"{other}\""), $"issueUtilities.{issue.Name}", $"'{other}' is not supported; supported: discreteutils (DiscreteValueSetUtilities), numberutils (NumberValueSetUtilities)."),
            };
        }

        // NegMAS's extensions, which `negosim export` writes too: a reservation as a number, and a discount over the negotiation's time.
        var reserved = space.TryGetProperty("reserved_value", out var reservedNode) && reservedNode.ValueKind is JsonValueKind.Number or JsonValueKind.String ? Number(reservedNode) : 0;
        var discount = space.TryGetProperty("discount_factor", out var discountNode) && discountNode.ValueKind is JsonValueKind.Number or JsonValueKind.String ? Number(discountNode) : 1;
        var profile = new ImportedProfile(file.Stem, file.Name, weights.ToImmutable(), values.ToImmutable(), reserved, discount);
        if (space.TryGetProperty("reservationBid", out var bid) && bid.ValueKind == JsonValueKind.Object)
        {
            var chosen = bid.TryGetProperty("issuevalues", out var inner) ? inner : bid;
            var reservation = 0.0;
            foreach (var (name, weight) in profile.Weights)
            {
                if (chosen.TryGetProperty(name, out var value) && profile.Values.TryGetValue(name, out var utilities))
                {
                    reservation += weight * utilities.Of(Text(value), value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0);
                }
            }

            profile = profile with { Reservation = reservation / Math.Max(double.Epsilon, profile.Weights.Values.Sum()) };
        }

        return profile;
    }

    private static string Known(InteropFile file, ImmutableArray<ImportedIssue> issues, string name) =>
        issues.Any(i => i.Source == name) ? name : throw new ScenarioException(file.Locate($"\"{name}\""), "", $"issue '{name}' is not in the domain; its issues: {string.Join(", ", issues.Select(i => i.Source))}.");

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static double Number(InteropFile file, JsonElement owner, params string[] names)
    {
        foreach (var name in names)
        {
            if (owner.TryGetProperty(name, out var value))
            {
                return Number(value);
            }
        }

        throw new ScenarioException(file.Name, "", $"missing '{names[0]}' (a number).");
    }
}
