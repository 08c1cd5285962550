namespace NegoSim.Silo.Runtime;

/// <summary>One method of a grain interface, as the generated grain references name it.</summary>
public abstract class GrainMethod
{
    private protected GrainMethod(Type grainInterface, string name)
    {
        ArgumentNullException.ThrowIfNull(grainInterface);
        ArgumentException.ThrowIfNullOrEmpty(name);
        InterfaceName = grainInterface.Name;
        Name = name;
        ActivityName = $"{InterfaceName}/{Name}";
    }

    /// <summary>The interface that declares the method.</summary>
    public string InterfaceName { get; }

    public string Name { get; }

    /// <summary><c>{Interface}/{Method}</c>, the span name of a call.</summary>
    public string ActivityName { get; }

    public override string ToString() => $"{InterfaceName}.{Name}";
}
