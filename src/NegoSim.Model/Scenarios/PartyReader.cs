using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads <c>parties:</c>: negotiators and ratifiers with their factions.</summary>
internal static class PartyReader
{
    private static readonly string[] NegotiatorKeys =
        ["role", "description", "briefing", "weights", "values", "reservation", "discount", "strategy", "anticipates-ratification", "opponent-model", "confidence", "credibility", "acceptance"];

    private static readonly string[] RatifierKeys = ["role", "description", "briefing", "ratifies", "threshold", "quorum", "factions", "referendum", "required", "votes", "reopen"];

    private static readonly string[] ReferendumKeys = ["voters", "turnout", "spread", "swing", "drift", "weights", "values", "reservation"];

    private static readonly string[] FactionKeys = ["description", "briefing", "seats", "weights", "values", "reservation", "discipline", "abstains-within"];

    public static (ImmutableArray<NegotiatorProfile> Negotiators, ImmutableArray<RatifierProfile> Ratifiers) Read(
        ScenarioNode partiesNode, OutcomeSpace space, RatificationRule defaultRule, IReadOnlyDictionary<string, Fallback> fallbacks)
    {
        var fallbacksKey = string.Join(";", fallbacks.Values.Select(f => f.Key).Order(StringComparer.Ordinal));
        var ruleKey = defaultRule.ToString();
        var negotiators = ImmutableArray.CreateBuilder<NegotiatorProfile>();
        var ratifiers = new List<(ScenarioNode Node, RatifierProfile Profile)>();
        foreach (var (name, node) in partiesNode.Fields().Entries)
        {
            if (!ScenarioNode.IsName(name))
            {
                throw node.Error($"'{name}' is not a usable party name: use letters, digits, '-' and '_', starting with a letter.");
            }

            // A party whose inputs are those of one compiled for an earlier point of a sweep is that party.
            switch (node.Shared(n => Party(name, n, space, defaultRule, fallbacks), space, ruleKey, fallbacksKey))
            {
                case NegotiatorProfile negotiator:
                    negotiators.Add(negotiator);
                    break;
                case RatifierProfile ratifier:
                    ratifiers.Add((node, ratifier));
                    break;
            }
        }

        if (negotiators.Count < 2)
        {
            throw partiesNode.Error($"a negotiation needs at least two parties with role: negotiator; found {negotiators.Count}.");
        }

        foreach (var (node, ratifier) in ratifiers)
        {
            var ratifies = node.Fields(RatifierKeys).Required("ratifies", "");
            if (!negotiators.Any(n => n.Name == ratifier.Ratifies))
            {
                throw ratifies.Error($"'{ratifier.Ratifies}' is not a negotiator; negotiators: {string.Join(", ", negotiators.Select(n => n.Name))}.");
            }
        }

        return (negotiators.ToImmutable(), [.. ratifiers.Select(r => r.Profile)]);
    }

    private static object Party(string name, ScenarioNode node, OutcomeSpace space, RatificationRule defaultRule, IReadOnlyDictionary<string, Fallback> fallbacks)
    {
        // Without a role, keys no party can have are named first: 'roll: negotiator' is a misspelt key.
        var role = node.Fields().Optional("role") ?? node.Fields([.. NegotiatorKeys.Union(RatifierKeys)]).Required("role", "negotiator or ratifier");
        return role.Text() switch
        {
            "negotiator" => Negotiator(name, node.Fields(NegotiatorKeys), space, fallbacks),
            "ratifier" => Ratifier(name, node.Fields(RatifierKeys), space, defaultRule, fallbacks),
            _ => throw role.Error($"unknown role '{role.Text()}'; allowed: negotiator, ratifier."),
        };
    }

    private static NegotiatorProfile Negotiator(string name, ScenarioFields fields, OutcomeSpace space, IReadOnlyDictionary<string, Fallback> fallbacks)
    {
        var utility = PreferenceReader.Utility(fields, space);
        var (own, others) = AnticipationOf(fields.Optional("anticipates-ratification"));
        var (bidding, model, acceptance) = StrategyParts(fields);
        return new(
            name,
            utility,
            fields.Optional("reservation") is { Yaml: YamlDotNet.RepresentationModel.YamlMappingNode } fallbackNode
                ? FallbackReader.ReservationOf(fallbackNode, name, utility, fallbacks)
                : fields.Optional("reservation")?.Number(0, 1) ?? 0,
            fields.Optional("discount")?.Number(double.Epsilon, 1, "a number above 0, at most 1") ?? 1,
            StrategyReader.Read(bidding),
            own,
            OpponentModelOf(model),
            fields.Optional("confidence")?.Number(0.000001, 1, "a probability above 0, at most 1") ?? NegotiatorProfile.DefaultConfidence,
            others,
            fields.Optional("credibility")?.Number(0, 1) ?? 0,
            acceptance is not null ? AcceptanceOf(acceptance) : null);
    }

    /// <summary>
    /// A negotiator's three parts: its bidding strategy, opponent model and acceptance, given as its own keys or
    /// together as <c>strategy: {bidding: …, opponent-model: …, acceptance: …}</c> (each part once).
    /// </summary>
    private static (ScenarioNode? Bidding, ScenarioNode? Model, ScenarioNode? Acceptance) StrategyParts(ScenarioFields fields)
    {
        var strategy = fields.Optional("strategy");
        if (strategy is not { Yaml: YamlDotNet.RepresentationModel.YamlMappingNode mapping }
            || !mapping.Children.Keys.Any(k => k is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "bidding" or "opponent-model" or "acceptance" }))
        {
            return (strategy, fields.Optional("opponent-model"), fields.Optional("acceptance"));
        }

        var parts = strategy.Fields("bidding", "opponent-model", "acceptance");
        ScenarioNode? Once(string key) =>
            (parts.Optional(key), fields.Optional(key)) switch
            {
                ({ } inside, { }) => throw inside.Error($"{key} is given twice: in strategy and beside it; give it once."),
                var (inside, beside) => inside ?? beside,
            };
        return (parts.Optional("bidding"), Once("opponent-model"), Once("acceptance"));
    }

    /// <summary>
    /// The yes votes a ratifier needs: a whole number, or a share — <c>{more-than: 0.5}</c> (a majority: the fewest
    /// seats above half) or <c>{at-least: 0.6667}</c> (the fewest seats at or above the share) — of all its seats, or,
    /// with <c>of: cast</c>, of the votes cast (yes and no), worked out at each vote.
    /// </summary>
    private static (int Seats, CastShare? OfCast) ThresholdOf(ScenarioNode node, int seats)
    {
        if (node.Yaml is not YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            return (node.Integer(1), null);
        }

        var fields = node.Fields("more-than", "at-least", "of");
        var shares = fields.Entries.Where(e => e.Key != "of").ToList();
        if (shares.Count != 1)
        {
            throw node.Error("give one of {more-than: SHARE} or {at-least: SHARE}, a share from 0 to 1 of the seats (or, with of: cast, of the votes cast).");
        }

        var (kind, shareNode) = shares[0];
        var share = shareNode.Number(0, 1);
        var ofCast = fields.Optional("of") is { } ofNode && ofNode.Text() switch
        {
            "seats" => false,
            "cast" => true,
            var other => throw ofNode.Error($"'{other}' is neither seats (a share of all the seats) nor cast (a share of the yes and no votes)."),
        };
        return ofCast ? (1, new CastShare(share, kind == "more-than")) : (CastShare.Seats(share, kind == "more-than", seats), null);
    }

    /// <summary>A quorum of votes cast: a whole number, or <c>{at-least: SHARE}</c> of all the seats.</summary>
    private static int QuorumOf(ScenarioNode node, int seats)
    {
        if (node.Yaml is not YamlDotNet.RepresentationModel.YamlMappingNode)
        {
            return node.Integer(0, seats);
        }

        var share = node.Fields("at-least").Required("at-least", "the share of all the seats that must vote yes or no").Number(0, 1);
        return CastShare.Seats(share, false, seats);
    }

    /// <summary><c>acceptance: {next: true, const: α, time: T}</c>: conditions any one of which accepts an offer it could sign; at least one.</summary>
    private static Acceptance AcceptanceOf(ScenarioNode node)
    {
        var fields = node.Fields("next", "const", "time");
        var acceptance = new Acceptance(
            fields.Optional("next")?.Boolean() ?? false,
            fields.Optional("const")?.Number(0, 1),
            fields.Optional("time")?.Number(0, 1));
        return acceptance is { Next: false, Constant: null, Time: null }
            ? throw node.Error("give at least one condition: next: true (at least its own offer now), const: α (at least α), time: T (anything it could sign from time T on).")
            : acceptance;
    }

    /// <summary><c>anticipates-ratification</c>: true (its own ratifiers; the default), all (the other side's too) or false.</summary>
    private static (bool Own, bool Others) AnticipationOf(ScenarioNode? node) => node?.Text() switch
    {
        null or "true" or "yes" => (true, false),
        "all" => (true, true),
        "false" or "no" => (false, false),
        var other => throw node.Error($"expected true (it heeds its own ratifiers), all (the other side's too) or false, found '{other}'."),
    };

    private static OpponentModel OpponentModelOf(ScenarioNode? node) => node?.Text() switch
    {
        null or "full" => OpponentModel.Full,
        "none" => OpponentModel.None,
        "frequency" => OpponentModel.Frequency,
        "bayesian" => OpponentModel.Bayesian,
        var other => throw node.Error($"unknown opponent model '{other}'; allowed: full (it knows the others' utilities), none (it offers what is closest to its target for itself), frequency (it learns their utilities from how often the offers it receives repeat each value), bayesian (it learns them by Bayesian updates over hypotheses of weights and value shapes)."),
    };

    private static RatifierProfile Ratifier(string name, ScenarioFields fields, OutcomeSpace space, RatificationRule defaultRule, IReadOnlyDictionary<string, Fallback> fallbacks)
    {
        var ratifies = fields.Required("ratifies", "the negotiator whose signature this body must confirm").Text();
        var rule = fields.Optional("required") is { } ruleNode ? RatificationRuleReader.Read(ruleNode, space) : defaultRule;
        var votesPerText = fields.Optional("votes")?.Integer(1, 100) ?? 1;
        var reopening = fields.Optional("reopen") is { } reopenNode ? ReopeningOf(reopenNode) : null;
        if (fields.Optional("referendum") is { } referendumNode)
        {
            if ((fields.Optional("factions") ?? fields.Optional("threshold")) is { } extra)
            {
                throw extra.Error("a referendum has neither factions nor a threshold: the electorate passes a text with more yes than no votes.");
            }

            var (voters, referendum) = ReferendumOf(referendumNode, space, fallbacks);
            return new RatifierProfile(name, ratifies, referendum.Threshold, [voters], rule, referendum, votesPerText, reopening);
        }

        var factionsNode = fields.Required("factions", "the blocs of the body, each with seats, weights, values and a reservation (or give referendum: for an electorate)");
        var factions = ImmutableArray.CreateBuilder<Faction>();
        foreach (var (factionName, node) in factionsNode.Fields().Entries)
        {
            var faction = node.Fields(FactionKeys);
            var utility = PreferenceReader.Utility(faction, space);
            var reservationNode = faction.Optional("reservation");
            var mapping = reservationNode is { Yaml: YamlDotNet.RepresentationModel.YamlMappingNode mappingNode } ? mappingNode : null;
            var isFallback = mapping?.Children.Keys.Any(k => k is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "fallback" }) == true;
            var belief = mapping is not null && !isFallback ? BeliefReader.Read(reservationNode!) : null;
            factions.Add(new Faction(
                factionName,
                faction.Required("seats", "how many seats the faction holds").Integer(0),
                utility,
                isFallback ? FallbackReader.ReservationOf(reservationNode!, factionName, utility, fallbacks) : belief?.Median ?? reservationNode?.Number(0, 1) ?? 0,
                faction.Optional("discipline")?.Number(0, 1) ?? 1,
                belief,
                faction.Optional("abstains-within")?.Number(0, 1) ?? 0));
        }

        if (factions.Count == 0)
        {
            throw factionsNode.Error("a ratifier needs at least one faction.");
        }

        var seats = factions.Sum(f => f.Seats);
        var thresholdNode = fields.Required("threshold", "the yes-seats needed to pass: a number (226 of 450), {more-than: SHARE} or {at-least: SHARE} of the seats, or {more-than: SHARE, of: cast} of the votes cast");
        var (threshold, ofCast) = ThresholdOf(thresholdNode, seats);
        if (threshold > seats)
        {
            throw thresholdNode.Error($"{threshold} is more than the factions' {seats} seats, so nothing could ever pass.");
        }

        var quorum = fields.Optional("quorum") is { } quorumNode ? QuorumOf(quorumNode, seats) : 0;
        return new RatifierProfile(name, ratifies, threshold, factions.ToImmutable(), rule, null, votesPerText, reopening, ofCast, quorum);
    }

    /// <summary><c>reopen: {rounds: R, times: K}</c>: a rejection reopens the talks for R rounds, at most K times (1 unless given).</summary>
    private static Reopening ReopeningOf(ScenarioNode node)
    {
        var fields = node.Fields("rounds", "times");
        return new Reopening(
            fields.Required("rounds", "how many rounds the reopened talks last").Integer(1, 100_000),
            fields.Optional("times")?.Integer(1, 100) ?? 1);
    }

    /// <summary>An electorate: the voters' preferences (one faction, <c>voters</c>) and how their votes fall.</summary>
    private static (Faction Voters, Referendum Referendum) ReferendumOf(ScenarioNode node, OutcomeSpace space, IReadOnlyDictionary<string, Fallback> fallbacks)
    {
        var fields = node.Fields(ReferendumKeys);
        var utility = PreferenceReader.Utility(fields, space);
        var reservationNode = fields.Optional("reservation");
        var reservation = reservationNode is { Yaml: YamlDotNet.RepresentationModel.YamlMappingNode }
            ? FallbackReader.ReservationOf(reservationNode, Referendum.VotersFaction, utility, fallbacks)
            : reservationNode?.Number(0, 1) ?? 0;
        var referendum = new Referendum(
            fields.Required("voters", "how many voters the electorate has (it sets the tally, not the chance of passing)").Integer(1),
            fields.Optional("turnout")?.Number(0.000001, 1, "a share above 0, at most 1") ?? 1,
            fields.Required("spread", "how far voters' reservations spread around the reservation (a standard deviation, in utility)").Number(0.000001, 10, "a number above 0"),
            fields.Optional("swing")?.Number(0, 10, "a standard deviation, 0 or more") ?? 0,
            fields.Optional("drift")?.Number(0, 10, "a standard deviation, 0 or more") ?? 0);
        return (new Faction(Referendum.VotersFaction, referendum.Cast, utility, reservation), referendum);
    }
}
