using System.Collections.Immutable;

namespace NegoSim.Model.Analysis;

/// <summary>
/// What theory says of a scenario's outcome space, for its negotiators with the disagreement point at their
/// reservations (the README, "What theory predicts"). The Nash, Kalai–Smorodinsky and maximum-welfare points are given over
/// all outcomes and over the ratifiable ones (those that need no ratification or that every ratifier's win-set
/// holds), each Pareto-optimal within its set. A point is null where it is undefined (no individually rational
/// outcome; the equilibrium with other than two negotiators, or when no agreement is reached). <see cref="MostEqual"/>
/// is the individually rational Pareto-optimal outcome whose utilities are closest to equal (the smallest difference
/// between the highest and the lowest): what GeniusWeb's and ANL's answer keys call "kalai". The equilibrium is not worked out
/// when backward induction would take too long (<see cref="EquilibriumSkipped"/>).
/// </summary>
public sealed record OutcomeTheory(
    int Outcomes,
    ImmutableArray<double> Disagreement,
    ImmutableArray<UtilityPoint> Pareto,
    UtilityPoint? Nash,
    UtilityPoint? KalaiSmorodinsky,
    UtilityPoint? MaxWelfare,
    UtilityPoint? NashRatifiable,
    UtilityPoint? KalaiSmorodinskyRatifiable,
    UtilityPoint? MaxWelfareRatifiable,
    Equilibrium? Equilibrium,
    bool EquilibriumDefined,
    ImmutableArray<WinSetSize> WinSets,
    int ZoneOfAgreement,
    UtilityPoint? MostEqual = null,
    long? EquilibriumSkipped = null,
    long InductionSteps = SubgamePerfect.MostSteps)
{
    /// <summary>
    /// Why the subgame-perfect agreement was not worked out, or null: backward induction would take more steps
    /// (rounds × deals) than it was allowed (<see cref="InductionSteps"/>, by default <see cref="SubgamePerfectSteps"/>).
    /// </summary>
    public string? EquilibriumNotWorkedOut => EquilibriumSkipped is { } steps
        ? $"not worked out: backward induction would take {steps:N0} steps (rounds × deals worth considering), above the {InductionSteps:N0} allowed (about {StepsPerSecond:N0} a second); allow them with --induction-steps {steps}, or a shorter protocol.deadline or a coarser outcome space brings it within reach"
        : null;

    /// <summary>The most steps of backward induction an analysis takes unless told otherwise.</summary>
    public static long SubgamePerfectSteps => SubgamePerfect.MostSteps;

    /// <summary>About how many steps of backward induction a second takes on a machine of today (bench/README.md).</summary>
    public const long StepsPerSecond = 100_000_000;

    /// <summary>Distance in utility space from a reached agreement (or, without one, the reservations) to the Nash point.</summary>
    public double? DistanceToNash(ImmutableArray<double> reached) => Nash?.DistanceTo(reached.AsSpan());

    /// <summary>Distance from a reached utility vector to the nearest point of the Pareto frontier (0 on it).</summary>
    public double DistanceToFrontier(ImmutableArray<double> reached) =>
        Pareto.IsEmpty ? double.NaN : UtilityPoint.NearestDistance(Pareto, reached.AsSpan());
}
