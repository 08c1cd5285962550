using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads <c>weights</c> and <c>values</c> into a utility function, placing the model's complaints at the right node.</summary>
internal static class PreferenceReader
{
    /// <summary>The utility of a party or faction from its <c>weights</c> and <c>values</c>, shared with earlier compilations that had the same ones.</summary>
    public static UtilityFunction Utility(ScenarioFields fields, OutcomeSpace space) =>
        ScenarioNode.Shared([fields.Optional("weights"), fields.Optional("values")], () => Compile(fields, space), space);

    private static UtilityFunction Compile(ScenarioFields fields, OutcomeSpace space)
    {
        var weightsNode = fields.Required("weights", "a weight for each term the party cares about, e.g. {reimbursement: 0.6, guarantees: 0.4}");
        var weights = new Dictionary<string, double>();
        foreach (var (term, node) in weightsNode.Fields().Entries)
        {
            RequireTerm(node, term, space);
            weights[term] = node.Number(0, double.PositiveInfinity, "zero or a positive number");
        }

        if (weights.Values.Sum() <= 0)
        {
            throw weightsNode.Error("at least one term needs a positive weight.");
        }

        var values = new Dictionary<string, ValueFunction>();
        var valuesNode = fields.Optional("values");
        foreach (var (term, node) in valuesNode?.Fields().Entries ?? [])
        {
            RequireTerm(node, term, space);
            values[term] = ValueFunction(node);
            try
            {
                values[term].Tabulate(space.Terms[space.IndexOfTerm(term)]);
            }
            catch (ArgumentException e)
            {
                throw node.Error(e.Message);
            }
        }

        foreach (var (term, weight) in weights)
        {
            if (weight > 0 && !values.ContainsKey(term))
            {
                throw (valuesNode ?? fields.Owner).Error($"term '{term}' has a weight but no value function; give values.{term}: {{best: …}}, {{at-least: …}}, {{at-most: …}}, {{values: {{…}}}} or {{points: […]}}.");
            }
        }

        var utility = new UtilityFunction(space, weights, values);
        return fields.Owner.Context.Parts?.Intern(utility) ?? utility;
    }

    private static ValueFunction ValueFunction(ScenarioNode node)
    {
        var fields = node.Fields("best", "at-least", "at-most", "worst", "values", "points");
        var kinds = new[] { "best", "at-least", "at-most", "values", "points" }.Where(k => fields.Optional(k) is not null).ToList();
        if (kinds.Count != 1)
        {
            throw node.Error("give exactly one of best, at-least or at-most (each with optional worst), values, or points.");
        }

        if (fields.Optional("worst") is { } worstNode && kinds[0] is "values" or "points")
        {
            throw worstNode.Error("worst goes with best, at-least or at-most.");
        }

        return kinds[0] switch
        {
            "best" => new BestValue(fields.Required("best", "").Text(), fields.Optional("worst")?.Text()),
            "at-least" => new BestValue(fields.Required("at-least", "").Text(), fields.Optional("worst")?.Text(), BestReach.AtLeast),
            "at-most" => new BestValue(fields.Required("at-most", "").Text(), fields.Optional("worst")?.Text(), BestReach.AtMost),
            "values" => new OptionValues(fields.Required("values", "").Fields().Entries
                .ToImmutableDictionary(e => e.Key, e => e.Value.Number(0, 1))),
            _ => new PointsValue([.. fields.Required("points", "").Items().Select(Point)]),
        };
    }

    private static (double X, double V) Point(ScenarioNode node)
    {
        var pair = node.Items();
        if (pair.Count != 2)
        {
            throw node.Error("a point is [x, v]: a term value and its value from 0 to 1.");
        }

        return (pair[0].Number(), pair[1].Number(0, 1));
    }

    private static void RequireTerm(ScenarioNode node, string term, OutcomeSpace space)
    {
        if (space.IndexOfTerm(term) < 0)
        {
            throw node.Error($"'{term}' is not a term; terms: {string.Join(", ", space.Terms.Select(t => t.Name))}.");
        }
    }
}
