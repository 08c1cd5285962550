using NegoSim.Model.Preferences;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Parties;

/// <summary>
/// A negotiator's preferences: its utility, reservation r (it never proposes or accepts less; also its utility of no
/// agreement), discount δ per round (a deal signed in round k is worth δ^(k−1) times its utility, and it judges
/// offers by that worth), strategy, whether it treats deals its ratifier would refuse as infeasible, and what it knows
/// of the others' preferences.
/// </summary>
public sealed record NegotiatorProfile(
    string Name,
    UtilityFunction Utility,
    double Reservation,
    double Discount,
    Strategy Strategy,
    bool AnticipatesRatification = true,
    OpponentModel OpponentModel = OpponentModel.Full);
