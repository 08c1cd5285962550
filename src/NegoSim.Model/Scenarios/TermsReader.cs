using System.Collections.Immutable;
using System.Globalization;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads a scenario's <c>terms</c>: each an option term or a range term, and what is already on the table.</summary>
internal static class TermsReader
{
    public static OutcomeSpace Read(ScenarioNode node)
    {
        var terms = ImmutableArray.CreateBuilder<Term>();
        foreach (var (name, termNode) in node.Fields().Entries)
        {
            if (!ScenarioNode.IsName(name))
            {
                throw termNode.Error($"'{name}' is not a usable term name: use letters, digits, '-' and '_', starting with a letter.");
            }

            if (ReservedNames.Problem(name, "term") is { } reserved)
            {
                throw termNode.Error(reserved);
            }

            var fields = termNode.Fields("options", "range", "step", "unit", "description", "on-table");
            var onTableNode = fields.Optional("on-table");
            if (fields.Optional("options") is { } optionsNode)
            {
                if (fields.Optional("range") is { } both)
                {
                    throw both.Error("a term has either options or a range, not both.");
                }

                var options = optionsNode.Items().Select(i => i.Text()).ToImmutableArray();
                if (options.IsEmpty)
                {
                    throw optionsNode.Error("list at least one option.");
                }

                if (options.GroupBy(o => o).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
                {
                    throw optionsNode.Error($"option '{duplicate.Key}' is listed twice.");
                }

                terms.Add(OnTable(onTableNode, () => new OptionTerm(name, options, onTableNode is null ? default : [.. onTableNode.Items().Select(i => i.Text())])));
                continue;
            }

            var rangeNode = fields.Required("range", "either options: [a, b, …] or range: [min, max] with a step");
            var bounds = rangeNode.Items();
            if (bounds.Count != 2)
            {
                throw rangeNode.Error("a range is [min, max].");
            }

            var (min, max) = (bounds[0].Number(), bounds[1].Number());
            if (max < min)
            {
                throw rangeNode.Error($"min {min} is above max {max}.");
            }

            var step = fields.Required("step", "the spacing of the grid of values, e.g. step: 50").Number(double.Epsilon, double.PositiveInfinity, "a number above 0");
            var unit = fields.Optional("unit")?.Text();
            if (RangeTerm.CountOf(min, max, step) > RangeTerm.MostValues)
            {
                throw fields.Required("step", "").Error(string.Create(CultureInfo.InvariantCulture, $"{min} to {max} in steps of {step} makes {RangeTerm.CountOf(min, max, step):N0} values; a term may have at most {RangeTerm.MostValues:N0}: use a larger step."));
            }

            var last = min + ((RangeTerm.CountOf(min, max, step) - 1) * step);
            if (Math.Abs(last - max) > 1e-9 * Math.Max(1, Math.Abs(max)))
            {
                throw fields.Required("step", "").Error(string.Create(CultureInfo.InvariantCulture, $"{min} to {max} in steps of {step} ends at {Math.Round(last, 10)}, so max {max} would never be on the table; make the steps land on max (max {Math.Round(last, 10)} or {Math.Round(last + step, 10)}, or a step that divides {max} − {min})."));
            }

            terms.Add(OnTable(onTableNode, () => new RangeTerm(name, min, max, step, unit, onTableNode is null ? default : [.. onTableNode.Items().Select(i => i.Number())])));
        }

        if (terms.Count == 0)
        {
            throw node.Error("list at least one term.");
        }

        try
        {
            return new OutcomeSpace(terms.ToImmutable());
        }
        catch (OutcomeSpaceTooLargeException e)
        {
            throw node.Error(e.Message);
        }
    }

    /// <summary>Makes a term, placing a complaint about its <c>on-table</c> values at that key.</summary>
    private static Term OnTable(ScenarioNode? onTableNode, Func<Term> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e) when (onTableNode is not null)
        {
            throw onTableNode.Error(e.Message);
        }
    }
}
