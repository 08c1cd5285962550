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

    public static OutcomeSet All(int capacity) => Where(capacity, static _ => true);
}
