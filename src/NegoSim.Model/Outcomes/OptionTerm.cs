using System.Collections.Immutable;

namespace NegoSim.Model.Outcomes;

/// <summary>
/// A term whose values are named options. <see cref="Scale"/> is the full ordered list (distances for
/// <c>best</c>/<c>worst</c> are counted on it); <see cref="Options"/> are the ones on the table, in scale order. An
/// option is found by name in constant time (a term may have 100,000 options, each looked up as it is read).
/// </summary>
public sealed record OptionTerm : Term
{
    private readonly Dictionary<string, int> _option;
    private readonly Dictionary<string, int> _onScale;

    public OptionTerm(string name, ImmutableArray<string> scale, ImmutableArray<string> onTable = default)
        : base(name)
    {
        if (scale.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Term '{name}' needs at least one option.", nameof(scale));
        }

        Scale = scale;
        _onScale = Positions(scale);
        if (onTable.IsDefault)
        {
            Options = scale;
            _option = _onScale;
            return;
        }

        foreach (var option in onTable.Where(o => !_onScale.ContainsKey(o)))
        {
            throw new ArgumentException($"'{option}' is not an option of term '{name}'; options: {string.Join(", ", scale)}.");
        }

        var chosen = onTable.ToHashSet(StringComparer.Ordinal);
        Options = [.. scale.Where(chosen.Contains)];
        if (Options.IsEmpty)
        {
            throw new ArgumentException($"Term '{name}' needs at least one option on the table.");
        }

        _option = Positions(Options);
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
        ArgumentNullException.ThrowIfNull(text);
        if (_option.TryGetValue(text, out index))
        {
            return true;
        }

        index = -1;
        return false;
    }

    public override bool IsOnScale(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _onScale.ContainsKey(text);
    }

    /// <summary>The position of on-table option <paramref name="index"/> on the scale.</summary>
    public int PositionOf(int index) => _onScale[Options[index]];

    /// <summary>Equal as before the lookups were kept: the same name, scale and options (the lookups follow from them).</summary>
    public bool Equals(OptionTerm? other) => other is not null && base.Equals(other) && Scale == other.Scale && Options == other.Options;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Scale, Options);

    /// <summary>Each option's first position.</summary>
    private static Dictionary<string, int> Positions(ImmutableArray<string> options)
    {
        var positions = new Dictionary<string, int>(options.Length, StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            positions.TryAdd(options[i], i);
        }

        return positions;
    }
}
