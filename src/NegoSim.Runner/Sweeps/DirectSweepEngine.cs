using System.Collections.Immutable;
using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Runner.Sweeps;

/// <summary>Drives the model directly, without Orleans: the same results as the grains, for comparison and benchmarks.</summary>
public sealed class DirectSweepEngine : ISweepEngine
{
    public bool PlaysElsewhere => false;

    public async Task<BatchResult> PlayAsync(ScenarioFile point, ImmutableArray<ulong> seeds, int lane)
    {
        ArgumentNullException.ThrowIfNull(point);
        var results = ImmutableArray.CreateBuilder<RunSummary?>(seeds.Length);
        var errors = ImmutableArray.CreateBuilder<string?>(seeds.Length);
        foreach (var seed in seeds)
        {
            try
            {
                results.Add(RunSummary.Of(await AlternatingOffers.RunAsync(point.Tables, seed, new LocalParties(point.Tables), recordRounds: false)));
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

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
