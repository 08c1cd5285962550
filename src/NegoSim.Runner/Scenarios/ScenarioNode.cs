using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Runner.Scenarios;

/// <summary>A node of the scenario document with its dotted path, for reading values and reporting errors where they are.</summary>
internal sealed class ScenarioNode(ReadContext context, YamlNode yaml, string path, string? origin)
{
    public YamlNode Yaml { get; } = yaml;

    public string Path { get; } = path;

    public ReadContext Context { get; } = context;

    public string Location => origin ?? Context.Location(Yaml);

    public ScenarioException Error(string problem) => new(Location, Path, problem);

    /// <summary>The entries of a mapping, with overrides put in place; a key not in <paramref name="allowed"/> is an error.</summary>
    public ScenarioFields Fields(params string[] allowed)
    {
        if (Yaml is not YamlMappingNode mapping)
        {
            throw Error($"expected a mapping ({(allowed.Length > 0 ? string.Join(", ", allowed) : "name: value, …")}), found {Describe()}.");
        }

        var entries = new List<(string, ScenarioNode)>();
        var present = new HashSet<string>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            present.Add(key);
            var child = Child(key, valueNode);
            if (allowed.Length > 0 && !allowed.Contains(key))
            {
                throw new ScenarioException(origin ?? Context.Location(keyNode), child.Path, $"unknown key '{key}'; allowed here: {string.Join(", ", allowed)}.");
            }

            entries.Add((key, child));
        }

        foreach (var (key, value) in Context.NewKeysUnder(Path, present))
        {
            var child = new ScenarioNode(Context, value.Value, Join(key), value.Origin);
            if (allowed.Length > 0 && !allowed.Contains(key))
            {
                throw child.Error($"unknown key '{key}'; allowed here: {string.Join(", ", allowed)}.");
            }

            entries.Add((key, child));
        }

        return new ScenarioFields(this, entries);
    }

    public IReadOnlyList<ScenarioNode> Items()
    {
        if (Yaml is not YamlSequenceNode sequence)
        {
            throw Error($"expected a list, found {Describe()}.");
        }

        return [.. sequence.Children.Select((item, i) => new ScenarioNode(Context, item, $"{Path}[{i}]", origin))];
    }

    /// <summary>A scalar's text, with <c>$parameter</c> replaced by the parameter's value.</summary>
    public string Text()
    {
        if (Yaml is not YamlScalarNode scalar)
        {
            throw Error($"expected a single value, found {Describe()}.");
        }

        var text = scalar.Value ?? "";
        if (!text.StartsWith('$'))
        {
            return text;
        }

        var name = text[1..];
        if (!Context.TryGetParameter(name, out var value))
        {
            var declared = Context.ParameterNames.Count == 0 ? "none are declared" : "declared: " + string.Join(", ", Context.ParameterNames);
            throw Error($"uses parameter '{text}', which is not declared under 'parameters' ({declared}).");
        }

        return value.Text;
    }

    public double Number(double min = double.NegativeInfinity, double max = double.PositiveInfinity, string? allowed = null)
    {
        var text = Text();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error($"expected a number{Range(min, max, allowed)}, found '{text}'{FromParameter()}.");
        }

        if (value < min || value > max)
        {
            throw Error($"{text}{FromParameter()} is out of range; allowed: {allowed ?? RangeText(min, max)}.");
        }

        return value;
    }

    public int Integer(int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Text();
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"expected a whole number{Range(min, max, null)}, found '{text}'{FromParameter()}.");
        }

        if (value < min || value > max)
        {
            throw Error($"{value}{FromParameter()} is out of range; allowed: {RangeText(min, max)}.");
        }

        return value;
    }

    public bool Boolean()
    {
        var text = Text();
        return text switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error($"expected true or false, found '{text}'{FromParameter()}."),
        };
    }

    /// <summary>A name: letters, digits, '-' and '_', starting with a letter.</summary>
    public static bool IsName(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public ScenarioNode Child(string key, YamlNode value)
    {
        var path = Join(key);
        var replacement = Context.TakePathOverride(path);
        return replacement is null
            ? new ScenarioNode(Context, value, path, origin)
            : new ScenarioNode(Context, replacement.Value, path, replacement.Origin);
    }

    private string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private string FromParameter() =>
        Yaml is YamlScalarNode { Value: { } text } && text.StartsWith('$') ? $" (from {text})" : "";

    private string Describe() => Yaml switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "nothing",
    };

    private static string Range(double min, double max, string? allowed) =>
        allowed is not null ? $" ({allowed})"
        : double.IsInfinity(min) && double.IsInfinity(max) ? ""
        : $" in {RangeText(min, max)}";

    private static string RangeText(double min, double max) => (double.IsInfinity(min), double.IsInfinity(max)) switch
    {
        (false, false) => FormattableString.Invariant($"[{min}, {max}]"),
        (false, true) => FormattableString.Invariant($"{min} or more"),
        (true, false) => FormattableString.Invariant($"{max} or less"),
        _ => "any number",
    };
}
