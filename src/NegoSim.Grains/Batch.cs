using System.Collections.Immutable;
using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains;

/// <summary>Plays a batch of runs of one scenario, one per seed, without transcripts; a run that fails becomes its one-line error.</summary>
public static class Batch
{
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
                results.Add(RunSummary.Of(await AlternatingOffers.RunAsync(tables, seed, parties, recordRounds: false)));
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
