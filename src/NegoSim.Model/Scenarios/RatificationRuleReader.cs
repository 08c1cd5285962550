using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Ratification;
using YamlDotNet.RepresentationModel;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// Reads <c>always</c>, <c>never</c> or <c>{when: {...}}</c>, where a condition is a mapping whose entries must all
/// hold: <c>term: value</c> or <c>term: [values]</c>; <c>term: {above|below|at-least|at-most: number}</c> for a
/// numeric term; <c>any: [conditions]</c> (at least one holds) or <c>all: [conditions]</c>.
/// </summary>
internal static class RatificationRuleReader
{
    private static readonly string[] Comparisons = ["above", "below", "at-least", "at-most"];

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
        return new WhenRule(Conditions(when, space));
    }

    /// <summary>The conditions of one mapping, all of which must hold.</summary>
    private static ImmutableArray<DealCondition> Conditions(ScenarioNode mapping, OutcomeSpace space)
    {
        var conditions = ImmutableArray.CreateBuilder<DealCondition>();
        foreach (var (key, valueNode) in mapping.Fields().Entries)
        {
            var condition = key switch
            {
                "any" => new AnyCondition(Alternatives(valueNode, space)),
                "all" => new AllCondition(Alternatives(valueNode, space)),
                _ => Term(key, valueNode),
            };
            try
            {
                _ = condition.Resolve(space);
            }
            catch (ArgumentException e)
            {
                throw valueNode.Error(e.Message);
            }

            conditions.Add(condition);
        }

        if (conditions.Count == 0)
        {
            throw mapping.Error("name at least one term, or any: / all: with a list of conditions.");
        }

        return conditions.ToImmutable();
    }

    /// <summary>The list under <c>any:</c> or <c>all:</c>: each item a mapping of conditions that must all hold.</summary>
    private static ImmutableArray<DealCondition> Alternatives(ScenarioNode list, OutcomeSpace space)
    {
        if (list.Yaml is not YamlSequenceNode)
        {
            throw list.Error("expected a list of conditions, e.g. any: [{specific_numbers: yes}, {reimbursement: {above: 0}}].");
        }

        var items = list.Items();
        if (items.Count == 0)
        {
            throw list.Error("give at least one condition.");
        }

        return [.. items.Select(item =>
        {
            var conditions = Conditions(item, space);
            return conditions.Length == 1 ? conditions[0] : new AllCondition(conditions);
        })];
    }

    private static DealCondition Term(string term, ScenarioNode valueNode)
    {
        if (valueNode.Yaml is YamlSequenceNode)
        {
            return new TermCondition(term, [.. valueNode.Items().Select(i => i.Text())]);
        }

        if (valueNode.Yaml is not YamlMappingNode)
        {
            return new TermCondition(term, [valueNode.Text()]);
        }

        var fields = valueNode.Fields(Comparisons);
        var comparisons = Comparisons
            .Select(key => (Key: key, Node: fields.Optional(key)))
            .Where(c => c.Node is not null)
            .Select(c => (DealCondition)new TermComparison(term, c.Key switch
            {
                "above" => Comparison.Above,
                "below" => Comparison.Below,
                "at-least" => Comparison.AtLeast,
                _ => Comparison.AtMost,
            }, c.Node!.Number()))
            .ToImmutableArray();
        return comparisons.Length switch
        {
            0 => throw valueNode.Error($"compare '{term}' with a number: give one of {string.Join(", ", Comparisons)}, e.g. {{above: 0}}."),
            1 => comparisons[0],
            _ => new AllCondition(comparisons),
        };
    }
}
