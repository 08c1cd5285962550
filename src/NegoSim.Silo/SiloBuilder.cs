using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NegoSim.Silo.Runtime;

namespace NegoSim.Silo;

/// <summary>Builds a <see cref="SiloHost"/>: which grain classes it hosts, their services, and its options.</summary>
public sealed class SiloBuilder
{
    private readonly List<Type> _grainClasses = [];
    private readonly SiloOptions _options = new();

    /// <summary>Services the grains' constructors may ask for.</summary>
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>Hosts grain class <typeparamref name="TGrain"/> for every grain interface it implements.</summary>
    public SiloBuilder AddGrain<TGrain>()
        where TGrain : Grain
    {
        _grainClasses.Add(typeof(TGrain));
        return this;
    }

    /// <summary>Hosts every concrete grain class of <paramref name="assembly"/>.</summary>
    public SiloBuilder AddGrains(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _grainClasses.AddRange(assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t)));
        return this;
    }

    public SiloBuilder ConfigureServices(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Services);
        return this;
    }

    public SiloBuilder Configure(Action<SiloOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options);
        return this;
    }

    /// <summary>Checks the grain classes and interfaces and builds the silo; it serves calls once started.</summary>
    public SiloHost Build()
    {
        _options.Validate();
        var types = new GrainTypeMap(_grainClasses);
        var provider = Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new SiloHost(new SiloRuntime(types, _options, provider), provider);
    }
}
