namespace NegoSim.Silo.Tests.Grains;

public interface IRelayGrain : IGrainWithStringKey
{
    /// <summary>Calls the counter grain of the same key.</summary>
    Task<int> Relay();
}

public sealed class RelayGrain : Grain, IRelayGrain
{
    public Task<int> Relay() => GrainFactory.GetGrain<ICounterGrain>(this.GetPrimaryKeyString()).Increment();
}
