using System.Numerics;
using NegoSim.Model;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// A Sobol' sequence in up to 256 dimensions (Joe and Kuo's direction numbers, Gray-code order), scrambled as scipy's
/// <c>qmc.Sobol(scramble=True)</c> scrambles, by a random linear matrix scramble and a random digital shift per
/// dimension — drawn here from <see cref="RunRandom"/> seeded by the caller, so the same seed gives the same points.
/// Scrambling keeps the sequence's balance (every 2^k points fill every elementary interval evenly) and keeps 0 out.
/// </summary>
public sealed class SobolSequence
{
    private const int Bits = 32;

    /// <summary>The most dimensions it has direction numbers for.</summary>
    public static int MaxDimensions => SobolDirections.Table.Length + 1;

    private readonly uint[][] _directions;
    private readonly uint[] _shift;
    private readonly uint[] _point;
    private long _index;

    /// <param name="dimensions">How many coordinates each point has (1 to <see cref="MaxDimensions"/>).</param>
    /// <param name="seed">The scramble's seed; null leaves the sequence unscrambled (its first point is then 0).</param>
    public SobolSequence(int dimensions, ulong? seed)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"from 1 to {MaxDimensions}");
        }

        var random = seed is { } s ? new RunRandom(s) : null;
        _directions = new uint[dimensions][];
        _shift = new uint[dimensions];
        _point = new uint[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            var v = Directions(d);
            if (random is not null)
            {
                Scramble(v, random);
                _shift[d] = (uint)(random.NextUInt64() >> 32);
            }

            _directions[d] = v;
        }
    }

    /// <summary>The next point, each coordinate in [0, 1).</summary>
    public double[] Next()
    {
        var point = new double[_point.Length];
        if (_index > 0)
        {
            // Gray code: point i differs from point i − 1 by the direction of the lowest zero bit of i − 1.
            var bit = BitOperations.TrailingZeroCount(~(ulong)(_index - 1));
            for (var d = 0; d < _point.Length; d++)
            {
                _point[d] ^= _directions[d][bit];
            }
        }

        _index++;
        for (var d = 0; d < point.Length; d++)
        {
            point[d] = (_point[d] ^ _shift[d]) / 4294967296.0;
        }

        return point;
    }

    /// <summary>The direction numbers V_1 … V_32 of dimension <paramref name="d"/> (0-based), each a fraction of 2^32.</summary>
    private static uint[] Directions(int d)
    {
        var v = new uint[Bits];
        if (d == 0)
        {
            for (var k = 0; k < Bits; k++)
            {
                v[k] = 1u << (Bits - 1 - k);
            }

            return v;
        }

        var entry = SobolDirections.Table[d - 1];
        var a = entry[0];
        var s = entry.Length - 1;
        for (var k = 0; k < Math.Min(s, Bits); k++)
        {
            v[k] = (uint)entry[k + 1] << (Bits - 1 - k);
        }

        for (var k = s; k < Bits; k++)
        {
            var next = v[k - s] ^ (v[k - s] >> s);
            for (var j = 1; j < s; j++)
            {
                next ^= (uint)((a >> (s - 1 - j)) & 1) * v[k - j];
            }

            v[k] = next;
        }

        return v;
    }

    /// <summary>
    /// A linear matrix scramble: every direction number multiplied by the same random lower-triangular binary matrix
    /// with ones on its diagonal (digit j of the result is digit j plus a random choice of the digits before it).
    /// </summary>
    private static void Scramble(uint[] directions, RunRandom random)
    {
        var rows = new uint[Bits];
        for (var j = 0; j < Bits; j++)
        {
            // Row j (digit j, counted from the most significant): ones at j and at random places above it.
            var above = j == 0 ? 0u : (uint)(random.NextUInt64() >> 32) & (uint.MaxValue << (Bits - j));
            rows[j] = above | (1u << (Bits - 1 - j));
        }

        for (var k = 0; k < directions.Length; k++)
        {
            var scrambled = 0u;
            for (var j = 0; j < Bits; j++)
            {
                scrambled |= (uint)(BitOperations.PopCount(rows[j] & directions[k]) & 1) << (Bits - 1 - j);
            }

            directions[k] = scrambled;
        }
    }
}
