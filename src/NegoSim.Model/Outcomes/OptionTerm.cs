using System.Collections.Immutable;

namespace NegoSim.Model.Outcomes;

/// <summary>
/// A term whose values are named options. <see cref="Scale"/> is the full ordered list (distances for
/// <c>best</c>/<c>worst</c> are counted on it); <see cref="Options"/> are the ones on the table, in scale order.
/// </summary>
public sealed record OptionTerm : Term
{
    public OptionTerm(string name, ImmutableArray<string> scale, ImmutableArray<string> onTable = default)
        : base(name)
    {
        if (scale.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Term '{name}' needs at least one option.", nameof(scale));
        }

        Scale = scale;
        if (onTable.IsDefault)
        {
            Options = scale;
            return;
        }

        foreach (var option in onTable.Where(o => !scale.Contains(o)))
        {
            throw new ArgumentException($"'{option}' is not an option of term '{name}'; options: {string.Join(", ", scale)}.");
        }

        Options = [.. scale.Where(onTable.Contains)];
        if (Options.IsEmpty)
        {
            throw new ArgumentException($"Term '{name}' needs at least one option on the table.");
        }
    }

    /// <summary>The options on the table, in scale order.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>Every option of the term, in order, whether on the table or not.</summary>
    public ImmutableArray<string> Scale { get; }

    public override int Count => Options.Length;

    public override string Allowed => string.Join(", ", Options);

    public override string Label(int index) => Options[index];

    public override object Value(int index) => Options[index];

    public override bool TryIndexOf(string text, out int index)
    {
        index = Options.IndexOf(text);
        return index >= 0;
    }

    public override bool IsOnScale(string text) => Scale.Contains(text);

    /// <summary>The position of on-table option <paramref name="index"/> on the scale.</summary>
    public int PositionOf(int index) => Scale.IndexOf(Options[index]);
}
