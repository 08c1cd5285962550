namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// The rows of a batch's runs, in order: their lines one after another in <see cref="Text"/> (UTF-8, each ending in a
/// newline, the bytes a sweep's file gets), and for each run its <see cref="RowFacts"/> — its line's length and what a
/// sweep's summary counts of it — packed in <see cref="Facts"/>, <see cref="RowFacts.Size"/> bytes a run. Two blocks
/// of bytes, not a list per fact: a client takes in a batch's answer with two copies instead of a call per number.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchRows")]
public sealed record BatchRows(
    [property: Id(0)] ReadOnlyMemory<byte> Text,
    [property: Id(1)] ReadOnlyMemory<byte> Facts,
    [property: Id(2)] int Negotiators)
{
    /// <summary>How many runs the rows are of.</summary>
    public int Runs => Facts.Length / RowFacts.Size(Negotiators);

    /// <summary>The facts of run <paramref name="index"/> of the batch.</summary>
    public RowFacts FactsOf(int index)
    {
        var size = RowFacts.Size(Negotiators);
        return RowFacts.Read(Facts.Span.Slice(index * size, size), Negotiators);
    }
}
