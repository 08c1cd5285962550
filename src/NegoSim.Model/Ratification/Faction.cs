using NegoSim.Model.Preferences;

namespace NegoSim.Model.Ratification;

/// <summary>
/// A bloc of a ratifying body: its seats vote yes iff the faction's utility for the deal reaches its reservation.
/// With <see cref="Discipline"/> below 1 each seat follows the line only with that probability.
/// </summary>
public sealed record Faction(string Name, int Seats, UtilityFunction Utility, double Reservation, double Discipline = 1)
{
    /// <summary>The faction's line on an outcome: yes iff its utility reaches its reservation.</summary>
    public bool Supports(int outcome) => Utility.Evaluate(outcome) >= Reservation - Tolerance.Utility;
}
