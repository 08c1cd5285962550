namespace NegoSim.Silo.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> IncrementSlowly();

    Task Retire();
}

public sealed class CounterGrain(LifecycleLog log) : Grain, ICounterGrain
{
    private int _count;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Add($"activate {this.GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Add($"deactivate {this.GetPrimaryKeyString()} {reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<int> Increment()
    {
        log.Add($"call {this.GetPrimaryKeyString()}");
        return Task.FromResult(++_count);
    }

    public async Task<int> IncrementSlowly()
    {
        var before = _count;
        await Task.Yield();
        _count = before + 1;
        return _count;
    }

    public Task Retire()
    {
        log.Add($"retire {this.GetPrimaryKeyString()}");
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
