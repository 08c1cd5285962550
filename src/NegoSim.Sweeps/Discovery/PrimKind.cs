namespace NegoSim.Sweeps.Discovery;

/// <summary>How PRIM peels a column: real numbers by quantile, whole numbers by whole-number quantile, categories one at a time.</summary>
public enum PrimKind
{
    Real,
    Integer,
    Nominal,
}
