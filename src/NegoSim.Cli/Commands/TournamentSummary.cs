using System.Globalization;
using NegoSim.Sweeps.Tournaments;

namespace NegoSim.Cli.Commands;

/// <summary>A tournament's ranking and matrix as text.</summary>
internal static class TournamentSummary
{
    public static void Write(TextWriter w, TournamentResult result, TournamentOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"{result.Negotiations:N0} negotiations: {options.Agents.Length} agents, both roles, on {options.Scenarios.Length} scenario(s), {options.Repetitions} run(s) each"));
        w.WriteLine();
        w.WriteLine("rank  agent                 utility (95% CI)       agreement          welfare   to Pareto  to Nash   rounds");
        var rank = 1;
        foreach (var s in result.Ranking)
        {
            w.WriteLine(string.Create(c, $"{rank++,4}  {s.Agent,-20}  {s.Utility.Mean,5:0.000} ({s.Utility.Low:0.000}–{s.Utility.High:0.000})  {s.Agreement.Mean,5:0.000} (±{(s.Agreement.High - s.Agreement.Low) / 2:0.000})  {s.Welfare.Mean,7:0.000}  {s.ParetoDistance.Mean,9:0.000}  {s.NashDistance.Mean,7:0.000}  {s.Rounds.Mean,6:0.0}"));
        }

        w.WriteLine();
        w.WriteLine("mean utility of the row agent against the column agent (either role):");
        w.WriteLine("                      " + string.Concat(result.Agents.Select(a => $"{Short(a),12}")));
        for (var a = 0; a < result.Agents.Length; a++)
        {
            w.WriteLine($"{Short(result.Agents[a]),-20}  " + string.Concat(Enumerable.Range(0, result.Agents.Length).Select(b => string.Create(c, $"{result.Matrix[a, b],12:0.000}"))));
        }
    }

    private static string Short(string name) => name.Length <= 11 ? name : name[..11];
}
