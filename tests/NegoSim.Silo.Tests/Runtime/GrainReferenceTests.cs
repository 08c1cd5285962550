using NegoSim.Silo.Runtime;
using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests.Runtime;

[CollectionDefinition(nameof(GrainReferenceTests), DisableParallelization = true)]
public sealed class GrainReferenceCollection;

/// <summary>The references the code generator writes: every method shape, and no allocation on a call answered at once.</summary>
[Collection(nameof(GrainReferenceTests))]
public sealed class GrainReferenceTests
{
    [Fact]
    public async Task Every_method_shape_reaches_the_grain_and_answers()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IShapesGrain>("shapes");

        Assert.Equal("hello", await grain.Echo("hello"));
        Assert.Equal(5, await grain.Add(2, 3));
        Assert.Equal(9, await grain.AddLater(2, 3, 4));
        await grain.Touch();
        await grain.TouchLater();
        Assert.Equal(2, await grain.Touches());
    }

    [Fact]
    public async Task A_value_task_method_that_throws_reaches_the_caller_as_thrown()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IShapesGrain>("thrower");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await grain.Fail("no"));

        Assert.Equal("no", error.Message);
    }

    [Fact]
    public async Task The_reference_is_the_generated_one_and_names_its_grain()
    {
        await using var silo = await TestSilo.StartAsync();

        var grain = silo.GrainFactory.GetGrain<IShapesGrain>("named");

        Assert.IsAssignableFrom<GrainReference>(grain);
        Assert.Equal("GrainReference:ShapesGrain/named", grain.ToString());
    }

    [Fact]
    public async Task A_call_answered_at_once_allocates_nothing()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IShapesGrain>("lean");
        for (var i = 0; i < 1_000; i++)
        {
            await grain.Add(i, 1);
            await grain.Touch();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var added = grain.Add(i, 1);
            Assert.True(added.IsCompletedSuccessfully);
            sum += await added;
            var touched = grain.Touch();
            Assert.True(touched.IsCompletedSuccessfully);
            await touched;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(50_005_000, sum);
        // 20,000 calls: even 8 bytes per call would show as 160,000.
        Assert.True(allocated < 1_000, $"{allocated:N0} bytes allocated by 20,000 calls");
    }
}
