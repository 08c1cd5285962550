using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests;

[CollectionDefinition(nameof(Allocations), DisableParallelization = true)]
public sealed class AllocationCollection;

/// <summary>
/// Bytes a run allocates on the calling thread, for tests of the hot path's allocations. Such tests run alone
/// (<see cref="AllocationCollection"/>) so that no other test's trace listener is active meanwhile.
/// </summary>
internal static class Allocations
{
    /// <summary>A scenario where no deal is possible (seller needs a share ≥ 6, buyer ≤ 4), so every round up to the deadline is played.</summary>
    public static Scenario Deadlock(int deadline) =>
        TestScenarios.Split(deadline, sellerReservation: 0.6, buyerReservation: 0.6);

    /// <summary>Runs <paramref name="run"/> once to warm up, then measures a second call; the run must finish on this thread.</summary>
    public static long Of(Func<bool> run)
    {
        Assert.True(run(), "the warm-up run did not finish synchronously");
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(run(), "the run did not finish synchronously");
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
