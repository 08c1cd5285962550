using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>
/// Stacked alternating offers: round k's proposer is <c>Order[(k − 1) mod n]</c>; unsigned after <see cref="Deadline"/>
/// rounds means no agreement. <see cref="StopAfter"/> plays only the first rounds of such talks (a stage of a timeline
/// that ends before the talks do): time still runs to the deadline, and unsigned then means no agreement yet. With a
/// <see cref="Breakdown"/> risk, each round that ends unsigned ends the talks with that probability (Binmore,
/// Rubinstein and Wolinsky's risk of breakdown): no agreement. With a <see cref="Recognition"/> (a probability for
/// each negotiator of <see cref="Order"/>), each round's proposer is drawn instead (Baron and Ferejohn's random
/// recognition), so no one knows in advance who makes the last offer.
/// </summary>
public sealed record ProtocolSettings(ImmutableArray<string> Order, int Deadline, int? StopAfter = null, double Breakdown = 0, ImmutableArray<double> Recognition = default)
{
    /// <summary>True when each round's proposer is drawn rather than taken in turn.</summary>
    public bool RandomProposer => !Recognition.IsDefaultOrEmpty;

    /// <summary>The negotiator of <see cref="Order"/> a draw <paramref name="u"/> in [0, 1) recognises.</summary>
    public int Recognised(double u)
    {
        var cumulative = 0.0;
        for (var i = 0; i < Recognition.Length - 1; i++)
        {
            cumulative += Recognition[i];
            if (u < cumulative)
            {
                return i;
            }
        }

        return Recognition.Length - 1;
    }

    /// <summary>The last round played: <see cref="StopAfter"/> if given, else the deadline.</summary>
    public int LastRound => Math.Min(Deadline, StopAfter ?? Deadline);

    public string ProposerOf(int round) => Order[(round - 1) % Order.Length];

    /// <summary>t = (round − 1)/(deadline − 1), at which the round's offer is answered; with a deadline of 1 the only round is the last, t = 1.</summary>
    public double TimeOf(int round) => Deadline == 1 ? 1 : (double)(round - 1) / (Deadline - 1);

    /// <summary>
    /// The time at which the round's proposer makes its offer: <see cref="TimeOf"/>, except with a deadline of 1, where
    /// the only offer is also the first (t = 0: an ultimatum opens with the proposer's best) while its answer is the
    /// last (t = 1: the responder takes anything worth its reservation).
    /// </summary>
    public double ProposerTimeOf(int round) => Deadline == 1 ? 0 : TimeOf(round);
}
