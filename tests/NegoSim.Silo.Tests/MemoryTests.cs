using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests;

[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public sealed class MemoryCollection;

/// <summary>Measured alone (no other test allocating meanwhile), since it reads the process's heap.</summary>
[Collection(nameof(MemoryTests))]
public sealed class MemoryTests
{
    [Fact]
    public async Task A_silo_that_released_a_million_activations_holds_no_more_than_one_that_released_a_thousand()
    {
        await using var silo = await TestSilo.StartAsync();

        var afterThousand = await ActivateAndRetire(silo, 0, 1_000);
        var afterMillion = await ActivateAndRetire(silo, 1_000, 1_000_000);

        Assert.Equal(0, silo.ActivationCount);
        // One leaked activation costs hundreds of bytes, so a leak of a million would show as hundreds of MB.
        Assert.True(afterMillion - afterThousand < 8 * 1024 * 1024, $"heap grew from {afterThousand:N0} to {afterMillion:N0} bytes");
    }

    private static async Task<long> ActivateAndRetire(SiloHost silo, int from, int count)
    {
        const int batch = 1_000;
        for (var start = from; start < from + count; start += batch)
        {
            await Task.WhenAll(Enumerable.Range(start, batch).Select(i => silo.GrainFactory.GetGrain<IQuietGrain>($"m{i}").Retire()));
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
