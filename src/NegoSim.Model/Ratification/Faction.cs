using NegoSim.Model.Preferences;

namespace NegoSim.Model.Ratification;

/// <summary>
/// A bloc of a ratifying body: its seats vote yes iff the faction's utility for the deal reaches its reservation.
/// With <see cref="Discipline"/> below 1 each seat follows the line only with that probability. With a
/// <see cref="Belief"/>, its reservation is not known: each vote draws the true one from it, and
/// <see cref="Reservation"/> is the belief's median.
/// </summary>
public sealed record Faction(string Name, int Seats, UtilityFunction Utility, double Reservation, double Discipline = 1, ReservationBelief? Belief = null)
{
    /// <summary>The probability, under <see cref="Belief"/>, that the faction's line on <paramref name="outcome"/> is yes (0 or 1 without one).</summary>
    public double SupportProbability(int outcome) =>
        Belief is null ? (Supports(outcome) ? 1 : 0) : Belief.Cdf(Utility.Evaluate(outcome) + Tolerance.Utility);

    /// <summary>The faction's line on an outcome: yes iff its utility reaches its reservation.</summary>
    public bool Supports(int outcome) => Utility.Evaluate(outcome) >= Reservation - Tolerance.Utility;
}
