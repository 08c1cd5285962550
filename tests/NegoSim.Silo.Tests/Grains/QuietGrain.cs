namespace NegoSim.Silo.Tests.Grains;

public interface IQuietGrain : IGrainWithStringKey
{
    Task Retire();
}

/// <summary>Activates, deactivates on request, and logs nothing: for counting memory, not events.</summary>
public sealed class QuietGrain : Grain, IQuietGrain
{
    private readonly byte[] _state = new byte[256];

    public Task Retire()
    {
        _state[0]++;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
