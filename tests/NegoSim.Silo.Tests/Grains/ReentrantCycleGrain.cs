namespace NegoSim.Silo.Tests.Grains;

public interface IReentrantCycleGrain : IGrainWithStringKey
{
    Task<string> Start(string next);

    Task<string> CallBack(string origin);

    Task<string> Pong();
}

[Reentrant]
public sealed class ReentrantCycleGrain : Grain, IReentrantCycleGrain
{
    public Task<string> Start(string next) => GrainFactory.GetGrain<IReentrantCycleGrain>(next).CallBack(this.GetPrimaryKeyString());

    public Task<string> CallBack(string origin) => GrainFactory.GetGrain<IReentrantCycleGrain>(origin).Pong();

    public Task<string> Pong() => Task.FromResult("pong");
}
