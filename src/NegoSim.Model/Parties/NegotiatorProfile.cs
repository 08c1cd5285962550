using NegoSim.Model.Preferences;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Parties;

/// <summary>
/// A negotiator's preferences: its utility, reservation r (it never proposes or accepts less; also its utility of no
/// agreement), discount δ per round (a deal signed in round k is worth δ^(k−1) times its utility, and it judges
/// offers by that worth), strategy, whether it treats deals its ratifier would refuse as infeasible, what it knows
/// of the others' preferences, and — when its ratifier's factions are known only by beliefs — how sure it must be
/// that a deal passes before it proposes or accepts it (<see cref="Confidence"/>: the probability of passing it
/// needs; its attitude to the risk of signing what its parliament then rejects). With <see cref="AnticipatesOthers"/>
/// it heeds the other negotiators' ratifiers too, as far as it knows them (the scenario's beliefs and the tallies heard):
/// it neither proposes nor accepts what they would refuse. Its <see cref="Credibility"/> κ is how far the others believe
/// its claims that its ratifiers would refuse a text (0: not at all; 1: fully).
/// </summary>
public sealed record NegotiatorProfile(
    string Name,
    UtilityFunction Utility,
    double Reservation,
    double Discount,
    Strategy Strategy,
    bool AnticipatesRatification = true,
    OpponentModel OpponentModel = OpponentModel.Full,
    double Confidence = NegotiatorProfile.DefaultConfidence,
    bool AnticipatesOthers = false,
    double Credibility = 0,
    Acceptance? Acceptance = null)
{
    /// <summary>Proposes or accepts a deal its ratifier must vote on when it passes at least as often as not.</summary>
    public const double DefaultConfidence = 0.5;
}
