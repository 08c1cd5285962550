using System.Collections.Concurrent;
using System.Collections.Immutable;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Model.Scenarios;
using NegoSim.Silo;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// Plays batches on the silos: each worker (lane) has a negotiation grain, keyed <c>{sweep}/{lane}</c> with a key no
/// other client uses, that plays its batches one after another — through its party grains
/// (<paramref name="throughParties"/>, one message a round) or with the model in its own turn. At the end every lane
/// retires its grains, so the sweep leaves no activation behind.
/// </summary>
public sealed class GrainSweepEngine(SiloConnection silo, bool throughParties) : ISweepEngine
{
    private readonly string _sweep = RunKeys.New();
    private readonly ConcurrentDictionary<int, INegotiationGrain> _lanes = new();

    public Task<BatchResult> PlayAsync(ScenarioFile point, ImmutableArray<ulong> seeds, int lane)
    {
        ArgumentNullException.ThrowIfNull(point);
        silo.Share(point);
        var grain = _lanes.GetOrAdd(lane, l => silo.Client.GetGrain<INegotiationGrain>($"{_sweep}/{l}"));
        return grain.Play(new BatchRequest(point.Source, seeds, throughParties));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes.Values)
        {
            await lane.Retire();
        }

        _lanes.Clear();
    }
}
