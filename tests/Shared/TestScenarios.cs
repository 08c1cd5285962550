using System.Collections.Immutable;
using NegoSim.Model;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Strategies;

namespace NegoSim.Tests;

/// <summary>Small scenarios whose runs can be checked by hand, and random ones for properties.</summary>
internal static class TestScenarios
{
    /// <summary>One term, share 0…10: seller's utility share/10, buyer's 1 − share/10; both linear, seller proposes first.</summary>
    public static Scenario Split(int deadline = 5, double sellerReservation = 0.2, double buyerReservation = 0.2, RatifierProfile? buyerRatifier = null, bool buyerAnticipates = true)
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        return new Scenario(
            "split",
            "",
            space,
            [
                Party(space, "seller", "10", sellerReservation, TimeDependentStrategy.Linear),
                Party(space, "buyer", "0", buyerReservation, TimeDependentStrategy.Linear) with { AnticipatesRatification = buyerAnticipates },
            ],
            buyerRatifier is null ? [] : [buyerRatifier],
            new ProtocolSettings(["seller", "buyer"], deadline),
            []);
    }

    /// <summary>A buyer's parliament of one faction of ten seats that passes a share of at most 5 (its utility 1 − share/10 ≥ 0.5).</summary>
    public static RatifierProfile Parliament(double discipline = 1, RatificationRule? rule = null)
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        var utility = new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        return new RatifierProfile("parliament", "buyer", 6, [new Faction("bloc", 10, utility, 0.5, discipline)], rule ?? RatificationRule.Always);
    }

    public static NegotiatorProfile Party(OutcomeSpace space, string name, string best, double reservation, Strategy strategy) => new(
        name,
        new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue(best) }),
        reservation,
        1,
        strategy);

    public static NegotiationResult Play(Scenario scenario, ulong seed = 0)
    {
        var tables = new ScenarioTables(scenario);
        return AlternatingOffers.RunAsync(tables, seed, new LocalParties(tables)).AsTask().GetAwaiter().GetResult();
    }

    private static readonly Strategy[] Strategies =
        [
            TimeDependentStrategy.Boulware, TimeDependentStrategy.Linear, TimeDependentStrategy.Conceder, HardlinerStrategy.Instance, TitForTatStrategy.Instance, new TimeDependentStrategy(0.5),
            MicroStrategy.Instance, new TitForTatStrategy(Imitation.Averaged, 3), new TitForTatStrategy(Imitation.Relative),
        ];

    /// <summary>A random scenario: 1–3 option terms, 2–3 negotiators, maybe a ratifier with undisciplined factions, maybe an event.</summary>
    public static Scenario Random(int seed)
    {
        var random = new RunRandom((ulong)seed);
        int Pick(int n) => (int)(random.NextUInt64() % (ulong)n);
        double Unit() => Math.Round(random.NextDouble(), 3);

        var terms = Enumerable.Range(0, 1 + Pick(3))
            .Select(i => (Term)new OptionTerm($"t{i}", [.. Enumerable.Range(0, 2 + Pick(4)).Select(j => $"o{j}")]))
            .ToImmutableArray();
        var space = new OutcomeSpace(terms);
        UtilityFunction Utility() => new(
            space,
            terms.ToDictionary(t => t.Name, _ => 0.01 + Unit()),
            terms.ToDictionary(t => t.Name, t => (ValueFunction)new OptionValues(((OptionTerm)t).Options.ToImmutableDictionary(o => o, _ => Unit()))));
        NegotiatorProfile Negotiator(int i) => new($"n{i}", Utility(), Unit() * 0.6, 0.5 + (Unit() / 2), Strategies[Pick(Strategies.Length)], Pick(2) == 0);

        var negotiators = Enumerable.Range(0, 2 + Pick(2)).Select(Negotiator).ToImmutableArray();
        var ratifiers = ImmutableArray<RatifierProfile>.Empty;
        if (Pick(2) == 0)
        {
            var factions = Enumerable.Range(0, 1 + Pick(3)).Select(i => new Faction($"f{i}", 1 + Pick(50), Utility(), Unit() * 0.7, Pick(2) == 0 ? 1 : 0.5 + (Unit() / 2))).ToImmutableArray();
            RatificationRule rule = Pick(3) switch
            {
                0 => RatificationRule.Always,
                1 => RatificationRule.Never,
                _ => new WhenRule([new TermCondition("t0", ["o0"])]),
            };
            ratifiers = [new RatifierProfile("r", negotiators[Pick(negotiators.Length)].Name, 1 + Pick(factions.Sum(f => f.Seats)), factions, rule)];
        }

        var deadline = 1 + Pick(12);
        var events = deadline > 2 && Pick(2) == 0
            ? ImmutableArray.Create(new ScenarioEvent(2 + Pick(deadline - 1), "change", [.. negotiators.Select(n => n with { Reservation = Unit() * 0.6 })], ratifiers))
            : [];
        return new Scenario($"random-{seed}", "", space, negotiators, ratifiers, new ProtocolSettings([.. negotiators.Select(n => n.Name)], deadline), events);
    }
}
