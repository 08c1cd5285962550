namespace NegoSim.Model.Outcomes;

/// <summary>An immutable set of outcomes of one space, as a bit set (a win-set, a feasible set).</summary>
public sealed class OutcomeSet
{
    private readonly ulong[] _bits;

    private OutcomeSet(ulong[] bits, int capacity, int count)
    {
        _bits = bits;
        Capacity = capacity;
        Count = count;
    }

    /// <summary>The size of the space the set is drawn from.</summary>
    public int Capacity { get; }

    public int Count { get; }

    public bool Contains(int outcome) => (_bits[outcome >> 6] & (1UL << (outcome & 63))) != 0;

    public static OutcomeSet Where(int capacity, Func<int, bool> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var bits = new ulong[(capacity + 63) >> 6];
        var count = 0;
        for (var o = 0; o < capacity; o++)
        {
            if (member(o))
            {
                bits[o >> 6] |= 1UL << (o & 63);
                count++;
            }
        }

        return new OutcomeSet(bits, capacity, count);
    }

    /// <summary>The outcomes whose value in <paramref name="values"/> (one per outcome of the space: a utility, a count of seats) is at least <paramref name="least"/>.</summary>
    internal static OutcomeSet AtLeast<T>(ReadOnlySpan<T> values, T least)
        where T : System.Numerics.INumber<T>
    {
        var bits = new ulong[(values.Length + 63) >> 6];
        var count = 0;
        for (var o = 0; o < values.Length; o++)
        {
            if (values[o] >= least)
            {
                bits[o >> 6] |= 1UL << (o & 63);
                count++;
            }
        }

        return new OutcomeSet(bits, values.Length, count);
    }

    /// <summary>Adds <paramref name="amount"/> to the count of each outcome in the set (<paramref name="counts"/>: one per outcome of the space).</summary>
    internal void AddTo(Span<int> counts, int amount)
    {
        for (var word = 0; word < _bits.Length; word++)
        {
            for (var bits = _bits[word]; bits != 0; bits &= bits - 1)
            {
                counts[(word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)] += amount;
            }
        }
    }

    public static OutcomeSet All(int capacity) => Where(capacity, static _ => true);
}
