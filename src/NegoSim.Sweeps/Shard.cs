using System.Globalization;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary><c>--shard I/N</c>: this process runs grid points I, I+N, I+2N, … (I counted from 1), so N processes split a sweep.</summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard Whole { get; } = new(1, 1);

    public bool IsWhole => Count == 1;

    public bool Owns(long point) => point % Count == Index - 1;

    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new InputException($"--shard {text}: expected I/N with 1 ≤ I ≤ N, e.g. --shard 1/4 … --shard 4/4.");
    }

    public override string ToString() => $"{Index}/{Count}";
}
