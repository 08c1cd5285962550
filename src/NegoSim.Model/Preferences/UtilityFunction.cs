using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>
/// Additive utility <c>u(o) = Σ w_i · v_i(o_i)</c> with weights normalised to sum 1 (an unweighted term weighs 0).
/// Always in [0, 1]. Its table of every outcome's utility, and the outcomes ordered by it, are built when first asked
/// for and kept by the function, so whoever shares the function shares them.
/// </summary>
public sealed class UtilityFunction
{
    private const int DigitValues = 2048;

    /// <summary>
    /// The radix sort's digits of a key, least significant first, as (shift, mask): its lowest byte, then its upper 32
    /// bits in three (11, 11 and 10 bits). <see cref="DigitValues"/> counts a digit's values, room for the widest.
    /// </summary>
    private static readonly (int Shift, ulong Mask)[] Digits = [(0, 0xFF), (32, 0x7FF), (43, 0x7FF), (54, 0x3FF)];

    private readonly double[] _weights;
    private readonly double[][] _tables;
    private double[]? _table;
    private int[]? _descending;
    private int[]? _runEnds;
    private Tuple<double, OutcomeSet>? _reached;

    /// <exception cref="ArgumentException">A weight or value function does not fit; the message says which and why.</exception>
    public UtilityFunction(OutcomeSpace space, IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, ValueFunction> values)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(values);
        Space = space;
        foreach (var name in weights.Keys.Concat(values.Keys))
        {
            if (space.IndexOfTerm(name) < 0)
            {
                throw new ArgumentException($"'{name}' is not a term; terms: {string.Join(", ", space.Terms.Select(t => t.Name))}.");
            }
        }

        foreach (var (name, weight) in weights)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"weight of '{name}' is {weight}; weights must be zero or positive.");
            }
        }

        // Weights are relative: so that weights near double's limit (1e308) do not sum to infinity and leave a party
        // valuing everything at 0, they are first scaled by the largest when their sum overflows.
        var scale = 1.0;
        var total = weights.Values.Sum();
        if (double.IsInfinity(total))
        {
            scale = weights.Values.Max();
            total = weights.Values.Sum(w => w / scale);
        }

        if (total <= 0)
        {
            throw new ArgumentException("weights: at least one term needs a positive weight.");
        }

        _weights = new double[space.Terms.Length];
        _tables = new double[space.Terms.Length][];
        for (var i = 0; i < space.Terms.Length; i++)
        {
            var term = space.Terms[i];
            _weights[i] = weights.TryGetValue(term.Name, out var w) ? w / scale / total : 0;
            if (values.TryGetValue(term.Name, out var function))
            {
                _tables[i] = function.Tabulate(term);
            }
            else if (_weights[i] > 0)
            {
                throw new ArgumentException($"values: term '{term.Name}' has a weight but no value function (best, values or points).");
            }
            else
            {
                _tables[i] = new double[term.Count];
            }
        }

        Weights = [.. _weights];
    }

    public OutcomeSpace Space { get; }

    /// <summary>The normalised weights, one per term in term order.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The value (0 to 1) of on-table value <paramref name="index"/> of term <paramref name="term"/>.</summary>
    public double ValueOf(int term, int index) => _tables[term][index];

    public double Evaluate(int outcome)
    {
        var sum = 0.0;
        for (var i = 0; i < _weights.Length; i++)
        {
            sum += _weights[i] * _tables[i][Space.Digit(outcome, i)];
        }

        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>The utility of every outcome, in canonical order (a fresh copy).</summary>
    public double[] Tabulate() => (double[])Table.Clone();

    /// <summary>True if <paramref name="other"/> gives every outcome of the same space the same utility, for the same reasons (same weights, same values).</summary>
    public bool SameAs(UtilityFunction other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!ReferenceEquals(Space, other.Space) || !_weights.AsSpan().SequenceEqual(other._weights))
        {
            return false;
        }

        for (var i = 0; i < _tables.Length; i++)
        {
            if (!_tables[i].AsSpan().SequenceEqual(other._tables[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash that <see cref="SameAs"/> functions share.</summary>
    public int Fingerprint()
    {
        var hash = new HashCode();
        hash.Add(Space.Count);
        foreach (var weight in _weights)
        {
            hash.Add(weight);
        }

        foreach (var table in _tables)
        {
            foreach (var value in table)
            {
                hash.Add(value);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>The utility of every outcome (callers must not write to it).</summary>
    internal double[] Table
    {
        get
        {
            var table = Volatile.Read(ref _table);
            if (table is null)
            {
                table = Build();
                table = Interlocked.CompareExchange(ref _table, table, null) ?? table;
            }

            return table;
        }
    }

    /// <summary>Every outcome, best first; ties in canonical order (callers must not write to it).</summary>
    internal int[] Descending
    {
        get
        {
            var order = Volatile.Read(ref _descending);
            if (order is null)
            {
                order = Order(Table);
                order = Interlocked.CompareExchange(ref _descending, order, null) ?? order;
            }

            return order;
        }
    }

    /// <summary>
    /// Where each run of equal utility ends in <see cref="Descending"/> (exclusive), in order: a two-party frontier
    /// walks the runs of the first utility, and reads each outcome's utility to it once per run instead of once per outcome.
    /// </summary>
    internal int[] DescendingRunEnds
    {
        get
        {
            var ends = Volatile.Read(ref _runEnds);
            if (ends is null)
            {
                // Found into borrowed scratch and copied out at their number: no list grown by doubling for each new utility.
                var (table, order) = (Table, Descending);
                var pool = System.Buffers.ArrayPool<int>.Shared;
                var found = pool.Rent(order.Length);
                var count = 0;
                for (var i = 1; i < order.Length; i++)
                {
                    if (table[order[i]] != table[order[i - 1]])
                    {
                        found[count++] = i;
                    }
                }

                if (order.Length > 0)
                {
                    found[count++] = order.Length;
                }

                ends = Interlocked.CompareExchange(ref _runEnds, found.AsSpan(0, count).ToArray(), null) ?? _runEnds!;
                pool.Return(found);
            }

            return ends;
        }
    }

    /// <summary>
    /// The outcomes worth at least <paramref name="floor"/>. The last floor asked for is kept with its set: a faction
    /// whose reservation a sweep's point leaves as it was shares its interned utility, and its supporters, with the
    /// points before (a new point of a sampled sweep then reads the table of the one faction whose reservation changed).
    /// </summary>
    internal OutcomeSet AtLeast(double floor)
    {
        var last = Volatile.Read(ref _reached);
        if (last is not null && last.Item1.Equals(floor))
        {
            return last.Item2;
        }

        var set = OutcomeSet.AtLeast<double>(Table, floor);
        Volatile.Write(ref _reached, Tuple.Create(floor, set));
        return set;
    }

    /// <summary>
    /// Every outcome's utility, term by term: the sums over the first terms are shared by every outcome that agrees on
    /// them (the first term varies slowest), and each outcome's sum is added up in term order, as <see cref="Evaluate"/> does.
    /// </summary>
    private double[] Build()
    {
        var sums = new double[Space.Count];
        var filled = 1;
        for (var i = 0; i < _weights.Length; i++)
        {
            var count = _tables[i].Length;
            var weight = _weights[i];
            var table = _tables[i];

            // Spread the prefix sums so that prefix p becomes outcomes p·count … p·count+count−1, from the end backwards.
            for (var prefix = filled - 1; prefix >= 0; prefix--)
            {
                var sum = sums[prefix];
                var at = prefix * count;
                for (var d = 0; d < count; d++)
                {
                    sums[at + d] = sum + (weight * table[d]);
                }
            }

            filled *= count;
        }

        for (var o = 0; o < sums.Length; o++)
        {
            sums[o] = Math.Clamp(sums[o], 0, 1);
        }

        return sums;
    }

    /// <summary>
    /// Every outcome, higher utility first, then canonical order. Keys that order as the utilities do, descending (each
    /// utility's bits made unsigned-comparable and inverted), are sorted with a stable least-significant-digit radix
    /// sort by their lowest byte and then by their upper 32 bits, eleven bits at a time (<see cref="Digits"/>; a pass
    /// where every key has the same digit is skipped); keys with the same upper half (near ties: utilities within about
    /// a millionth of each other, mostly sums equal but for rounding) are then in full order unless they also differ
    /// in the three bytes between, and those few groups are put in order (<see cref="FinishNearTies"/>). Stable, so
    /// equal utilities keep canonical order, as the comparison sort it replaced put them. Four passes: sorting all
    /// eight bytes took twice as long, and sorting the upper half a byte at a time and then every group of near ties
    /// (most outcomes are in one) a quarter longer (a new point of a sampled sweep sorts two utilities). The keys'
    /// arrays and the order's second are borrowed from the shared array pool: memory only, never a value that could
    /// change a result.
    /// </summary>
    internal static int[] Order(double[] table)
    {
        var n = table.Length;
        var pool = System.Buffers.ArrayPool<ulong>.Shared;
        var (keys, keysOut) = (pool.Rent(n), pool.Rent(n));
        var (order, orderOut) = (new int[n], System.Buffers.ArrayPool<int>.Shared.Rent(n));
        var result = order;
        Span<int> counts = stackalloc int[Digits.Length * DigitValues];
        for (var o = 0; o < n; o++)
        {
            // +0.0 makes −0 and 0 one key, as the comparison of numbers has them equal.
            var bits = BitConverter.DoubleToUInt64Bits(table[o] + 0.0);
            var ascending = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
            var key = ~ascending;
            keys[o] = key;
            order[o] = o;

            // Each digit of Digits counted, written out: a loop over them here made the whole sort a fifth slower.
            counts[(int)(key & 0xFF)]++;
            counts[DigitValues + (int)((key >> 32) & 0x7FF)]++;
            counts[(2 * DigitValues) + (int)((key >> 43) & 0x7FF)]++;
            counts[(3 * DigitValues) + (int)(key >> 54)]++;
        }

        for (var d = 0; d < Digits.Length; d++)
        {
            var (shift, mask) = Digits[d];
            var bucket = counts.Slice(d * DigitValues, (int)mask + 1);
            if (n == 0 || bucket[(int)((keys[0] >> shift) & mask)] == n)
            {
                continue;
            }

            var start = 0;
            for (var v = 0; v < bucket.Length; v++)
            {
                (bucket[v], start) = (start, start + bucket[v]);
            }

            for (var i = 0; i < n; i++)
            {
                var at = bucket[(int)((keys[i] >> shift) & mask)]++;
                keysOut[at] = keys[i];
                orderOut[at] = order[i];
            }

            (keys, keysOut) = (keysOut, keys);
            (order, orderOut) = (orderOut, order);
        }

        FinishNearTies(keys, order, n, keysOut, orderOut);
        pool.Return(keys);
        pool.Return(keysOut);

        // The passes end in the array returned or in the borrowed one (then copied back): one array of garbage the fewer.
        if (!ReferenceEquals(order, result))
        {
            Array.Copy(order, result, n);
            (order, orderOut) = (result, order);
        }

        System.Buffers.ArrayPool<int>.Shared.Return(orderOut);
        return result;
    }

    /// <summary>
    /// Puts each run of keys equal in their upper half in full order, equal keys by outcome (as a stable sort of the
    /// whole keys would have them: the run is in order of its lowest byte, then canonical order, now). A run whose keys
    /// differ in the lowest byte at most is left as it is; a short one is sorted by insertion, a long one by its lower
    /// half's bytes that differ (<see cref="SortByLowerHalf"/>): both stable, so exact ties within keep canonical
    /// order. <paramref name="spareKeys"/> and <paramref name="spareOrder"/> are scratch, at least <paramref name="n"/> long.
    /// </summary>
    private static void FinishNearTies(ulong[] keys, int[] order, int n, ulong[] spareKeys, int[] spareOrder)
    {
        for (var i = 0; i < n;)
        {
            var (upper, end, differing) = (keys[i] >> 32, i + 1, 0UL);
            while (end < n && keys[end] >> 32 == upper)
            {
                differing |= keys[end] ^ keys[i];
                end++;
            }

            var ordered = (differing & 0xFFFF_FF00UL) == 0;
            if (!ordered && end - i <= 32)
            {
                // Small: a stable insertion sort by key.
                for (var k = i + 1; k < end; k++)
                {
                    var (key, outcome, at) = (keys[k], order[k], k);
                    for (; at > i && keys[at - 1] > key; at--)
                    {
                        (keys[at], order[at]) = (keys[at - 1], order[at - 1]);
                    }

                    (keys[at], order[at]) = (key, outcome);
                }
            }
            else if (!ordered)
            {
                SortByLowerHalf(keys, order, i, end, differing, spareKeys, spareOrder);
            }

            i = end;
        }
    }

    /// <summary>
    /// Sorts keys[start..end), equal in their upper half, by their lower half: a stable least-significant-digit radix
    /// sort over the bytes that differ somewhere in the run (<paramref name="differing"/>: the bits that do), so that
    /// equal keys keep their order. Near ties differ in their last bits only, so most runs take one or two passes.
    /// </summary>
    private static void SortByLowerHalf(ulong[] keys, int[] order, int start, int end, ulong differing, ulong[] spareKeys, int[] spareOrder)
    {
        Span<int> bucket = stackalloc int[256];
        for (var shift = 0; shift < 32; shift += 8)
        {
            if (((differing >> shift) & 0xFF) == 0)
            {
                continue;
            }

            bucket.Clear();
            for (var k = start; k < end; k++)
            {
                bucket[(int)((keys[k] >> shift) & 0xFF)]++;
            }

            var at = start;
            for (var v = 0; v < 256; v++)
            {
                (bucket[v], at) = (at, at + bucket[v]);
            }

            for (var k = start; k < end; k++)
            {
                var to = bucket[(int)((keys[k] >> shift) & 0xFF)]++;
                spareKeys[to] = keys[k];
                spareOrder[to] = order[k];
            }

            Array.Copy(spareKeys, start, keys, start, end - start);
            Array.Copy(spareOrder, start, order, start, end - start);
        }
    }
}
