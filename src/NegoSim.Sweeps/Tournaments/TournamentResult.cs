using System.Collections.Immutable;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// A tournament scored: the agents ranked by their mean utility (ties by name), each with its 95 % intervals, and the
/// agent × agent matrix of the row agent's mean utility against the column agent (in either role).
/// </summary>
public sealed record TournamentResult(int Negotiations, ImmutableArray<AgentScore> Ranking, ImmutableArray<string> Agents, double[,] Matrix)
{
    public static TournamentResult Score(TournamentOptions options, IReadOnlyList<TournamentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rows);
        var names = options.Agents.Select(a => a.Name).ToImmutableArray();
        var scores = names.Select(name =>
        {
            // Each negotiation counts once per role the agent played in it (twice in self-play).
            var own = new List<double>();
            var agreed = new List<double>();
            var welfare = new List<double>();
            var pareto = new List<double>();
            var nash = new List<double>();
            var rounds = new List<double>();
            foreach (var row in rows)
            {
                foreach (var (agent, utility) in new[] { (row.First, row.UtilityFirst), (row.Second, row.UtilitySecond) })
                {
                    if (agent != name)
                    {
                        continue;
                    }

                    own.Add(utility);
                    agreed.Add(row.Agreed ? 1 : 0);
                    welfare.Add(row.Welfare);
                    if (row.ParetoDistance is { } p)
                    {
                        pareto.Add(p);
                    }

                    if (row.NashDistance is { } n)
                    {
                        nash.Add(n);
                    }

                    if (row.Agreed)
                    {
                        rounds.Add(row.Round);
                    }
                }
            }

            return new AgentScore(name, Estimate.Of(own), Estimate.Of(agreed), Estimate.Of(welfare), Estimate.Of(pareto), Estimate.Of(nash), Estimate.Of(rounds));
        }).OrderByDescending(s => s.Utility.Mean).ThenBy(s => s.Agent, StringComparer.Ordinal).ToImmutableArray();

        var matrix = new double[names.Length, names.Length];
        var counts = new int[names.Length, names.Length];
        foreach (var row in rows)
        {
            var (a, b) = (names.IndexOf(row.First), names.IndexOf(row.Second));
            if (a < 0 || b < 0)
            {
                continue;
            }

            matrix[a, b] += row.UtilityFirst;
            counts[a, b]++;
            matrix[b, a] += row.UtilitySecond;
            counts[b, a]++;
        }

        for (var a = 0; a < names.Length; a++)
        {
            for (var b = 0; b < names.Length; b++)
            {
                matrix[a, b] = counts[a, b] == 0 ? double.NaN : matrix[a, b] / counts[a, b];
            }
        }

        return new TournamentResult(rows.Count, scores, names, matrix);
    }
}
