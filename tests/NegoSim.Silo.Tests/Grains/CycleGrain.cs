namespace NegoSim.Silo.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls the grain named <paramref name="next"/>, which calls this one back.</summary>
    Task<string> Start(string next);

    Task<string> CallBack(string origin);

    Task<string> Pong();
}

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> Start(string next) => GrainFactory.GetGrain<ICycleGrain>(next).CallBack(this.GetPrimaryKeyString());

    public Task<string> CallBack(string origin) => GrainFactory.GetGrain<ICycleGrain>(origin).Pong();

    public Task<string> Pong() => Task.FromResult("pong");
}
