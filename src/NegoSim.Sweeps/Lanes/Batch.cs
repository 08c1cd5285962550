using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Lanes;

/// <summary>Plays a batch of runs, one per seed, without transcripts; a run that fails becomes its one-line error.</summary>
public static class Batch
{
    /// <summary>
    /// Plays the points of <paramref name="request"/>, each compiled by <paramref name="compile"/> (given the point's
    /// index and source), through the parties <paramref name="parties"/> gives; with <see cref="BatchRequest.Rows"/>,
    /// the result is the runs' lines of the sweep's output.
    /// </summary>
    /// <exception cref="ScenarioException">A point does not compile (the caller sends only points that do).</exception>
    public static async Task<BatchResult> PlayAsync(
        BatchRequest request, Func<int, ScenarioSource, CompiledScenario> compile, Func<ScenarioSource, ScenarioTables, IPartyDirectory> parties)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(compile);
        ArgumentNullException.ThrowIfNull(parties);
        var rows = request.Rows is null ? null : new RowsMaker(request.Rows, request.Runs);
        var results = ImmutableArray.CreateBuilder<RunSummary?>(rows is null ? request.Runs : 0);
        var errors = ImmutableArray.CreateBuilder<string?>(rows is null ? request.Runs : 0);
        for (var i = 0; i < request.Points.Length; i++)
        {
            var point = request.Points[i];

            // The points of a sweep share the request's source object, and with it the hash of its files.
            var source = point.Varies.SequenceEqual(request.Scenario.Varies) ? request.Scenario : request.Scenario.WithVaries(point.Varies);
            var file = compile(i, source);
            var played = await PlayAsync(file.Tables, point.Seeds, parties(source, file.Tables));
            if (rows is null)
            {
                results.AddRange(played.Results);
                errors.AddRange(played.Errors);
            }
            else
            {
                rows.Add(point, file, played);
            }
        }

        return rows is null ? new BatchResult(results.MoveToImmutable(), errors.MoveToImmutable()) : new BatchResult([], [], rows.Rows());
    }

    /// <param name="tables">The scenario, with its tables.</param>
    /// <param name="seeds">One run per seed, in this order.</param>
    /// <param name="parties">The parties, reused from run to run (each run briefs them afresh).</param>
    public static async Task<BatchResult> PlayAsync(ScenarioTables tables, ImmutableArray<ulong> seeds, IPartyDirectory parties)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var results = ImmutableArray.CreateBuilder<RunSummary?>(seeds.Length);
        var errors = ImmutableArray.CreateBuilder<string?>(seeds.Length);
        foreach (var seed in seeds)
        {
            try
            {
                results.Add(RunSummary.Of(await AlternatingOffers.RunAsync(tables, seed, parties, recordRounds: false), tables.Scenario));
                errors.Add(null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                results.Add(null);
                errors.Add($"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "));
            }
        }

        return new BatchResult(results.MoveToImmutable(), errors.MoveToImmutable());
    }
}
