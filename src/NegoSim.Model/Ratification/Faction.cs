using NegoSim.Model.Preferences;

namespace NegoSim.Model.Ratification;

/// <summary>
/// A bloc of a ratifying body: its seats vote yes iff the faction's utility for the deal reaches its reservation.
/// With <see cref="Discipline"/> below 1 each seat follows the line only with that probability. With a
/// <see cref="Belief"/>, its reservation is not known: each vote draws the true one from it, and
/// <see cref="Reservation"/> is the belief's median.
/// With an <see cref="AbstainBand"/> b &gt; 0 its line on a deal worth less than its reservation r but at least r − b is
/// to abstain rather than vote no.
/// </summary>
public sealed record Faction(string Name, int Seats, UtilityFunction Utility, double Reservation, double Discipline = 1, ReservationBelief? Belief = null, double AbstainBand = 0)
{
    /// <summary>The probability, under <see cref="Belief"/>, that the faction's line on <paramref name="outcome"/> is to abstain (0 without a band).</summary>
    public double AbstainProbability(int outcome)
    {
        if (AbstainBand <= 0)
        {
            return 0;
        }

        var utility = Utility.Evaluate(outcome);
        return Belief is null
            ? (utility < Reservation - Tolerance.Utility && utility >= Reservation - AbstainBand - Tolerance.Utility ? 1 : 0)
            : Math.Max(0, Belief.Cdf(utility + AbstainBand + Tolerance.Utility) - Belief.Cdf(utility + Tolerance.Utility));
    }

    /// <summary>True when, with reservation <paramref name="reservation"/>, its line on a deal worth <paramref name="utility"/> is to abstain.</summary>
    public bool Abstains(double utility, double reservation) =>
        AbstainBand > 0 && utility < reservation - Tolerance.Utility && utility >= reservation - AbstainBand - Tolerance.Utility;

    /// <summary>The probability, under <see cref="Belief"/>, that the faction's line on <paramref name="outcome"/> is yes (0 or 1 without one).</summary>
    public double SupportProbability(int outcome) =>
        Belief is null ? (Supports(outcome) ? 1 : 0) : Belief.Cdf(Utility.Evaluate(outcome) + Tolerance.Utility);

    /// <summary>The faction's line on an outcome: yes iff its utility reaches its reservation.</summary>
    public bool Supports(int outcome) => Utility.Evaluate(outcome) >= Reservation - Tolerance.Utility;
}
