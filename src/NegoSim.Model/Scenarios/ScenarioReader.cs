using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// Compiles a scenario's text (<see cref="ScenarioSource"/>; docs/scenario-format.md) into a playable <see cref="Scenario"/>. Every problem is a
/// <see cref="ScenarioException"/> naming file:line:col (or the --set that caused it), the path, what was found and what is allowed.
/// </summary>
public static class ScenarioReader
{
    private static readonly string[] TopKeys = ["extends", "name", "description", "parameters", "terms", "fallbacks", "parties", "protocol", "events"];
    private static readonly string[] ProtocolKeys = ["order", "deadline", "stop-after", "ratification", "breakdown", "proposer"];

    /// <summary>Compiles a scenario from its text, with its <c>--set</c> and <c>--vary</c> values.</summary>
    public static CompiledScenario Read(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var overrides = source.Sets.Select(s => ScenarioOverride.Parse(s)).Concat(source.Varies.Select(v => ScenarioOverride.Parse(v, "--vary"))).ToList();
        return Compile(source, Layers(source), overrides, parts: null);
    }

    /// <summary>The parsed documents of a source's files, nearest first.</summary>
    internal static List<Layer> Layers(ScenarioSource source) =>
        Layers(source.Files[0], [], (path, _) => source.Files.FirstOrDefault(f => f.Path == path));

    /// <summary>Compiles parsed documents with their overrides; <paramref name="parts"/>, if given, shares parts with earlier compilations.</summary>
    internal static CompiledScenario Compile(ScenarioSource source, IReadOnlyList<Layer> layers, IReadOnlyList<ScenarioOverride> overrides, CompiledParts? parts)
    {
        var (scenario, parameters, context) = Compile(source.File, layers, overrides, parts);
        var events = Events(context, layers, scenario, overrides);
        return new CompiledScenario(source, scenario with { Events = events }, parameters, parts);
    }

    /// <summary>
    /// The files a scenario is made of: <paramref name="file"/> and, through <c>extends</c>, those beneath it, each
    /// given by <paramref name="open"/> (full path, and the <c>file:line:col</c> that names it) or null if there is none.
    /// </summary>
    public static ImmutableArray<SourceFile> Files(SourceFile file, Func<string, string, SourceFile?> open)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(open);
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        Layers(file, [], open, files);
        return files.ToImmutable();
    }

    /// <summary>The document and, through <c>extends</c>, the documents beneath it, nearest first.</summary>
    private static List<Layer> Layers(SourceFile file, HashSet<string> seen, Func<string, string, SourceFile?> open, ImmutableArray<SourceFile>.Builder? collected = null)
    {
        collected?.Add(file);
        var root = Root(file.Name, file.Text);
        var layers = new List<Layer> { new(root, file.Name) };
        if (root is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("extends"), out var extends))
        {
            var location = $"{file.Name}:{extends.Start.Line}:{extends.Start.Column}";
            if (extends is not YamlScalarNode { Value: { Length: > 0 } relative })
            {
                throw new ScenarioException(location, "extends", "expected the path of the scenario file this one builds on, relative to this file.");
            }

            if (relative.Any(char.IsControl))
            {
                throw new ScenarioException(location, "extends", "the path holds a control character (such as a NUL or a line break); give the path of a scenario file.");
            }

            var basePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file.Path) ?? "/", relative));
            if (!seen.Add(file.Path) || seen.Contains(basePath))
            {
                throw new ScenarioException(location, "extends", $"'{relative}' leads back to a file already being read; extends must not form a cycle.");
            }

            var under = open(basePath, location) ?? throw new ScenarioException(location, "", $"{basePath}: no such file.");
            layers.AddRange(Layers(under, seen, open, collected));
        }

        return layers;
    }

    /// <summary>The line and column (from 1) of the first tab in a line's indentation, if any.</summary>
    private static (long Line, long Column)? IndentingTab(string text)
    {
        var number = 0L;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            var indent = line.Length - line.TrimStart(" \t").Length;
            var tab = line[..indent].IndexOf('\t');
            if (tab >= 0)
            {
                return (number, tab + 1);
            }
        }

        return null;
    }

    private static YamlNode Root(string file, string text)
    {
        NestingLimit.Check(text, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            // The parser places a tab used as indentation at 1:1; the first line indented with a tab is where it is.
            var (line, column) = reason.Contains("tab", StringComparison.Ordinal) && IndentingTab(text) is { } tab ? tab : (e.Start.Line, e.Start.Column);
            throw new ScenarioException($"{file}:{line}:{column}", "", $"not valid YAML: {reason}{(reason.Contains("tab", StringComparison.Ordinal) ? " Indent with spaces." : "")}");
        }
        catch (ArgumentException e)
        {
            throw new ScenarioException(file, "", $"not valid YAML: {e.Message} (a key appears twice in one mapping?)");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections.
            throw new ScenarioException(file, "", "not valid YAML: a [ or { is not closed.");
        }

        if (stream.Documents.Count == 0)
        {
            throw new ScenarioException(file, "", "the file is empty; a scenario needs name, terms, parties and protocol.");
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>Says a name is no parameter, with the closest parameter or setting it may have meant, and the parameters there are.</summary>
    private static string UnknownParameter(string name, IReadOnlyCollection<string> parameters)
    {
        var meant = ProtocolKeys.Contains(name) ? $"protocol.{name}" : Suggestion.Closest(name, parameters);
        var known = parameters.Count == 0 ? "this scenario has none" : $"parameters: {string.Join(", ", parameters)}";
        return $"unknown parameter '{name}'{(meant is null ? "" : $"; did you mean '{meant}'?")} ({known}; other settings are paths such as parties.kyiv.reservation or protocol.deadline).";
    }

    /// <summary>
    /// The most utilities a scenario's preferences may come to (deals × negotiators and factions): each is held as a
    /// number while a scenario is analysed or played, so this bounds the memory (about 480 MB).
    /// </summary>
    public const long MostPreferenceValues = 60_000_000;

    private static (Scenario, ImmutableArray<ScenarioParameter>, ReadContext) Compile(
        string file, IReadOnlyList<Layer> layers, IReadOnlyList<ScenarioOverride> overrides, CompiledParts? parts)
    {
        var context = new ReadContext(file, parts);
        var root = ScenarioNode.Root(context, layers);
        var top = root.Fields(TopKeys);
        var parameters = Parameters(context, top.Optional("parameters"), overrides);
        foreach (var change in overrides.Where(o => !o.Name.Contains('.', StringComparison.Ordinal) && !context.IsParameter(o.Name) && !TopKeys.Contains(o.Name)))
        {
            throw new ScenarioException(change.Origin ?? file, change.Name, UnknownParameter(change.Name, context.ParameterNames));
        }

        top = root.Fields(TopKeys);
        var name = top.Required("name", "a title for the scenario").Text();
        var description = top.Optional("description")?.Text() ?? "";
        var space = top.Required("terms", "the issues on the table, each {options: [...]} or {range: [min, max], step: s}").Shared(TermsReader.Read);
        space = parts?.Intern(space) ?? space;
        var protocolNode = top.Required("protocol", "order, deadline and ratification").Fields(ProtocolKeys);
        var rule = protocolNode.Optional("ratification") is { } ruleNode ? ruleNode.Shared(n => RatificationRuleReader.Read(n, space), space) : RatificationRule.Always;
        var fallbacks = FallbackReader.Read(top.Optional("fallbacks"), space);
        var (negotiators, ratifiers) = PartyReader.Read(top.Required("parties", "the negotiators and ratifiers"), space, rule, fallbacks);
        var tablesValues = (long)space.Count * (negotiators.Length + ratifiers.Sum(r => r.Factions.Length));
        if (tablesValues > MostPreferenceValues)
        {
            throw top.Required("parties", "the negotiators and ratifiers").Error(
                $"{space.Count:N0} deals × {negotiators.Length + ratifiers.Sum(r => r.Factions.Length):N0} preferences (negotiators and factions) is {tablesValues:N0} utilities to hold, above the {MostPreferenceValues:N0} (about {MostPreferenceValues * 8 / 1_000_000:N0} MB) negosim holds; fewer factions (merge the small ones) or a coarser outcome space.");
        }

        var protocol = Protocol(protocolNode, negotiators.Select(n => n.Name).ToList());
        if (protocolNode.Optional("ratification") is { } explicitRule && ratifiers.IsEmpty && explicitRule.Text() != "never")
        {
            throw explicitRule.Error("ratification is set but no party has role: ratifier.");
        }

        foreach (var unplaced in context.Unplaced)
        {
            throw new ScenarioException(unplaced.Origin ?? file, unplaced.Name,
                $"no parameter or setting of that name; parameters: {(context.ParameterNames.Count == 0 ? "none" : string.Join(", ", context.ParameterNames))}; paths look like parties.kyiv.reservation.");
        }

        var texts = Texts(context, layers, top);

        // A parameter no $name uses (a file that extends another replaced every one) changes nothing: it is not the
        // scenario's parameter (not listed, not in a run's header), and setting it is refused rather than ignored.
        var unused = parts?.NeverUsed(context.Used, parameters) ?? [.. parameters.Select(p => p.Name).Where(name => !context.Used.Contains(name))];
        if (unused.Count > 0)
        {
            foreach (var change in overrides.Where(o => unused.Contains(o.Name)))
            {
                throw new ScenarioException(change.Origin ?? file, change.Name,
                    $"the parameter '{change.Name}' is used nowhere in this scenario as read: no ${change.Name} is left (a file that extends another replaced every one), so setting it would change nothing.");
            }

            parameters = [.. parameters.Where(p => !unused.Contains(p.Name))];
        }

        var scenario = new Scenario(name, description, space, negotiators, ratifiers, protocol, [], texts);
        return (scenario, parameters, context);
    }

    /// <summary>The descriptions and briefings, read again only when what they depend on changed (see <see cref="CompiledParts.Texts"/>).</summary>
    private static ScenarioTexts Texts(ReadContext context, IReadOnlyList<Layer> layers, ScenarioFields top)
    {
        ScenarioTexts Read() => TextsReader.Read(top.Required("terms", "the issues on the table"), top.Required("parties", "the negotiators and ratifiers"));
        if (context.Parts is not { } parts)
        {
            return Read();
        }

        var paths = context.PathOverrides;
        var values = new List<string>();
        foreach (var yaml in layers.Select(l => l.Yaml).Concat(paths.Select(p => p.Value)))
        {
            foreach (var name in parts.TextParametersIn(yaml))
            {
                values.Add(name);
                values.Add(context.TryGetParameter(name, out var value) ? value.Text : "");
            }
        }

        return parts.Texts(paths, [.. values], Read);
    }

    private static ImmutableArray<ScenarioParameter> Parameters(ReadContext context, ScenarioNode? node, IReadOnlyList<ScenarioOverride> overrides)
    {
        // The declarations depend on the files only (overrides are placed after them): a template reads them once.
        var parameters = context.Parts is { } parts ? parts.Declarations(() => Declarations(node)) : Declarations(node);
        foreach (var (parameter, _) in parameters)
        {
            context.DeclareParameter(parameter.Name, new ParameterValue(parameter.Default, null));
        }

        foreach (var change in overrides)
        {
            if (context.IsParameter(change.Name))
            {
                var text = change.Value is YamlScalarNode { Value: { } v }
                    ? v
                    : throw new ScenarioException(change.Origin ?? context.File, change.Name, "a parameter takes a single value.");
                context.DeclareParameter(change.Name, new ParameterValue(text, change.Origin));
            }
            else
            {
                context.AddPathOverride(change);
            }
        }

        var checkedParameters = new ScenarioParameter[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            checkedParameters[i] = CheckRange(context, parameters[i].Parameter, parameters[i].Node);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(checkedParameters);
    }

    /// <summary>The parameters the files declare, each with the node of its default (where a refusal of its value points).</summary>
    private static List<(ScenarioParameter Parameter, ScenarioNode Node)> Declarations(ScenarioNode? node)
    {
        var parameters = new List<(ScenarioParameter Parameter, ScenarioNode Node)>();
        foreach (var (name, declaration) in node?.Fields().Entries ?? [])
        {
            if (!ScenarioNode.IsName(name))
            {
                throw declaration.Error($"'{name}' is not a usable parameter name: use letters, digits, '-' and '_', starting with a letter.");
            }

            if (ReservedNames.Problem(name, "parameter") is { } reserved)
            {
                throw declaration.Error(reserved);
            }

            var fields = declaration.Yaml is YamlScalarNode ? null : declaration.Fields("default", "range", "description");
            var defaultNode = fields is null ? declaration : fields.Required("default", "the value used unless --set changes it");
            var defaultText = RawText(defaultNode);
            double? min = null, max = null;
            if (fields?.Optional("range") is { } rangeNode)
            {
                var bounds = rangeNode.Items();
                if (bounds.Count != 2)
                {
                    throw rangeNode.Error("a range is [min, max].");
                }

                (min, max) = (bounds[0].Number(), bounds[1].Number());
            }

            var description = fields?.Optional("description")?.Text() ?? "";
            parameters.Add((new ScenarioParameter(name, defaultText, defaultText, min, max, description), defaultNode));
        }

        return parameters;
    }

    private static ScenarioParameter CheckRange(ReadContext context, ScenarioParameter parameter, ScenarioNode node)
    {
        context.TryGetParameter(parameter.Name, out var value);
        var checkedParameter = parameter with { Value = value!.Text };
        return checkedParameter.Refusal(value.Text) is { } refusal
            ? throw new ScenarioException(value.Origin ?? node.Location, $"parameters.{parameter.Name}", refusal)
            : checkedParameter;
    }

    private static string RawText(ScenarioNode node) =>
        node.Yaml is YamlScalarNode { Value: { } text } ? text : throw node.Error("a parameter's default is a single value.");

    private static ProtocolSettings Protocol(ScenarioFields fields, List<string> negotiators)
    {
        var deadline = fields.Required("deadline", "the last round, e.g. deadline: 12").Integer(1, 100_000);
        var stopAfter = fields.Optional("stop-after")?.Integer(1, deadline);
        var breakdown = fields.Optional("breakdown")?.Number(0, 0.999999, "a probability from 0 to below 1") ?? 0;
        var order = negotiators;
        if (fields.Optional("order") is { } orderNode)
        {
            order = [.. orderNode.Items().Select(i => i.Text())];
            foreach (var name in order.Where(n => !negotiators.Contains(n)))
            {
                throw orderNode.Error($"'{name}' is not a negotiator; negotiators: {string.Join(", ", negotiators)}.");
            }

            if (order.Count != negotiators.Count || order.Distinct().Count() != order.Count)
            {
                throw orderNode.Error($"list every negotiator once, in the order they propose; negotiators: {string.Join(", ", negotiators)}.");
            }
        }

        var recognition = fields.Optional("proposer") is { } proposerNode ? RecognitionOf(proposerNode, order) : default;
        return new ProtocolSettings([.. order], deadline, stopAfter, breakdown, recognition);
    }

    /// <summary>
    /// <c>proposer: alternating</c> (the default: in turn, in <c>order</c>), <c>random</c> (each round's proposer drawn,
    /// every negotiator as likely) or <c>{random: {PARTY: P, …}}</c> (drawn with these probabilities, which sum to 1).
    /// </summary>
    private static ImmutableArray<double> RecognitionOf(ScenarioNode node, List<string> order)
    {
        if (node.Yaml is not YamlMappingNode)
        {
            return node.Text() switch
            {
                "alternating" => default,
                "random" => [.. order.Select(_ => 1.0 / order.Count)],
                var other => throw node.Error($"unknown proposer rule '{other}'; allowed: alternating, random, or {{random: {{PARTY: PROBABILITY, …}}}}."),
            };
        }

        var weightsNode = node.Fields("random").Required("random", "each negotiator's chance of being recognised to propose");
        var weights = weightsNode.Fields([.. order]);
        var recognition = order.Select(name => weights.Optional(name)?.Number(0, 1) ?? 0).ToArray();
        if (Math.Abs(recognition.Sum() - 1) > 1e-6)
        {
            throw weightsNode.Error($"the chances of being recognised add up to {recognition.Sum():0.######}; they must add up to 1.");
        }

        return [.. recognition];
    }

    private static ImmutableArray<ScenarioEvent> Events(ReadContext context, IReadOnlyList<Layer> layers, Scenario scenario, IReadOnlyList<ScenarioOverride> overrides)
    {
        var eventsNode = ScenarioNode.Root(context, layers).Fields(TopKeys).Optional("events");
        if (eventsNode is null)
        {
            return [];
        }

        var events = ImmutableArray.CreateBuilder<ScenarioEvent>();
        var cumulative = overrides.ToList();

        // Talks reopened after a rejection go on past the deadline: an event may fall in them (an election between votes).
        var lastPossible = scenario.Protocol.Deadline + scenario.Ratifiers.Sum(r => r.Reopening is { } reopening ? reopening.Rounds * reopening.Times : 0);
        var lastRound = 1;
        foreach (var eventNode in eventsNode.Items())
        {
            var fields = eventNode.Fields("round", "set", "note");
            var roundNode = fields.Required("round", "the round at whose start the change takes effect");
            var round = roundNode.Integer(1, lastPossible);
            if (round < lastRound)
            {
                throw roundNode.Error($"events must be in round order; round {round} comes after round {lastRound}.");
            }

            lastRound = round;
            var setNode = fields.Required("set", "what changes, e.g. {parties.kyiv.reservation: 0.45} or {guarantee_weight: 0.6}");
            foreach (var (name, value) in setNode.Fields().Entries)
            {
                if (!context.IsParameter(name) && !name.StartsWith("parties.", StringComparison.Ordinal))
                {
                    throw value.Error($"an event may change parameters and parties.* settings only; '{name}' is neither.");
                }

                cumulative.Add(value.AsOverride(name));
            }

            var phase = PhaseAt(context, layers, cumulative, scenario, setNode);
            events.Add(new ScenarioEvent(round, fields.Optional("note")?.Text() ?? "", phase.Negotiators, phase.Ratifiers));
        }

        return events.ToImmutable();
    }

    private static Scenario PhaseAt(ReadContext context, IReadOnlyList<Layer> layers, IReadOnlyList<ScenarioOverride> overrides, Scenario baseScenario, ScenarioNode setNode)
    {
        var (phase, _, _) = Compile(context.File, layers, overrides, context.Parts);
        var sameTerms = phase.Space.Terms.SequenceEqual(baseScenario.Space.Terms, TermComparer.Instance);
        if (!sameTerms || phase.Protocol.Deadline != baseScenario.Protocol.Deadline || !phase.Protocol.Order.SequenceEqual(baseScenario.Protocol.Order)
            || !phase.Negotiators.Select(n => n.Name).SequenceEqual(baseScenario.Negotiators.Select(n => n.Name))
            || !phase.Ratifiers.Select(r => r.Name).SequenceEqual(baseScenario.Ratifiers.Select(r => r.Name)))
        {
            throw setNode.Error("an event may change the parties' preferences, not the terms, the protocol or who takes part.");
        }

        return phase;
    }
}
