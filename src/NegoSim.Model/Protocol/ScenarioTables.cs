using System.Collections.Concurrent;
using System.Globalization;
using NegoSim.Model.Analysis;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Protocol;

/// <summary>
/// What a scenario implies for every outcome, stage by stage of its timeline (stage 0: the opening parties; stage s:
/// the parties after its first s events). Each stage's tables are built on first use and kept here, so whoever holds
/// this object (a compiled scenario) shares them with every run it plays; nothing is cached anywhere else.
/// </summary>
public sealed class ScenarioTables
{
    /// <summary>How many stages as learned from votes are kept; past it they are forgotten (a referendum's tallies rarely repeat).</summary>
    private const int MostLearned = 256;

    private readonly StageTables?[] _stages;
    private readonly ConcurrentDictionary<string, StageTables> _learned = new(StringComparer.Ordinal);
    private PointDistances? _distances;

    public ScenarioTables(Scenario scenario)
        : this(scenario, null)
    {
    }

    /// <param name="scenario">The scenario.</param>
    /// <param name="parts">Where sets equal to those of a template's other scenarios are found, or null.</param>
    internal ScenarioTables(Scenario scenario, CompiledParts? parts)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Parts = parts;
        _stages = new StageTables?[scenario.Events.Length + 1];
    }

    public Scenario Scenario { get; }

    /// <summary>The distances of utility vectors to its Nash point and Pareto frontier (what a sweep's rows report), worked out when first asked for.</summary>
    public PointDistances Distances
    {
        get
        {
            var distances = Volatile.Read(ref _distances);
            return distances ?? Interlocked.CompareExchange(ref _distances, new PointDistances(this), null) ?? _distances!;
        }
    }

    /// <summary>Where what this scenario shares with its template's other scenarios is kept, or null.</summary>
    internal CompiledParts? Parts { get; }

    /// <summary>The tables of stage <paramref name="stage"/> (0 to the number of events).</summary>
    public StageTables Stage(int stage)
    {
        // Two threads may build a stage at once; both build the same tables, and the first one kept is used.
        var tables = Volatile.Read(ref _stages[stage]);
        return tables ?? Interlocked.CompareExchange(ref _stages[stage], new StageTables(Scenario, stage, Parts), null) ?? _stages[stage]!;
    }

    /// <summary>
    /// The tables of stage <paramref name="stage"/> as the negotiators see it after hearing <paramref name="heard"/>:
    /// every ratifier's beliefs narrowed by the tallies of the votes of the run so far
    /// (<see cref="RatifierProfile.After"/>), and the claims made about ratifiers. Without either, <see cref="Stage(int)"/>.
    /// </summary>
    public StageTables Stage(int stage, Heard? heard)
    {
        if (heard is null || heard.IsEmpty)
        {
            return Stage(stage);
        }

        var key = stage.ToString(CultureInfo.InvariantCulture) + heard.Key;
        if (_learned.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var at = Stage(stage);
        var votes = heard.Votes.IsDefault ? [] : heard.Votes;
        var made = new StageTables(Scenario, stage, null, [.. at.Ratifiers.Select(r => r.After(votes))], heard.Claims.IsDefault ? [] : heard.Claims);
        if (_learned.Count >= MostLearned)
        {
            _learned.Clear();
        }

        return _learned.GetOrAdd(key, made);
    }

    /// <summary>
    /// The probability, under the beliefs about the ratifiers' factions, that the deal of <paramref name="result"/>
    /// passes every ratifier whose vote it needed, as the negotiators could know it when they signed (1 or 0 when the
    /// factions are known exactly); null when no vote was needed.
    /// </summary>
    public double? BelievedPass(NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.RatificationRequired)
        {
            return null;
        }

        var stage = 0;
        while (stage < Scenario.Events.Length && Scenario.Events[stage].Round <= result.Round)
        {
            stage++;
        }

        // As they could know it then: after the votes on the texts signed before.
        return PassChance(result.Deal, stage, new Heard([.. result.Votes.Where(v => v.Round < result.Round)], []));
    }

    /// <summary>
    /// The probability, under the beliefs about the ratifiers' factions at stage <paramref name="stage"/> (after the
    /// votes <paramref name="heard"/>, if any), that <paramref name="deal"/> passes every ratifier that must vote on it
    /// (1 when none must).
    /// </summary>
    public double PassChance(int deal, int stage = 0, Heard? heard = null)
    {
        var at = Stage(stage, heard);
        var probability = 1.0;
        for (var r = 0; r < at.Ratifiers.Length; r++)
        {
            if (at.Required[r].Contains(deal))
            {
                probability *= at.PassProbabilities(r)[deal];
            }
        }

        return probability;
    }
}
