namespace NegoSim.Silo.Tests.Grains;

public interface IFragileActivationGrain : IGrainWithStringKey
{
    Task<string> Hello();
}

/// <summary>Its activation fails while the log holds fewer than the key's number of earlier attempts.</summary>
public sealed class FragileActivationGrain(LifecycleLog log) : Grain, IFragileActivationGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var key = this.GetPrimaryKeyString();
        log.Add($"attempt {key}");
        if (log.Count($"attempt {key}") <= int.Parse(key.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"activation of {key} refused");
        }
    }

    public Task<string> Hello() => Task.FromResult("hello");
}
