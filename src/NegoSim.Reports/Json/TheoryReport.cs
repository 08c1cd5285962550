using NegoSim.Model.Analysis;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Json;

/// <summary>
/// <c>theory</c>: the Nash, Kalai–Smorodinsky and maximum-welfare points over all outcomes and over the ratifiable
/// ones, each a deal and its utilities (null where undefined), as <c>negosim analyze</c> reports them.
/// </summary>
public sealed record TheoryReport(
    object? Nash,
    object? KalaiSmorodinsky,
    object? MaxWelfare,
    object? NashRatifiable,
    object? KalaiSmorodinskyRatifiable,
    object? MaxWelfareRatifiable)
{
    public static TheoryReport From(Scenario s, OutcomeTheory a) => new(
        Point(s, a.Nash),
        Point(s, a.KalaiSmorodinsky),
        Point(s, a.MaxWelfare),
        Point(s, a.NashRatifiable),
        Point(s, a.KalaiSmorodinskyRatifiable),
        Point(s, a.MaxWelfareRatifiable));

    /// <summary>A point as the reports write it: its deal and each negotiator's utility.</summary>
    public static object? Point(Scenario s, UtilityPoint? p) =>
        p is null ? null : new { deal = DealText.Map(s.Space, p.Deal), utilities = OutcomeReport.PerNegotiator(s, p.Utilities) };
}
