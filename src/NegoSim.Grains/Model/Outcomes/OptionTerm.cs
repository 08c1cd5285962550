using System.Collections.Immutable;

namespace NegoSim.Grains.Model.Outcomes;

/// <summary>A term whose values are named options, in the order given (the order matters for <c>best</c>/<c>worst</c> distances).</summary>
public sealed record OptionTerm : Term
{
    public OptionTerm(string name, ImmutableArray<string> options)
        : base(name)
    {
        if (options.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Term '{name}' needs at least one option.", nameof(options));
        }

        Options = options;
    }

    public ImmutableArray<string> Options { get; }

    public override int Count => Options.Length;

    public override string Allowed => string.Join(", ", Options);

    public override string Label(int index) => Options[index];

    public override object Value(int index) => Options[index];

    public override bool TryIndexOf(string text, out int index)
    {
        index = Options.IndexOf(text);
        return index >= 0;
    }
}
