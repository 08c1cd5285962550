namespace NegoSim.Model;

/// <summary>Comparisons of utilities allow this much rounding error, so that a utility equal to a threshold on paper counts as reaching it.</summary>
public static class Tolerance
{
    public const double Utility = 1e-9;
}
