using System.Globalization;
using System.Text;
using NegoSim.Model.Analysis;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Analysis;

/// <summary>
/// A legal scenario at the format's limits is analysed in bounded time and memory (issue 35): backward induction that
/// would take minutes is not started, and says why; preferences too many to hold are refused where they are written;
/// an option term of 100,000 options reads in linear time.
/// </summary>
public sealed class AnalysisBoundsTests
{
    [Fact]
    public void A_hundred_thousand_rounds_over_a_million_deals_skip_backward_induction_and_say_why()
    {
        // Two terms of 1,000 values: 1,000,000 deals, each worth at least both reservations (0), no ratifier: backward
        // induction would take 100,000 rounds × 1,000,000 deals = 100,000,000,000 steps.
        var file = SellerAndBuyer(top: 999, deadline: 100_000);

        var theory = OutcomeAnalysis.Analyze(file.Tables);

        Assert.Equal(1_000_000, theory.Outcomes);
        Assert.Null(theory.Equilibrium);
        Assert.Equal(100_000L * 1_000_000, theory.EquilibriumSkipped);
        Assert.StartsWith("not worked out: backward induction would take 100,000,000,000 steps", theory.EquilibriumNotWorkedOut, StringComparison.Ordinal);
        Assert.NotNull(theory.Nash);
    }

    [Fact]
    public void The_bound_on_backward_induction_is_the_user_s_to_raise_and_the_message_says_how()
    {
        // 11 × 11 = 121 deals, all worth at least both reservations (0), deadline 10: 1,210 steps. Allowed 1,209, the
        // equilibrium is not worked out and the message names the option and the number that would do; allowed
        // 1,210, it is the equilibrium the default bound gives.
        var file = SellerAndBuyer(top: 10, deadline: 10, buyerWeightOfA: 2);

        var tooFew = OutcomeAnalysis.Analyze(file.Tables, inductionSteps: 1_209);
        var enough = OutcomeAnalysis.Analyze(file.Tables, inductionSteps: 1_210);
        var byDefault = OutcomeAnalysis.Analyze(file.Tables);

        Assert.Null(tooFew.Equilibrium);
        Assert.Equal(1_210, tooFew.EquilibriumSkipped);
        Assert.Contains("above the 1,209 allowed", tooFew.EquilibriumNotWorkedOut, StringComparison.Ordinal);
        Assert.Contains("allow them with --induction-steps 1210", tooFew.EquilibriumNotWorkedOut, StringComparison.Ordinal);
        Assert.NotNull(enough.Equilibrium);
        Assert.Null(enough.EquilibriumNotWorkedOut);
        Assert.Equal(byDefault.Equilibrium!.Agreement.Deal, enough.Equilibrium.Agreement.Deal);
        Assert.Equal(byDefault.Equilibrium.Round, enough.Equilibrium.Round);
    }

    /// <summary>
    /// A seller and a buyer over two terms of 0…<paramref name="top"/>, each deal worth at least both reservations
    /// (0), no ratifier: backward induction takes <paramref name="deadline"/> × (top + 1)² steps.
    /// </summary>
    private static CompiledScenario SellerAndBuyer(int top, int deadline, int buyerWeightOfA = 1) => ScenarioText.Read("""
        name: seller and buyer
        terms:
          a: {range: [0, TOP], step: 1}
          b: {range: [0, TOP], step: 1}
        parties:
          seller: {role: negotiator, weights: {a: 1, b: 1}, values: {a: {best: TOP}, b: {best: TOP}}}
          buyer: {role: negotiator, weights: {a: WEIGHT, b: 1}, values: {a: {best: 0}, b: {best: 0}}}
        protocol: {order: [seller, buyer], deadline: DEADLINE}
        """
        .Replace("TOP", top.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("WEIGHT", buyerWeightOfA.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("DEADLINE", deadline.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    [Fact]
    public void Preferences_too_many_to_hold_are_refused_at_the_parties()
    {
        // 100,000 deals × (2 negotiators + 600 factions) = 60,200,000 utilities, above the 60,000,000 held.
        var text = new StringBuilder("""
            name: too many factions
            terms:
              a: {range: [0, 999], step: 1}
              b: {range: [0, 99], step: 1}
            parties:
              seller: {role: negotiator, weights: {a: 1}, values: {a: {best: 999}}}
              buyer: {role: negotiator, weights: {a: 1}, values: {a: {best: 0}}}
              house:
                role: ratifier
                ratifies: buyer
                threshold: 1
                factions:

            """);
        for (var f = 0; f < 600; f++)
        {
            text.Append("      f").Append(f).Append(": {seats: 1, weights: {a: 1}, values: {a: {best: 0}}}\n");
        }

        text.Append("protocol: {order: [seller, buyer], deadline: 4}\n");

        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Read(text.ToString()));
        Assert.Contains("100,000 deals × 602 preferences (negotiators and factions) is 60,200,000 utilities to hold, above the 60,000,000", error.Message, StringComparison.Ordinal);
        Assert.Contains(": parties:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_of_a_hundred_thousand_options_reads_with_a_value_for_each()
    {
        var options = Enumerable.Range(0, 100_000).Select(i => $"o{i}").ToList();
        var values = string.Join(", ", options.Select((o, i) => $"{o}: {(i % 2 == 0 ? 1 : 0)}"));
        var text = "name: many options\nterms:\n  pick: {options: [" + string.Join(", ", options) + "]}\nparties:\n"
            + "  seller: {role: negotiator, weights: {pick: 1}, values: {pick: {values: {" + values + "}}}}\n"
            + "  buyer: {role: negotiator, weights: {pick: 1}, values: {pick: {best: o99999}}}\n"
            + "protocol: {order: [seller, buyer], deadline: 4}\n";

        var file = ScenarioText.Read(text);

        Assert.Equal(100_000, file.Scenario.Space.Count);
        Assert.Equal((1, 0), (file.Scenario.Negotiators[0].Utility.Evaluate(99_998), file.Scenario.Negotiators[0].Utility.Evaluate(99_999)));
        Assert.Equal(1, file.Scenario.Negotiators[1].Utility.Evaluate(99_999));
    }
}
