using System.Collections.Concurrent;
using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>Which grain class serves each grain interface, and the compiled methods of each interface.</summary>
internal sealed class GrainTypeMap
{
    private readonly Dictionary<Type, GrainClass> _classByInterface;
    private readonly ConcurrentDictionary<MethodInfo, GrainMethod> _methods = new();

    public GrainTypeMap(IEnumerable<Type> grainClasses)
    {
        _classByInterface = [];
        foreach (var type in grainClasses.Distinct())
        {
            var grainClass = new GrainClass(type);
            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (_classByInterface.TryGetValue(grainInterface, out var other))
                {
                    throw new InvalidOperationException(
                        $"Both {other.Name} and {type.Name} implement {grainInterface.Name}; one grain interface needs exactly one grain class.");
                }

                foreach (var method in AllMethods(grainInterface))
                {
                    _methods[method] = GrainMethod.Create(grainInterface, method);
                }

                _classByInterface[grainInterface] = grainClass;
            }
        }
    }

    public GrainClass ClassOf(Type grainInterface) =>
        _classByInterface.TryGetValue(grainInterface, out var grainClass)
            ? grainClass
            : throw new ArgumentException(
                $"No grain class implements {grainInterface.Name}. Register one with SiloBuilder.AddGrain<T>() or AddGrains(assembly).",
                nameof(grainInterface));

    public GrainMethod MethodOf(MethodInfo method) => _methods[method];

    private static bool IsGrainInterface(Type type) =>
        type.IsInterface && type != typeof(IGrainWithStringKey) && type != typeof(IGrain) && typeof(IGrainWithStringKey).IsAssignableFrom(type);

    private static IEnumerable<MethodInfo> AllMethods(Type grainInterface) =>
        grainInterface.GetMethods().Concat(grainInterface.GetInterfaces().SelectMany(i => i.GetMethods()));
}
