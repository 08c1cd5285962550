using System.Collections.Immutable;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// What <c>negosim sensitivity</c> found: the design, its parameters (the <c>--vary</c> axes, in order), how many
/// design rows and runs each, each output's indices, the warnings a user should read, and where the rows are (null when
/// they were not kept).
/// </summary>
public sealed record SensitivityResult(
    SweepDesign Design,
    ImmutableArray<string> Parameters,
    long Points,
    int RunsPerPoint,
    ImmutableArray<SensitivityOutput> Outputs,
    ImmutableArray<string> Warnings,
    string? RowsFile);
