using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>
/// The proxy behind a grain interface. It holds the grain's identity and, as a shortcut, the activation it
/// last reached; a defunct activation is looked up again, so a reference outlives any one activation.
/// Not sealed: <see cref="DispatchProxy"/> derives from it.
/// </summary>
public class GrainReference : DispatchProxy
{
    private SiloRuntime? _runtime;

    internal GrainId Id { get; private set; }

    internal ActivationData? Activation { get; set; }

    internal void Bind(SiloRuntime runtime, GrainId id)
    {
        _runtime = runtime;
        Id = id;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        _runtime!.Invoke(this, targetMethod!, args);

    public override string ToString() => $"GrainReference:{Id}";
}
