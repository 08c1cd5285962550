using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop;

/// <summary>
/// Reads GENIUS XML: a domain (<c>negotiation_template</c>) and <c>utility_space</c> profiles. Discrete issues get
/// each item's <c>evaluation</c>, divided by the issue's largest (as GENIUS does); integer and real issues a linear
/// evaluator (<c>offset</c> + <c>slope</c>·x; a real issue is taken in ten steps); weights, <c>reservation</c> and
/// <c>discount_factor</c>. Non-linear utility spaces (ANAC 2014's hyper-rectangles) and other evaluators are refused.
/// </summary>
public static class GeniusXmlReader
{
    /// <summary>How many steps a real-valued issue's range is cut into.</summary>
    public const int RealSteps = 10;

    public static bool IsDomain(XElement root) => root.Name.LocalName == "negotiation_template";

    public static bool IsProfile(XElement root) => root.Name.LocalName == "utility_space";

    public static XElement Parse(InteropFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return XElement.Parse(file.Text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ScenarioException($"{file.Name}:{e.LineNumber}:{e.LinePosition}", "", $"not valid XML: {e.Message.Split(" Line ")[0]}");
        }
    }

    public static ImportedDomain Read(InteropFile domainFile, IReadOnlyList<InteropFile> profileFiles)
    {
        ArgumentNullException.ThrowIfNull(domainFile);
        ArgumentNullException.ThrowIfNull(profileFiles);
        if (profileFiles.Count < 2)
        {
            throw new ScenarioException(domainFile.Name, "", $"a negotiation needs at least two profiles; found {profileFiles.Count}.");
        }

        var domainRoot = Parse(domainFile);
        var objective = domainRoot.Descendants("objective").FirstOrDefault()
            ?? throw new ScenarioException(domainFile.Name, "", "no <objective> with issues in the domain.");
        var issues = ImmutableArray.CreateBuilder<ImportedIssue>();
        foreach (var issue in objective.Elements("issue"))
        {
            issues.Add(Issue(domainFile, issue));
        }

        if (issues.Count == 0)
        {
            throw new ScenarioException(At(domainFile, objective), "", "the domain has no <issue>.");
        }

        var name = objective.Attribute("name")?.Value is { Length: > 0 } objectiveName && objectiveName != "root" ? objectiveName : domainFile.Stem;
        var built = issues.ToImmutable();
        return new ImportedDomain(name, "GENIUS XML", built, [.. profileFiles.Select(f => Shaped(f, () => Profile(f, built)))]);
    }

    private static ImportedIssue Issue(InteropFile file, XElement issue)
    {
        var name = issue.Attribute("name")?.Value ?? throw new ScenarioException(At(file, issue), "", "an <issue> needs a name.");
        var type = issue.Attribute("etype")?.Value ?? issue.Attribute("type")?.Value ?? "discrete";
        switch (type)
        {
            case "discrete":
                var items = issue.Elements("item").Select(i => i.Attribute("value")?.Value ?? throw new ScenarioException(At(file, i), "", "an <item> needs a value.")).ToImmutableArray();
                return items.IsEmpty ? throw new ScenarioException(At(file, issue), "", $"issue '{name}' has no <item>.") : new ImportedIssue(name, items);
            case "integer":
                var (low, high) = Bounds(file, issue);
                return new ImportedIssue(name, [], Math.Round(low), Math.Round(high), 1);
            case "real":
                var (from, to) = Bounds(file, issue);
                return new ImportedIssue(name, [], from, to, to > from ? (to - from) / RealSteps : 1);
            default:
                throw new ScenarioException(At(file, issue), "", $"issue type '{type}' is not supported; supported: discrete, integer, real.");
        }
    }

    private static (double Low, double High) Bounds(InteropFile file, XElement issue)
    {
        var range = issue.Element("range");
        var low = issue.Attribute("lowerbound")?.Value ?? range?.Attribute("lowerbound")?.Value;
        var high = issue.Attribute("upperbound")?.Value ?? range?.Attribute("upperbound")?.Value;
        return low is null || high is null
            ? throw new ScenarioException(At(file, issue), "", "a numeric issue needs lowerbound and upperbound.")
            : (Number(file, issue, low), Number(file, issue, high));
    }

    private static ImportedProfile Profile(InteropFile file, ImmutableArray<ImportedIssue> issues)
    {
        var root = Parse(file);
        if (!IsProfile(root))
        {
            throw new ScenarioException(At(file, root), "", $"<{root.Name.LocalName}> is not a profile; a GENIUS profile is a <utility_space>.");
        }

        if (root.Descendants().FirstOrDefault(e => e.Name.LocalName is "hyperRectangle" or "ufun") is { } nonlinear)
        {
            throw new ScenarioException(At(file, nonlinear), "", $"<{nonlinear.Name.LocalName}>: non-linear utility spaces are not supported; supported: a weighted sum of per-issue evaluations.");
        }

        var objective = root.Descendants("objective").FirstOrDefault() ?? throw new ScenarioException(file.Name, "", "no <objective> in the profile.");
        var byIndex = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = ImmutableDictionary.CreateBuilder<string, ImportedValues>(StringComparer.Ordinal);
        foreach (var issue in objective.Elements("issue"))
        {
            var name = issue.Attribute("name")?.Value ?? "";
            var known = issues.FirstOrDefault(i => i.Source == name) ?? throw new ScenarioException(At(file, issue), "", $"issue '{name}' is not in the domain; its issues: {string.Join(", ", issues.Select(i => i.Source))}.");
            byIndex[issue.Attribute("index")?.Value ?? ""] = name;
            values[name] = known.IsNumeric ? Evaluator(file, issue, known) : Evaluations(file, issue);
        }

        var weights = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var weight in objective.Elements("weight"))
        {
            var index = weight.Attribute("index")?.Value ?? "";
            var name = byIndex.TryGetValue(index, out var issueName) ? issueName : throw new ScenarioException(At(file, weight), "", $"<weight index=\"{index}\"> names no issue of the profile.");
            weights[name] = Number(file, weight, weight.Attribute("value")?.Value ?? "");
        }

        var reservation = root.Element("reservation")?.Attribute("value")?.Value is { } r ? Number(file, root, r) : 0;
        var discount = root.Element("discount_factor")?.Attribute("value")?.Value is { } d ? Number(file, root, d) : 1;
        return new ImportedProfile(file.Stem, file.Name, weights.ToImmutable(), values.ToImmutable(), reservation, discount);
    }

    /// <summary>A discrete issue's evaluations divided by the largest, as GENIUS normalises them.</summary>
    private static ImportedValues Evaluations(InteropFile file, XElement issue)
    {
        var raw = issue.Elements("item").ToDictionary(
            i => i.Attribute("value")?.Value ?? "",
            i => Number(file, i, i.Attribute("evaluation")?.Value ?? throw new ScenarioException(At(file, i), "", "an <item> of a profile needs an evaluation.")),
            StringComparer.Ordinal);
        var largest = raw.Count == 0 ? 0 : raw.Values.Max();
        return new ImportedValues(raw.ToImmutableDictionary(p => p.Key, p => largest > 0 ? p.Value / largest : 0, StringComparer.Ordinal));
    }

    /// <summary>A numeric issue's linear evaluator, offset + slope·x, as a line through its bounds.</summary>
    private static ImportedValues Evaluator(InteropFile file, XElement issue, ImportedIssue known)
    {
        var evaluator = issue.Element("evaluator") ?? throw new ScenarioException(At(file, issue), "", "a numeric issue of a profile needs an <evaluator ftype=\"linear\">.");
        if (evaluator.Attribute("ftype")?.Value != "linear")
        {
            throw new ScenarioException(At(file, evaluator), "", $"evaluator '{evaluator.Attribute("ftype")?.Value}' is not supported; supported: linear (offset and slope).");
        }

        var offset = Number(file, evaluator, evaluator.Attribute("offset")?.Value ?? evaluator.Attribute("parameter0")?.Value ?? "0");
        var slope = Number(file, evaluator, evaluator.Attribute("slope")?.Value ?? evaluator.Attribute("parameter1")?.Value ?? "1");
        return new ImportedValues(null, known.Low, offset + (slope * known.Low), known.High, offset + (slope * known.High));
    }

    /// <summary>Reads with <paramref name="read"/>, turning what GENIUS would not write (an item named twice) into one clear error naming the file.</summary>
    private static T Shaped<T>(InteropFile file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ArgumentException e)
        {
            throw new ScenarioException(file.Name, "", $"not shaped as GENIUS writes it: {e.Message.TrimEnd('.')}. See docs/interop.md for what is read.");
        }
    }

    private static double Number(InteropFile file, XElement at, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ScenarioException(At(file, at), "", $"'{text}' is not a number.");

    private static string At(InteropFile file, XElement element) =>
        element is IXmlLineInfo { LineNumber: > 0 } info ? $"{file.Name}:{info.LineNumber}:{info.LinePosition}" : file.Name;
}
