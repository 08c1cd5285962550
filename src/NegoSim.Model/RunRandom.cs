namespace NegoSim.Model;

/// <summary>
/// The one random generator of a run: xoshiro256** seeded through SplitMix64. Same seed, same sequence, on every
/// machine and .NET version (unlike <see cref="Random"/>, whose seeded sequence is not a documented contract).
/// </summary>
public sealed class RunRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public RunRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// A seed for run <paramref name="index"/> of a sweep with master seed <paramref name="master"/>, independent of how
    /// runs are scheduled. It fits in 53 bits, so spreadsheets, R, pandas and JavaScript all read it exactly.
    /// </summary>
    public static ulong DeriveSeed(ulong master, long index)
    {
        var state = master ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1));
        return SplitMix(ref state) & ((1UL << 53) - 1);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
