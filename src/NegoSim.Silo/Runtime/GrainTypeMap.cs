using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>Which grain class serves each grain interface, and the compiled methods of each interface.</summary>
internal sealed class GrainTypeMap
{
    private readonly Dictionary<Type, GrainClass> _classByInterface;

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
                    Validate(grainInterface, method);
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

    /// <summary>Refuses what cannot be a grain method: the generated reference of such a method only throws.</summary>
    private static void Validate(Type grainInterface, MethodInfo method)
    {
        var returnType = method.ReturnType;
        var generic = returnType.IsGenericType ? returnType.GetGenericTypeDefinition() : null;
        if (returnType != typeof(Task) && returnType != typeof(ValueTask) && generic != typeof(Task<>) && generic != typeof(ValueTask<>))
        {
            throw new InvalidOperationException(
                $"{grainInterface.Name}.{method.Name} returns {returnType.Name}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.");
        }

        if (method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"{grainInterface.Name}.{method.Name} is generic; grain methods must not be.");
        }

        if (method.GetParameters().FirstOrDefault(p => p.ParameterType.IsByRef) is { } byRef)
        {
            throw new InvalidOperationException(
                $"{grainInterface.Name}.{method.Name} takes {byRef.Name} by reference; grain methods take their arguments by value.");
        }
    }

    private static bool IsGrainInterface(Type type) =>
        type.IsInterface && type != typeof(IGrainWithStringKey) && type != typeof(IGrain) && typeof(IGrainWithStringKey).IsAssignableFrom(type);

    private static IEnumerable<MethodInfo> AllMethods(Type grainInterface) =>
        grainInterface.GetMethods().Concat(grainInterface.GetInterfaces().SelectMany(i => i.GetMethods()));
}
