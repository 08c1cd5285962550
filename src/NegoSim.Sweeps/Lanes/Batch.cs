using System.Collections.Immutable;
using System.Diagnostics;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Telemetry;
using NegoSim.Sweeps.Rows;
using OpenTelemetry;

namespace NegoSim.Sweeps.Lanes;

/// <summary>Plays a batch of runs, one per seed, without transcripts; a run that fails becomes its one-line error.</summary>
public static class Batch
{
    /// <summary>
    /// Plays the points of <paramref name="request"/>, each compiled by <paramref name="compile"/> (given the point's
    /// index and source), through the parties <paramref name="parties"/> gives; with <see cref="BatchRequest.Rows"/>,
    /// the result is the runs' lines of the sweep's output, in <paramref name="format"/> if given (made for these
    /// columns before), else in one made for the first point.
    /// </summary>
    /// <exception cref="ScenarioException">A point does not compile (the caller sends only points that do).</exception>
    public static async Task<BatchResult> PlayAsync(
        BatchRequest request, Func<int, ScenarioSource, CompiledScenario> compile, Func<ScenarioSource, ScenarioTables, IPartyDirectory> parties, SweepFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(compile);
        ArgumentNullException.ThrowIfNull(parties);
        var rows = request.Rows is null ? null : new RowsMaker(request.Rows, request.Runs, format);
        var results = ImmutableArray.CreateBuilder<RunSummary?>(rows is null ? request.Runs : 0);
        var errors = ImmutableArray.CreateBuilder<string?>(rows is null ? request.Runs : 0);
        for (var i = 0; i < request.Points.Length; i++)
        {
            var point = request.Points[i];

            // The points of a sweep share the request's source object, and with it the hash of its files.
            var source = point.Varies.SequenceEqual(request.Scenario.Varies) ? request.Scenario : request.Scenario.WithVaries(point.Varies);
            var file = compile(i, source);
            var played = await PlayAsync(file.Tables, point.Seeds, parties(source, file.Tables), request.Traced ? new RunTrace(point.FirstRun, file.Parameters) : null);
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
    /// <param name="trace">
    /// For a traced batch, the first run's number and the parameters: the runs' spans go under the caller's. Null: the
    /// runs make no spans, whatever span is current (a grain activation may keep the one of the call that created it).
    /// </param>
    public static async Task<BatchResult> PlayAsync(ScenarioTables tables, ImmutableArray<ulong> seeds, IPartyDirectory parties, RunTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        // Only for the rest of this call (the caller's current span is its own again when this returns): nothing is
        // recorded, nor even made, for runs nobody traces; with nobody listening there is nothing to suppress.
        var quiet = trace is null && NegotiationTelemetry.Source.HasListeners();
        using var untraced = quiet ? SuppressInstrumentationScope.Begin() : null;
        if (quiet)
        {
            Activity.Current = null;
        }

        var run = trace?.Run ?? 0;
        var results = ImmutableArray.CreateBuilder<RunSummary?>(seeds.Length);
        var errors = ImmutableArray.CreateBuilder<string?>(seeds.Length);
        foreach (var seed in seeds)
        {
            try
            {
                var runTrace = trace is null ? null : trace with { Run = run++ };
                results.Add(RunSummary.Of(await AlternatingOffers.RunAsync(tables, seed, parties, recordRounds: false, runTrace), tables.Scenario));
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
