using NegoSim.Silo.Runtime;

namespace NegoSim.Silo;

/// <summary>
/// Base class of every grain. One activation serves one key; it runs one request at a time
/// (unless the class is <see cref="ReentrantAttribute">[Reentrant]</see>), across awaits.
/// </summary>
public abstract class Grain
{
    private ActivationData? _activation;

    /// <summary>The key this activation serves.</summary>
    public string PrimaryKey => Activation.Id.Key;

    /// <summary>The grain's identity as <c>ClassName/key</c>.</summary>
    public string IdentityString => Activation.Id.ToString();

    /// <summary>The factory for calling other grains from this one.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    /// <summary>The silo's service provider.</summary>
    protected IServiceProvider ServiceProvider => Activation.Runtime.Services;

    private ActivationData Activation =>
        _activation ?? throw new InvalidOperationException("This grain was constructed outside a silo; get it from IGrainFactory.GetGrain.");

    /// <summary>Runs once, before the first call reaches this activation. A throw fails that call and discards the activation.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once when the activation is deactivated, after its last request has finished.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivate this activation as soon as the current request has finished. The next call makes a new one.</summary>
    protected void DeactivateOnIdle() =>
        Activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    internal void Attach(ActivationData activation) => _activation = activation;
}
