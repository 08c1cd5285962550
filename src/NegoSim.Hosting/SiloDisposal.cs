namespace NegoSim.Hosting;

/// <summary>Disposes a silo that may still be starting: once it has started (if it failed to start, there is nothing to dispose).</summary>
public sealed class SiloDisposal(Task<SiloConnection>? starting) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        if (starting is null)
        {
            return;
        }

        try
        {
            await starting;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return; // reported where the sweep awaited it
        }

        await starting.Result.DisposeAsync();
    }
}
