using NegoSim.Model.Analysis;
using NegoSim.Model.Scenarios;
using NegoSim.Reports.Json;

namespace NegoSim.Reports;

/// <summary>Writes an <see cref="OutcomeTheory"/> as a summary a teacher can explain, or as JSON.</summary>
public static class AnalysisWriter
{
    private const int FrontierLines = 12;

    /// <param name="w">Where to write.</param>
    /// <param name="s">The scenario.</param>
    /// <param name="a">What theory says of it.</param>
    /// <param name="passChance">
    /// When some faction's reservation is known only by a belief: the chance a deal passes every ratifier that must
    /// vote on it (<c>ScenarioTables.PassChance</c>); null otherwise.
    /// </param>
    public static void WriteText(TextWriter w, Scenario s, OutcomeTheory a, Func<int, double>? passChance = null)
    {
        w.WriteLine($"{s.Name} — analysis");
        w.WriteLine($"{Numbers.Count(a.Outcomes)} possible deals; disagreement point (the reservations): {Utilities(s, a.Disagreement)}");
        w.WriteLine();
        w.WriteLine($"Pareto frontier: {Numbers.Count(a.Pareto.Length)} deals no other deal beats for everyone at once.");
        var step = Math.Max(1, a.Pareto.Length / FrontierLines);
        var shown = a.Pareto.OrderByDescending(p => p.Utilities[0]).Where((_, i) => i % step == 0).Take(FrontierLines).ToList();
        foreach (var point in shown)
        {
            w.WriteLine($"  {Utilities(s, point.Utilities)}   {DealText.Inline(s.Space, point.Deal)}");
        }

        if (a.Pareto.Length > shown.Count)
        {
            w.WriteLine($"  … {Numbers.Count(a.Pareto.Length - shown.Count)} more (see --format json)");
        }

        w.WriteLine();
        Write(w, s, "Nash point (largest product of gains over the reservations)", a.Nash);
        Write(w, s, "Kalai–Smorodinsky point (equal shares of each side's best possible gain)", a.KalaiSmorodinsky);
        Write(w, s, "Maximum welfare (largest sum of utilities)", a.MaxWelfare);
        if (a.MostEqual is { } equal && equal.Deal != a.KalaiSmorodinsky?.Deal)
        {
            // Shown where it differs: GeniusWeb's and ANL's "kalai" (docs/interop.md).
            Write(w, s, "Most equal utilities (GeniusWeb's and ANL's \"kalai\")", equal);
        }
        if (a.NashRatifiable?.Deal != a.Nash?.Deal || a.KalaiSmorodinskyRatifiable?.Deal != a.KalaiSmorodinsky?.Deal || a.MaxWelfareRatifiable?.Deal != a.MaxWelfare?.Deal)
        {
            w.WriteLine("Among the deals that would survive ratification (they need none, or every ratifier would pass them):");
            Write(w, s, "  Nash point", a.NashRatifiable);
            Write(w, s, "  Kalai–Smorodinsky point", a.KalaiSmorodinskyRatifiable);
            Write(w, s, "  Maximum welfare", a.MaxWelfareRatifiable);
        }
        else
        {
            w.WriteLine("All three points would survive ratification.");
        }

        if (!a.EquilibriumDefined)
        {
            w.WriteLine("Subgame-perfect agreement: defined for two negotiators only.");
        }
        else if (a.EquilibriumNotWorkedOut is { } why)
        {
            w.WriteLine($"Subgame-perfect agreement: {why}.");
        }
        else if (a.Equilibrium is { } e && s.Protocol.RandomProposer)
        {
            // Baron–Ferejohn: who proposes is drawn each round, so the agreement depends on the draw; the expectation does not hinge on the deadline's parity.
            var likeliest = s.Protocol.Order[s.Protocol.Recognition.IndexOf(s.Protocol.Recognition.Max())];
            Write(w, s, $"Subgame-perfect agreement with a random proposer (backward induction over {s.Protocol.Deadline} rounds; if {likeliest} is recognised, reached in round {e.Round})", e.Agreement);
            w.WriteLine("  expected before the draws: " + string.Join(" · ", s.Negotiators.Select((n, i) => $"{n.Name} {Numbers.Utility(e.Expected[i])}")));
        }
        else if (a.Equilibrium is { } e2)
        {
            Write(w, s, $"Subgame-perfect agreement (backward induction over {s.Protocol.Deadline} rounds; reached in round {e2.Round})", e2.Agreement);
        }
        else
        {
            w.WriteLine("Subgame-perfect agreement: none — with these reservations and ratification constraints no deal is reached.");
        }

        w.WriteLine();
        foreach (var winSet in a.WinSets)
        {
            w.WriteLine($"Win-set of {winSet.Ratifier}: {Numbers.Count(winSet.Size)} deals it would pass ({winSet.Share * 100:0.0}% of all).");
        }

        w.WriteLine($"Zone of agreement: {Numbers.Count(a.ZoneOfAgreement)} deals every negotiator would accept and that would survive ratification.");
        if (passChance is null)
        {
            return;
        }

        w.WriteLine();
        var (sure, likely, even, doubtful) = ByChance(s, passChance);
        w.WriteLine($"Win-set under the beliefs: of {Numbers.Count(s.Space.Count)} deals, {Numbers.Count(sure)} pass surely, {Numbers.Count(likely)} with probability 0.9 or more (short of sure),");
        w.WriteLine($"  {Numbers.Count(even)} with 0.5 to 0.9, and {Numbers.Count(doubtful)} below 0.5 (every ratifier that must vote on a deal passing it).");
        w.WriteLine("Under the beliefs about the ratifiers: the chance each point would pass, and what each negotiator");
        w.WriteLine("expects of it (its utility if it passes, its reservation if it is voted down):");
        foreach (var (name, point) in Points(a))
        {
            if (point is not null)
            {
                var pass = passChance(point.Deal);
                w.WriteLine($"  {name}: passes with probability {pass.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}; expected {Utilities(s, Expected(s, point, pass))}");
            }
        }
    }

    /// <summary>How many deals pass surely, with probability at least 0.9 (not surely), at least 0.5 (below 0.9), and less often.</summary>
    private static (int Sure, int Likely, int Even, int Doubtful) ByChance(Scenario s, Func<int, double> passChance)
    {
        var (sure, likely, even, doubtful) = (0, 0, 0, 0);
        for (var o = 0; o < s.Space.Count; o++)
        {
            var p = passChance(o);
            _ = p >= 1 - 1e-9 ? sure++ : p >= 0.9 ? likely++ : p >= 0.5 ? even++ : doubtful++;
        }

        return (sure, likely, even, doubtful);
    }

    /// <summary>Each negotiator's expected utility of signing <paramref name="point"/>: its utility if it passes, its reservation if not.</summary>
    private static double[] Expected(Scenario s, UtilityPoint point, double pass) =>
        [.. s.Negotiators.Select((n, i) => (pass * point.Utilities[i]) + ((1 - pass) * n.Reservation))];

    private static IEnumerable<(string Name, UtilityPoint? Point)> Points(OutcomeTheory a) =>
    [
        ("nash", a.Nash), ("kalai_smorodinsky", a.KalaiSmorodinsky), ("max_welfare", a.MaxWelfare),
        ("nash_ratifiable", a.NashRatifiable), ("kalai_smorodinsky_ratifiable", a.KalaiSmorodinskyRatifiable), ("max_welfare_ratifiable", a.MaxWelfareRatifiable),
        ("equilibrium", a.Equilibrium?.Agreement),
    ];

    /// <summary>The analysis as JSON; <c>under_beliefs</c> (null without beliefs) gives each point's chance of passing and expected utilities.</summary>
    public static void WriteJson(TextWriter w, Scenario s, OutcomeTheory a, Func<int, double>? passChance = null) => ReportJson.Write(w, new
    {
        scenario = s.Name,
        outcomes = a.Outcomes,
        disagreement = OutcomeReport.PerNegotiator(s, a.Disagreement),
        pareto = a.Pareto.Select(p => TheoryReport.Point(s, p)),
        nash = TheoryReport.Point(s, a.Nash),
        kalai_smorodinsky = TheoryReport.Point(s, a.KalaiSmorodinsky),
        max_welfare = TheoryReport.Point(s, a.MaxWelfare),
        most_equal = TheoryReport.Point(s, a.MostEqual),
        nash_ratifiable = TheoryReport.Point(s, a.NashRatifiable),
        kalai_smorodinsky_ratifiable = TheoryReport.Point(s, a.KalaiSmorodinskyRatifiable),
        max_welfare_ratifiable = TheoryReport.Point(s, a.MaxWelfareRatifiable),
        equilibrium_not_worked_out = a.EquilibriumNotWorkedOut,
        equilibrium = a.Equilibrium is null ? null : new { deal = DealText.Map(s.Space, a.Equilibrium.Agreement.Deal), utilities = OutcomeReport.PerNegotiator(s, a.Equilibrium.Agreement.Utilities), round = a.Equilibrium.Round, expected = OutcomeReport.PerNegotiator(s, a.Equilibrium.Expected), random_proposer = s.Protocol.RandomProposer },
        win_sets = a.WinSets.ToDictionary(x => x.Ratifier, x => new { size = x.Size, share = Numbers.Rounded(x.Share) }),
        zone_of_agreement = new { size = a.ZoneOfAgreement },
        win_set_under_beliefs = passChance is null ? null : ByChance(s, passChance) is var (sure, likely, even, doubtful)
            ? new { sure, at_least_0_9 = likely, at_least_0_5 = even, below_0_5 = doubtful }
            : null,
        under_beliefs = passChance is null ? null : Points(a).Where(p => p.Point is not null).ToDictionary(
            p => p.Name,
            p => new { pass = Numbers.Rounded(passChance(p.Point!.Deal)), expected_utilities = OutcomeReport.PerNegotiator(s, Expected(s, p.Point, passChance(p.Point.Deal))) }),
    });

    private static void Write(TextWriter w, Scenario s, string title, UtilityPoint? point)
    {
        var indent = title[..(title.Length - title.TrimStart().Length)];
        w.WriteLine(point is null ? $"{title}: none — no deal is worth its reservation to every negotiator." : $"{title}:");
        if (point is not null)
        {
            w.WriteLine($"{indent}  {Utilities(s, point.Utilities)}   {DealText.Inline(s.Space, point.Deal)}");
        }
    }

    private static string Utilities(Scenario s, IReadOnlyList<double> u) =>
        string.Join(" · ", s.Negotiators.Select((n, i) => $"{n.Name} {Numbers.Utility(u[i])}"));
}
