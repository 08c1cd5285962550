using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// A node of the scenario document with its dotted path, for reading values and reporting errors where they are.
/// A node may have several layers (a file over the files it extends): mappings merge key by key, the top layer's
/// scalars and lists replace those below.
/// </summary>
internal sealed class ScenarioNode
{
    private readonly IReadOnlyList<Layer> _layers;

    public ScenarioNode(ReadContext context, IReadOnlyList<Layer> layers, string path)
    {
        Context = context;
        _layers = layers;
        Path = path;
    }

    public YamlNode Yaml => _layers[0].Yaml;

    public string Path { get; }

    public ReadContext Context { get; }

    public string Location => _layers[0].Location;

    public ScenarioException Error(string problem) => new(Location, Path, problem);

    /// <summary>The entries of a mapping, merged over the layers, with overrides put in place; a key not in <paramref name="allowed"/> is an error.</summary>
    public ScenarioFields Fields(params string[] allowed)
    {
        if (Yaml is not YamlMappingNode)
        {
            throw Error($"expected a mapping ({(allowed.Length > 0 ? string.Join(", ", allowed) : "name: value, …")}), found {Describe()}.");
        }

        if (!Context.HasPathOverrides && (_layers.Count == 1 || _layers[1].Yaml is not YamlMappingNode))
        {
            return FieldsOfOne((YamlMappingNode)Yaml, allowed);
        }

        var mappings = _layers.TakeWhile(l => l.Yaml is YamlMappingNode).ToList();
        var keys = new List<(string Key, Layer KeyLayer)>();
        var present = new HashSet<string>();
        for (var i = mappings.Count - 1; i >= 0; i--)
        {
            foreach (var keyNode in ((YamlMappingNode)mappings[i].Yaml).Children.Keys)
            {
                var key = KeyOf(mappings[i] with { Yaml = keyNode });
                if (present.Add(key))
                {
                    keys.Add((key, mappings[i] with { Yaml = keyNode }));
                }
            }
        }

        var entries = new List<(string, ScenarioNode)>();
        foreach (var (key, keyLayer) in keys)
        {
            var child = Child(key, mappings);
            if (allowed.Length > 0 && !allowed.Contains(key))
            {
                throw new ScenarioException(child.IsOverridden ? child.Location : keyLayer.Location, child.Path, UnknownKey(key, allowed));
            }

            entries.Add((key, child));
        }

        foreach (var (key, value) in Context.NewKeysUnder(Path, present))
        {
            var child = new ScenarioNode(Context, [Overriding(value)], Join(key));
            if (allowed.Length > 0 && !allowed.Contains(key))
            {
                throw child.Error(UnknownKey(key, allowed));
            }

            entries.Add((key, child));
        }

        return new ScenarioFields(this, entries);
    }

    /// <summary>
    /// <see cref="Fields"/> of a mapping that merges with no other layer, when no path override is set: each entry as
    /// the file has it (what the general case gives then, without its bookkeeping).
    /// </summary>
    private ScenarioFields FieldsOfOne(YamlMappingNode mapping, string[] allowed)
    {
        var entries = new List<(string, ScenarioNode)>(mapping.Children.Count);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : KeyOf(_layers[0] with { Yaml = keyNode });
            var child = new ScenarioNode(Context, [_layers[0] with { Yaml = value }], Join(key));
            if (allowed.Length > 0 && Array.IndexOf(allowed, key) < 0)
            {
                throw new ScenarioException((_layers[0] with { Yaml = keyNode }).Location, child.Path, UnknownKey(key, allowed));
            }

            entries.Add((key, child));
        }

        return new ScenarioFields(this, entries);
    }

    private static string UnknownKey(string key, string[] allowed) =>
        Suggestion.Closest(key, allowed) is { } near
            ? $"unknown key '{key}'; did you mean '{near}'? Allowed here: {string.Join(", ", allowed)}."
            : $"unknown key '{key}'; allowed here: {string.Join(", ", allowed)}.";

    /// <summary>A mapping's key as text; a list or mapping used as a key (<c>? [a, b]: 1</c>) is refused where it stands.</summary>
    private string KeyOf(Layer key) =>
        key.Yaml is YamlScalarNode scalar
            ? scalar.Value ?? ""
            : throw new ScenarioException(key.Location, Path, "a key here is a plain name, not a list or a mapping.");

    public IReadOnlyList<ScenarioNode> Items()
    {
        if (Yaml is not YamlSequenceNode sequence)
        {
            throw Error($"expected a list, found {Describe()}.");
        }

        return [.. sequence.Children.Select((item, i) => new ScenarioNode(Context, [_layers[0] with { Yaml = item }], $"{Path}[{i}]"))];
    }

    /// <summary>
    /// Compiles this part of the document with <paramref name="compile"/>, or, if the context's parts hold a part
    /// compiled from the same inputs, gives that one (see <see cref="Shared{T}(IReadOnlyList{ScenarioNode?}, Func{T}, object[])"/>).
    /// </summary>
    public T Shared<T>(Func<ScenarioNode, T> compile, params object[] inputs)
        where T : class =>
        Shared([this], () => compile(this), inputs);

    /// <summary>
    /// Compiles a part made from <paramref name="nodes"/> (null for one that is absent) with <paramref name="compile"/>,
    /// or, if the context's parts hold a part compiled from the same inputs, gives that one: the same layers (the same
    /// parsed nodes, from the same files or values), the same values of the parameters they and the overrides below
    /// them use, the same overrides below their paths, and the same <paramref name="inputs"/> (compared by value for
    /// strings, else by reference). Only a part that compiled is kept, so a part with a problem is compiled, and
    /// reports it, every time.
    /// </summary>
    public static T Shared<T>(IReadOnlyList<ScenarioNode?> nodes, Func<T> compile, params object[] inputs)
        where T : class
    {
        var context = nodes.FirstOrDefault(n => n is not null)?.Context;
        if (context?.Parts is not { } parts)
        {
            return compile();
        }

        var key = new List<object>(16);
        var used = new List<string>();
        foreach (var node in nodes)
        {
            if (node is null)
            {
                key.Add("\0absent");
                continue;
            }

            key.Add(node.Path);
            foreach (var layer in node._layers)
            {
                key.Add(layer.Yaml);
                key.Add(layer.Source);
                used.AddRange(parts.ParametersIn(layer.Yaml));
            }

            foreach (var below in context.OverridesBelow(node.Path))
            {
                key.Add(below.Name);
                key.Add(below.Value);
                key.Add(below.Origin ?? below.File ?? "");
                used.AddRange(parts.ParametersIn(below.Value));
            }
        }

        if (used.Count > 1)
        {
            used = [.. used.Distinct().Order(StringComparer.Ordinal)];
        }

        foreach (var name in used)
        {
            key.Add(name);
            key.Add(context.TryGetParameter(name, out var value) ? value.Text : "\0undeclared");
        }

        key.AddRange(inputs);
        var inputsKey = key.ToArray();
        if (parts.Subtree(inputsKey) is (T kept, var placed))
        {
            context.Place(placed);
            return kept;
        }

        var before = context.Placed();
        var compiled = compile();
        parts.KeepSubtree(inputsKey, compiled, [.. context.Placed().Except(before)]);
        return compiled;
    }

    /// <summary>A scalar's text, with a plain (unquoted) <c>$parameter</c> replaced by the parameter's value; a quoted <c>"$4.37"</c> is text.</summary>
    public string Text()
    {
        if (Yaml is not YamlScalarNode scalar)
        {
            throw Error($"expected a single value, found {Describe()}.");
        }

        var text = scalar.Value ?? "";
        if (!IsParameterReference(scalar))
        {
            return text;
        }

        var name = text[1..];
        if (!Context.TryGetParameter(name, out var value))
        {
            var declared = Context.ParameterNames.Count == 0 ? "none are declared" : "declared: " + string.Join(", ", Context.ParameterNames);
            throw Error($"uses parameter '{text}', which is not declared under 'parameters' ({declared}).");
        }

        Context.Use(name);
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

    private bool IsOverridden => _layers[0].IsOverride;

    /// <summary>The value under <paramref name="key"/>: an override if one targets it, else the layers that have it, top first, down to the first that does not merge.</summary>
    private ScenarioNode Child(string key, IReadOnlyList<Layer> mappings)
    {
        var path = Join(key);
        if (Context.TakePathOverride(path) is { } replacement)
        {
            return new ScenarioNode(Context, [Overriding(replacement)], path);
        }

        var layers = new List<Layer>();
        foreach (var mapping in mappings)
        {
            if (((YamlMappingNode)mapping.Yaml).Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                layers.Add(mapping with { Yaml = value });
                if (value is not YamlMappingNode)
                {
                    break;
                }
            }
        }

        return new ScenarioNode(Context, layers, path);
    }

    /// <summary>The root of a document and the documents it extends, nearest first.</summary>
    public static ScenarioNode Root(ReadContext context, IReadOnlyList<Layer> layers) => new(context, layers, "");

    private static Layer Overriding(ScenarioOverride value) =>
        value.Origin is not null ? new Layer(value.Value, value.Origin, IsOverride: true) : new Layer(value.Value, value.File ?? "");

    /// <summary>As an override elsewhere (an event's <c>set</c>): the same value, still reported where it is written.</summary>
    public ScenarioOverride AsOverride(string name) =>
        _layers[0].IsOverride ? new ScenarioOverride(name, Yaml, _layers[0].Source) : new ScenarioOverride(name, Yaml, null, _layers[0].Source);

    private string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private string FromParameter() =>
        Yaml is YamlScalarNode scalar && IsParameterReference(scalar) ? $" (from {scalar.Value})" : "";

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

    /// <summary>Whether a scalar names a parameter: written plain (not quoted) and starting with <c>$</c>.</summary>
    public static bool IsParameterReference(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is { } text && text.StartsWith('$');
}
