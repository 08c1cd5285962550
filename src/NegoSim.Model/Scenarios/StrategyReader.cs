using NegoSim.Model.Strategies;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads <c>strategy:</c> as a word (<c>boulware</c>) or a mapping (<c>{kind: time-dependent, exponent: 0.5}</c>).</summary>
internal static class StrategyReader
{
    public const string Kinds = "boulware, linear, conceder, hardliner, tit-for-tat, time-dependent (with exponent)";

    public static Strategy Read(ScenarioNode? node)
    {
        if (node is null)
        {
            return TimeDependentStrategy.Linear;
        }

        ScenarioNode kindNode;
        ScenarioNode? exponentNode = null;
        if (node.Yaml is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            kindNode = node;
        }
        else
        {
            var fields = node.Fields("kind", "exponent");
            kindNode = fields.Required("kind", Kinds);
            exponentNode = fields.Optional("exponent");
        }

        var kind = kindNode.Text();
        if (kind != "time-dependent" && exponentNode is not null)
        {
            throw exponentNode.Error($"exponent goes with kind: time-dependent; '{kind}' has its own.");
        }

        return kind switch
        {
            "boulware" => TimeDependentStrategy.Boulware,
            "linear" => TimeDependentStrategy.Linear,
            "conceder" => TimeDependentStrategy.Conceder,
            "hardliner" => HardlinerStrategy.Instance,
            "tit-for-tat" => TitForTatStrategy.Instance,
            "time-dependent" => new TimeDependentStrategy(
                (exponentNode ?? throw kindNode.Error("time-dependent needs an exponent e > 0 (0.2 Boulware, 1 linear, 2 conceder)."))
                    .Number(double.Epsilon, double.PositiveInfinity, "a number above 0")),
            _ => throw kindNode.Error($"unknown strategy '{kind}'; allowed: {Kinds}."),
        };
    }
}
