using System.Collections.Immutable;
using NegoSim.Hosting;
using NegoSim.Model;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// <c>negosim tournament</c>'s service: plays every ordered pair of agents on every scenario, both role assignments
/// and self-play included, each <see cref="TournamentOptions.Repetitions"/> times with seeds derived from the master
/// seed by the match's place in the schedule (so a resumed or repeated tournament plays the same negotiations), on
/// this machine's cores or on silos (as a sweep's batches: the same rows), writing one row per negotiation in schedule
/// order; then scores the agents.
/// </summary>
public static class Tournament
{
    /// <summary>How many negotiations are played between two writes (and lost, at most, to an interruption).</summary>
    private const int Block = 512;

    /// <summary>The schedule: scenario, first agent, second agent, repetition — in that nesting.</summary>
    public static IEnumerable<TournamentMatch> Schedule(TournamentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        long index = 0;
        for (var s = 0; s < options.Scenarios.Length; s++)
        {
            for (var a = 0; a < options.Agents.Length; a++)
            {
                for (var b = 0; b < options.Agents.Length; b++)
                {
                    for (var r = 0; r < options.Repetitions; r++, index++)
                    {
                        yield return new TournamentMatch(index, s, a, b, r, RunRandom.DeriveSeed(options.Seed, index));
                    }
                }
            }
        }
    }

    /// <param name="options">What to play.</param>
    /// <param name="done">The rows of an earlier, interrupted run of the same tournament (they are not played again).</param>
    /// <param name="write">Called with each block of new rows, in schedule order.</param>
    /// <param name="progress">Called with the number of negotiations finished.</param>
    /// <param name="cancel">Stops between blocks; what was written stays.</param>
    public static async Task<TournamentResult> RunAsync(TournamentOptions options, IReadOnlyList<TournamentRow> done, Action<IReadOnlyList<TournamentRow>> write, Action<long>? progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(write);
        if (options.Engine == "direct" && options.Cluster is not null)
        {
            throw new InputException("--engine direct plays in this process; leave it out (or give --engine batch) to play on --cluster.");
        }

        var compiled = Compile(options);
        var starting = options.Engine == "direct" ? null : Task.Run(() => SiloConnection.OpenAsync(options.Cluster, cancel), cancel);
        await using var started = new SiloDisposal(starting);
        await using var engine = starting is null ? null : new GrainSweepEngine(starting, throughParties: options.Engine == "grains", options.Cluster);
        var rows = new List<TournamentRow>(done);
        var pending = Schedule(options).Skip(done.Count).ToList();
        for (var start = 0; start < pending.Count; start += Block)
        {
            cancel.ThrowIfCancellationRequested();
            var block = pending.Skip(start).Take(Block).ToArray();
            var played = engine is null ? PlayHere(options, compiled, block) : await PlayOnSilosAsync(options, compiled, block, engine);
            write(played);
            rows.AddRange(played);
            progress?.Invoke(rows.Count);
        }

        return TournamentResult.Score(options, rows);
    }

    private static TournamentRow[] PlayHere(TournamentOptions options, Dictionary<(int, int, int), CompiledScenario> compiled, TournamentMatch[] block)
    {
        var played = new TournamentRow[block.Length];
        Parallel.For(0, block.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers) }, i =>
        {
            var match = block[i];
            var scenario = compiled[(match.Scenario, match.First, match.Second)];
            var tables = scenario.Tables;
            var result = AlternatingOffers.RunAsync(tables, match.Seed, new LocalParties(tables), recordRounds: false).AsTask().GetAwaiter().GetResult();
            played[i] = Row(options, scenario, match, RunSummary.Of(result));
        });
        return played;
    }

    /// <summary>
    /// Plays a block as a sweep's batches: the matches of one scenario and pair of agents (their repetitions) are one
    /// batch of one point, its source the scenario with the agents' settings; the lanes take the batches in turn.
    /// </summary>
    private static async Task<TournamentRow[]> PlayOnSilosAsync(TournamentOptions options, Dictionary<(int, int, int), CompiledScenario> compiled, TournamentMatch[] block, ISweepEngine engine)
    {
        var played = new TournamentRow[block.Length];
        var batches = Enumerable.Range(0, block.Length).GroupBy(i => (block[i].Scenario, block[i].First, block[i].Second)).ToList();
        var lanes = Math.Max(1, options.Workers);
        await Task.WhenAll(Enumerable.Range(0, Math.Min(lanes, batches.Count)).Select(async lane =>
        {
            for (var b = lane; b < batches.Count; b += lanes)
            {
                var places = batches[b].ToArray();
                var scenario = compiled[batches[b].Key];
                var seeds = places.Select(i => block[i].Seed).ToImmutableArray();
                var result = await engine.PlayAsync(scenario.Source, [(scenario, block[places[0]].Index, seeds)], null, lane);
                for (var k = 0; k < places.Length; k++)
                {
                    var summary = result.Results[k] ?? throw new InputException($"{options.Scenarios[block[places[k]].Scenario].Name}: {result.Errors[k]}");
                    played[places[k]] = Row(options, scenario, block[places[k]], summary);
                }
            }
        }));
        return played;
    }

    /// <summary>Each scenario with each ordered pair of agents in its two roles, compiled once.</summary>
    private static Dictionary<(int, int, int), CompiledScenario> Compile(TournamentOptions options)
    {
        var compiled = new Dictionary<(int, int, int), CompiledScenario>();
        for (var s = 0; s < options.Scenarios.Length; s++)
        {
            var (name, source) = options.Scenarios[s];
            var plain = ScenarioReader.Read(source);
            if (plain.Scenario.Negotiators.Length != 2)
            {
                throw new InputException($"{name}: a tournament plays two negotiators; this scenario has {plain.Scenario.Negotiators.Length}.");
            }

            var (first, second) = (plain.Scenario.Negotiators[0].Name, plain.Scenario.Negotiators[1].Name);
            for (var a = 0; a < options.Agents.Length; a++)
            {
                for (var b = 0; b < options.Agents.Length; b++)
                {
                    var sets = source.Sets.AddRange(options.Agents[a].SetsFor(first)).AddRange(options.Agents[b].SetsFor(second));
                    compiled[(s, a, b)] = ScenarioReader.Read(new ScenarioSource(source.Files, sets));
                }
            }
        }

        return compiled;
    }

    private static TournamentRow Row(TournamentOptions options, CompiledScenario scenario, TournamentMatch match, RunSummary result)
    {
        var tables = scenario.Tables;
        var agreed = result.Status is OutcomeStatus.Signed or OutcomeStatus.Ratified;
        var utilities = agreed ? result.Utilities : [.. scenario.Scenario.Negotiators.Select(n => n.Reservation)];
        var (nash, pareto, _) = tables.Distances.Of(utilities);
        return new TournamentRow(
            match.Index,
            options.Scenarios[match.Scenario].Name,
            match.Seed,
            options.Agents[match.First].Name,
            options.Agents[match.Second].Name,
            result.Status.Name(),
            agreed ? result.Round : 0,
            utilities[0],
            utilities[1],
            pareto,
            nash);
    }
}
