using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Ratification;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads <c>always</c>, <c>never</c> or <c>{when: {term: value or [values], …}}</c>.</summary>
internal static class RatificationRuleReader
{
    public static RatificationRule Read(ScenarioNode node, OutcomeSpace space)
    {
        if (node.Yaml is YamlScalarNode)
        {
            return node.Text() switch
            {
                "always" => RatificationRule.Always,
                "never" => RatificationRule.Never,
                var other => throw node.Error($"expected always, never or {{when: {{term: value}}}}, found '{other}'."),
            };
        }

        var when = node.Fields("when").Required("when", "the terms and values that make a deal need ratification, e.g. {specific_numbers: yes}");
        var conditions = ImmutableArray.CreateBuilder<TermCondition>();
        foreach (var (term, valueNode) in when.Fields().Entries)
        {
            var values = valueNode.Yaml is YamlSequenceNode
                ? valueNode.Items().Select(i => i.Text()).ToImmutableArray()
                : [valueNode.Text()];
            var condition = new TermCondition(term, values);
            try
            {
                condition.Resolve(space);
            }
            catch (ArgumentException e)
            {
                throw valueNode.Error(e.Message);
            }

            conditions.Add(condition);
        }

        if (conditions.Count == 0)
        {
            throw when.Error("name at least one term.");
        }

        return new WhenRule(conditions.ToImmutable());
    }
}
