namespace NegoSim.Silo.Tests.Grains;

/// <summary>One grain method of every shape the generated references support.</summary>
public interface IShapesGrain : IGrainWithStringKey
{
    Task<string> Echo(string text);

    ValueTask<int> Add(int left, int right);

    ValueTask<int> AddLater(int left, int right, int more);

    ValueTask Touch();

    ValueTask TouchLater();

    ValueTask<int> Touches();

    ValueTask<int> Fail(string message);
}

public sealed class ShapesGrain : Grain, IShapesGrain
{
    private int _touches;

    public Task<string> Echo(string text) => Task.FromResult(text);

    public ValueTask<int> Add(int left, int right) => ValueTask.FromResult(left + right);

    public async ValueTask<int> AddLater(int left, int right, int more)
    {
        await Task.Yield();
        return left + right + more;
    }

    public ValueTask Touch()
    {
        _touches++;
        return ValueTask.CompletedTask;
    }

    public async ValueTask TouchLater()
    {
        await Task.Yield();
        _touches++;
    }

    public ValueTask<int> Touches() => ValueTask.FromResult(_touches);

    public ValueTask<int> Fail(string message) => throw new InvalidOperationException(message);
}
