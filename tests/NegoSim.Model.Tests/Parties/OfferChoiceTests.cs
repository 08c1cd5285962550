using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Parties;

/// <summary>
/// The offer a negotiator makes, checked against a plain reading of its rule: every outcome, best for itself first
/// (ties in canonical order), read from the top while it is worth the target; with an opponent model the first that
/// is strictly better for the others than all before it, without one the last read, moved back to the first of its
/// equals. Targets go down and up again (times in any order), so what the negotiator kept of earlier rounds is tested too.
/// </summary>
public sealed class OfferChoiceTests
{
    [Fact]
    public void Offers_are_what_a_plain_scan_of_all_outcomes_chooses_for_any_targets_in_any_order()
    {
        Properties.ForAllScenarios(seed =>
        {
            var random = new Random(seed);
            var space = new OutcomeSpace(
            [
                new RangeTerm("share", 0, 10, 1),
                new OptionTerm("color", ["red", "blue", "green"]),
                new OptionTerm("speed", ["slow", "fast"]),
            ]);
            var own = RandomUtility(space, random);
            var other = RandomUtility(space, random);
            var model = random.Next(2) == 0 ? OpponentModel.None : OpponentModel.Full;
            var reservation = Math.Round(random.NextDouble() * 0.6, 2);
            var profile = new NegotiatorProfile("self", own, reservation, 1, TimeDependentStrategy.Linear, OpponentModel: model);
            var negotiator = new Negotiator(new NegotiatorTables(profile, [other], null));

            for (var round = 1; round <= 12; round++)
            {
                var time = Math.Round(random.NextDouble(), 2);
                var proposal = negotiator.Propose(new ProposeRequest(round, time));
                var expected = PlainChoice(space, own, other, reservation, negotiator.Target(round, time), model);
                if (proposal.Outcome != expected)
                {
                    return false;
                }
            }

            return true;
        });
    }

    private static int PlainChoice(OutcomeSpace space, UtilityFunction own, UtilityFunction other, double reservation, double target, OpponentModel model)
    {
        var order = Enumerable.Range(0, space.Count)
            .Where(o => own.Evaluate(o) >= reservation - Tolerance.Utility)
            .OrderByDescending(own.Evaluate)
            .ThenBy(o => o)
            .ToList();
        var (best, bestOthers, last) = (-1, double.NegativeInfinity, -1);
        foreach (var outcome in order.TakeWhile(o => own.Evaluate(o) >= target - Tolerance.Utility))
        {
            last = outcome;
            if (other.Evaluate(outcome) > bestOthers + Tolerance.Utility)
            {
                (best, bestOthers) = (outcome, other.Evaluate(outcome));
            }
        }

        if (model != OpponentModel.None)
        {
            return best;
        }

        return last < 0 ? -1 : order.First(o => own.Evaluate(o) == own.Evaluate(last));
    }

    private static UtilityFunction RandomUtility(OutcomeSpace space, Random random) =>
        new(
            space,
            new Dictionary<string, double> { ["share"] = random.Next(0, 4), ["color"] = random.Next(0, 4), ["speed"] = random.Next(1, 4) },
            new Dictionary<string, ValueFunction>
            {
                ["share"] = new BestValue(random.Next(0, 11).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ["color"] = new BestValue(new[] { "red", "blue", "green" }[random.Next(3)]),
                ["speed"] = new BestValue(random.Next(2) == 0 ? "slow" : "fast"),
            });
}
