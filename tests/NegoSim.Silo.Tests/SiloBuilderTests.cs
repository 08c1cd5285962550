namespace NegoSim.Silo.Tests;

public interface IUnregisteredGrain : IGrainWithStringKey
{
    Task Nothing();
}

public interface IBadReturnGrain : IGrainWithStringKey
{
    int NotAsync();
}

public sealed class BadReturnGrain : Grain, IBadReturnGrain
{
    public int NotAsync() => 0;
}

public sealed class SiloBuilderTests
{
    [Fact]
    public void A_grain_method_that_does_not_return_a_task_is_refused_at_build()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SiloBuilder().AddGrain<BadReturnGrain>().Build());

        Assert.Equal("IBadReturnGrain.NotAsync returns Int32; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.", error.Message);
    }

    [Fact]
    public async Task Asking_for_a_grain_no_class_implements_names_the_interface()
    {
        await using var silo = new SiloBuilder().Build();

        var error = Assert.Throws<ArgumentException>(() => silo.GrainFactory.GetGrain<IUnregisteredGrain>("x"));

        Assert.Contains("No grain class implements IUnregisteredGrain", error.Message);
    }

    [Fact]
    public void A_non_positive_response_timeout_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SiloBuilder().Configure(o => o.ResponseTimeout = TimeSpan.Zero).Build());

        Assert.Equal("ResponseTimeout", error.ParamName);
    }
}
