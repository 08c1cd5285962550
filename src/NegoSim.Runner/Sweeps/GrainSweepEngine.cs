using System.Collections.Concurrent;
using System.Collections.Immutable;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Model.Scenarios;
using NegoSim.Silo;
using Orleans.Runtime.Placement;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// Plays batches on the silos: each worker (lane) has a negotiation grain, keyed <c>{sweep}/{lane}</c> with a key no
/// other client uses, that plays its batches one after another — through its party grains
/// (<paramref name="throughParties"/>, one message a round) or with the model in its own turn. Lanes are placed on the
/// cluster's silos in turn. When a silo is lost, a batch it held is played again on a lane placed on a live silo:
/// a run's result depends only on its point and seed, so nothing changes in the file. When no silo is left, the sweep
/// stops (<see cref="SweepStoppedException"/>). At the end every lane retires its grains.
/// </summary>
public sealed class GrainSweepEngine(SiloConnection silo, bool throughParties, string? cluster = null, Action<string>? notice = null) : ISweepEngine
{
    private const int Attempts = 8;

    private readonly string _sweep = RunKeys.New();
    private readonly ConcurrentDictionary<int, INegotiationGrain> _lanes = new();
    private int _placed;
    private int _noticed;

    public bool PlaysElsewhere => !silo.IsEmbedded;

    public async Task<BatchResult> PlayAsync(ScenarioFile point, ImmutableArray<ulong> seeds, int lane)
    {
        ArgumentNullException.ThrowIfNull(point);
        silo.Share(point);
        var request = new BatchRequest(point.Source, seeds, throughParties);
        for (var attempt = 1; ; attempt++)
        {
            var grain = _lanes.TryGetValue(lane, out var placed) ? placed : await PlaceAsync(lane);
            try
            {
                return await grain.Play(request);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && !silo.IsEmbedded)
            {
                // The lane's silo (or the way to it) is gone: retire nothing there, place the lane afresh and play again.
                _lanes.TryRemove(lane, out _);
                if (Interlocked.Exchange(ref _noticed, 1) == 0)
                {
                    notice?.Invoke($"a silo was lost or did not answer ({e.GetType().Name}); the batches it held play again on the others.");
                }

                if (attempt == Attempts)
                {
                    throw new SweepStoppedException($"the cluster{Where} failed {Attempts} times in a row to play a batch ({e.GetType().Name}: {e.Message})", e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes.Values)
        {
            try
            {
                await lane.Retire();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && !silo.IsEmbedded)
            {
                // Its silo is gone, and its grains with it.
            }
        }

        _lanes.Clear();
    }

    private string Where => cluster is null ? "" : $" at {cluster}";

    /// <summary>A new negotiation grain for <paramref name="lane"/>, activated on the next active silo in turn.</summary>
    private async Task<INegotiationGrain> PlaceAsync(int lane)
    {
        SiloAddress[] silos;
        try
        {
            silos = await silo.ActiveSilosAsync();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException)
        {
            throw new SweepStoppedException($"the cluster{Where} cannot be reached ({e.GetType().Name}: {e.Message})", e);
        }

        if (silos.Length == 0)
        {
            throw new SweepStoppedException($"the cluster{Where} has no active silo left");
        }

        var grain = silo.Client.GetGrain<INegotiationGrain>($"{_sweep}/{lane}/{RunKeys.New()}");

        // Orleans places an activation on the silo named by this hint when its first call carries it.
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silos[Interlocked.Increment(ref _placed) % silos.Length]);
        try
        {
            await grain.Ping();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }

        return _lanes[lane] = grain;
    }
}
