using NegoSim.Model.Strategies;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// Reads <c>strategy:</c> (or <c>bidding:</c>) as a word (<c>boulware</c>) or a mapping (<c>{kind: time-dependent,
/// exponent: 0.5}</c>, <c>{kind: tit-for-tat, imitate: averaged, window: 3}</c>).
/// </summary>
internal static class StrategyReader
{
    public const string Kinds = "boulware, linear, conceder, hardliner, tit-for-tat (with imitate and window), micro, time-dependent (with exponent)";

    private const string Imitations = "absolute (as much as their latest offer gained it), averaged (the mean gain over their last window offers), relative (the share of the gap they closed)";

    public static Strategy Read(ScenarioNode? node)
    {
        if (node is null)
        {
            return TimeDependentStrategy.Linear;
        }

        if (node.Yaml is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return Of(node, node.Text(), null, null, null);
        }

        var fields = node.Fields("kind", "exponent", "imitate", "window");
        var kindNode = fields.Required("kind", Kinds);
        return Of(kindNode, kindNode.Text(), fields.Optional("exponent"), fields.Optional("imitate"), fields.Optional("window"));
    }

    private static Strategy Of(ScenarioNode kindNode, string kind, ScenarioNode? exponentNode, ScenarioNode? imitateNode, ScenarioNode? windowNode)
    {
        if (kind != "time-dependent" && exponentNode is not null)
        {
            throw exponentNode.Error($"exponent goes with kind: time-dependent; '{kind}' has its own.");
        }

        if (kind != "tit-for-tat" && (imitateNode ?? windowNode) is { } misplaced)
        {
            throw misplaced.Error($"imitate and window go with kind: tit-for-tat, not '{kind}'.");
        }

        return kind switch
        {
            "boulware" => TimeDependentStrategy.Boulware,
            "linear" => TimeDependentStrategy.Linear,
            "conceder" => TimeDependentStrategy.Conceder,
            "hardliner" => HardlinerStrategy.Instance,
            "micro" => MicroStrategy.Instance,
            "tit-for-tat" => TitForTat(imitateNode, windowNode),
            "time-dependent" => new TimeDependentStrategy(
                (exponentNode ?? throw kindNode.Error("time-dependent needs an exponent e > 0 (0.2 Boulware, 1 linear, 2 conceder)."))
                    .Number(double.Epsilon, double.PositiveInfinity, "a number above 0")),
            _ => throw kindNode.Error($"unknown strategy '{kind}'; allowed: {Kinds}."),
        };
    }

    private static TitForTatStrategy TitForTat(ScenarioNode? imitateNode, ScenarioNode? windowNode)
    {
        var imitation = imitateNode?.Text() switch
        {
            null or "absolute" => Imitation.Absolute,
            "averaged" => Imitation.Averaged,
            "relative" => Imitation.Relative,
            var other => throw imitateNode.Error($"unknown imitation '{other}'; allowed: {Imitations}."),
        };
        if (windowNode is not null && imitation != Imitation.Averaged)
        {
            throw windowNode.Error("window goes with imitate: averaged (over how many of their latest offers the gains are averaged).");
        }

        return imitation == Imitation.Absolute ? TitForTatStrategy.Instance : new TitForTatStrategy(imitation, windowNode?.Integer(1, 1000) ?? new TitForTatStrategy().Window);
    }
}
