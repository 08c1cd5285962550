namespace NegoSim.Model.Strategies;

/// <summary>
/// Faratin et al. (1998), GENIUS convention: <c>τ(t) = r + (u_max − r) · (1 − t^(1/e))</c>.
/// e &lt; 1 concedes late (Boulware), e = 1 linearly, e &gt; 1 early (conceder).
/// </summary>
public sealed record TimeDependentStrategy : Strategy
{
    public const double BoulwareExponent = 0.2;
    public const double LinearExponent = 1;
    public const double ConcederExponent = 2;

    public TimeDependentStrategy(double exponent, string kind = "time-dependent")
    {
        if (!(exponent > 0) || double.IsInfinity(exponent))
        {
            throw new ArgumentException($"exponent is {exponent}; it must be a positive number.");
        }

        Exponent = exponent;
        Kind = kind;
    }

    public double Exponent { get; }

    public override string Kind { get; }

    public static TimeDependentStrategy Boulware { get; } = new(BoulwareExponent, "boulware");

    public static TimeDependentStrategy Linear { get; } = new(LinearExponent, "linear");

    public static TimeDependentStrategy Conceder { get; } = new(ConcederExponent, "conceder");

    public override StrategyState Start() => new State(Exponent);

    /// <summary>τ(t) for given bounds: the target formula of docs/model.md §6, which every time-dependent state uses.</summary>
    public static double TargetAt(double time, double exponent, TargetBounds bounds) =>
        bounds.Reservation + ((bounds.BestFeasible - bounds.Reservation) * (1 - Math.Pow(Math.Clamp(time, 0, 1), 1 / exponent)));

    private sealed class State(double exponent) : StrategyState
    {
        public override double Target(double time, TargetBounds bounds) => TargetAt(time, exponent, bounds);
    }
}
