using System.Buffers.Binary;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// What a sweep keeps of one run besides its line: the line's length in bytes, its status
/// (<see cref="Model.Protocol.OutcomeStatus"/> as a number, −1 for an error), its deal (−1 if none), its round of
/// signature (0 if none) and each negotiator's utility (null for an error). Packed little-endian in
/// <see cref="Size"/> bytes: length (4), status (1), deal (4), round (2), then a utility (8) per negotiator.
/// </summary>
public readonly record struct RowFacts(int Length, sbyte Status, int Deal, short Round, double[]? Utilities)
{
    private const int Fixed = 4 + 1 + 4 + 2;

    /// <summary>The bytes a run's facts take with <paramref name="negotiators"/> negotiators.</summary>
    public static int Size(int negotiators) => Fixed + (8 * negotiators);

    /// <summary>Packs these facts into <paramref name="into"/>, <see cref="Size"/> bytes; an error's utilities are written as NaN.</summary>
    public void Write(Span<byte> into, int negotiators)
    {
        BinaryPrimitives.WriteInt32LittleEndian(into, Length);
        into[4] = unchecked((byte)Status);
        BinaryPrimitives.WriteInt32LittleEndian(into[5..], Deal);
        BinaryPrimitives.WriteInt16LittleEndian(into[9..], Round);
        for (var n = 0; n < negotiators; n++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(into[(Fixed + (8 * n))..], Utilities is null ? double.NaN : Utilities[n]);
        }
    }

    /// <summary>The facts packed in <paramref name="from"/> by <see cref="Write"/>.</summary>
    public static RowFacts Read(ReadOnlySpan<byte> from, int negotiators)
    {
        var status = unchecked((sbyte)from[4]);
        double[]? utilities = null;
        if (status >= 0)
        {
            utilities = new double[negotiators];
            for (var n = 0; n < negotiators; n++)
            {
                utilities[n] = BinaryPrimitives.ReadDoubleLittleEndian(from[(Fixed + (8 * n))..]);
            }
        }

        return new RowFacts(BinaryPrimitives.ReadInt32LittleEndian(from), status, BinaryPrimitives.ReadInt32LittleEndian(from[5..]), BinaryPrimitives.ReadInt16LittleEndian(from[9..]), utilities);
    }
}
