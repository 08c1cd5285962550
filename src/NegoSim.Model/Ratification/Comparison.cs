namespace NegoSim.Model.Ratification;

/// <summary>How a <see cref="TermComparison"/> compares a term's value with its bound (scenario keys in brackets).</summary>
public enum Comparison
{
    /// <summary>Greater than the bound (<c>above</c>).</summary>
    Above,

    /// <summary>Less than the bound (<c>below</c>).</summary>
    Below,

    /// <summary>Greater than or equal to the bound (<c>at-least</c>).</summary>
    AtLeast,

    /// <summary>Less than or equal to the bound (<c>at-most</c>).</summary>
    AtMost,
}
