using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace NegoSim.Silo.Runtime;

/// <summary>A registered grain class: how to construct it and how it schedules requests.</summary>
internal sealed class GrainClass
{
    private readonly ObjectFactory _factory;

    public GrainClass(Type type)
    {
        Type = type;
        Name = type.Name;
        IsReentrant = type.GetCustomAttribute<ReentrantAttribute>(inherit: true) is not null;
        _factory = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
    }

    public Type Type { get; }

    public string Name { get; }

    public bool IsReentrant { get; }

    public Grain Create(IServiceProvider services) => (Grain)_factory(services, null);

    public override string ToString() => Name;
}
