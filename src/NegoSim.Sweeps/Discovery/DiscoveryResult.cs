namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// What <c>negosim discover</c> found on the rows' varied parameters, for the outcome as written — PRIM's trajectory
/// and box, or (<c>--method cart</c>) a tree's leaves — and the inputs and cases it was found on (for the report's
/// picture of the box).
/// </summary>
public sealed record DiscoveryResult(string RowsFile, string Outcome, IReadOnlyList<string> Parameters, PrimResult? Prim, IReadOnlyList<PrimColumn> Columns, IReadOnlyList<bool> Cases, CartResult? Cart = null);
