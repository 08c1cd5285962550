namespace NegoSim.Silo.Tests.Grains;

public interface IFaultyGrain : IGrainWithStringKey
{
    Task ThrowNow(string message);

    Task<int> ThrowLater(string message);

    Task Hang();
}

public sealed class FaultyGrain : Grain, IFaultyGrain
{
    public Task ThrowNow(string message) => throw new ArgumentException(message);

    public async Task<int> ThrowLater(string message)
    {
        await Task.Yield();
        throw new InvalidDataException(message);
    }

    public Task Hang() => new TaskCompletionSource().Task;
}
