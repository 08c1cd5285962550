namespace NegoSim.Model.Preferences;

/// <summary>Where a <see cref="BestValue"/> is worth 1: at its best only, or from its best up, or up to its best.</summary>
public enum BestReach
{
    /// <summary><c>best: X</c>: 1 at X only; farther from X in either direction is worth less.</summary>
    Point,

    /// <summary><c>at-least: X</c>: 1 from X up (a demand: more is no worse).</summary>
    AtLeast,

    /// <summary><c>at-most: X</c>: 1 up to X (a ceiling: less is no worse).</summary>
    AtMost,
}
