using System.Linq.Expressions;
using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>One method of a grain interface, compiled once into a direct call.</summary>
internal abstract class GrainMethod
{
    protected GrainMethod(Type grainInterface, MethodInfo method)
    {
        InterfaceName = grainInterface.Name;
        Name = method.Name;
        ActivityName = $"{InterfaceName}/{Name}";
    }

    public string InterfaceName { get; }

    public string Name { get; }

    /// <summary><c>{Interface}/{Method}</c>, the span name of a call.</summary>
    public string ActivityName { get; }

    /// <summary>Calls the grain; a synchronous throw comes back as a faulted task, never as a throw.</summary>
    public abstract Task Invoke(Grain grain, object?[]? args);

    /// <summary>A faulted task of the method's return type.</summary>
    public abstract Task Fault(Exception exception);

    /// <summary>The method's typed result once <paramref name="call"/>, which yields the finished grain task, completes.</summary>
    public abstract Task Complete(Task<Task> call);

    public static GrainMethod Create(Type grainInterface, MethodInfo method)
    {
        var returnType = method.ReturnType;
        Type resultType;
        if (returnType == typeof(Task))
        {
            resultType = typeof(object);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            resultType = returnType.GetGenericArguments()[0];
        }
        else
        {
            throw new InvalidOperationException(
                $"{grainInterface.Name}.{method.Name} returns {returnType.Name}; grain methods must return Task or Task<T>.");
        }

        if (method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"{grainInterface.Name}.{method.Name} is generic; grain methods must not be.");
        }

        var invoke = Compile(grainInterface, method);
        var typed = typeof(GrainMethod<>).MakeGenericType(resultType);
        return (GrainMethod)Activator.CreateInstance(typed, grainInterface, method, invoke)!;
    }

    private static Func<object, object?[]?, Task> Compile(Type grainInterface, MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters()
            .Select((p, i) => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType))
            .ToArray();
        var call = Expression.Call(Expression.Convert(grain, grainInterface), method, parameters);
        return Expression.Lambda<Func<object, object?[]?, Task>>(Expression.Convert(call, typeof(Task)), grain, args).Compile();
    }
}
