using NegoSim.Model.Preferences;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Parties;

/// <summary>
/// A negotiator's preferences: its utility, reservation r (it never proposes or accepts less; also its utility of no
/// agreement), discount δ per round, strategy, and whether it treats deals its ratifier would refuse as infeasible.
/// </summary>
public sealed record NegotiatorProfile(
    string Name,
    UtilityFunction Utility,
    double Reservation,
    double Discount,
    Strategy Strategy,
    bool AnticipatesRatification = true);
