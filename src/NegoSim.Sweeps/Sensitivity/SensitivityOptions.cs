namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// What <c>negosim sensitivity</c> was asked for: either a design to play as a sweep (<see cref="Sweep"/>, whose
/// <see cref="SweepOptions.Design"/> is set; its rows kept in its <see cref="SweepOptions.OutPath"/> if given), or the
/// rows of one played before (<see cref="RowsFile"/>, with its manifest beside it); and the outputs to analyse
/// (default: <c>ratified</c>, <c>agreement</c> and every negotiator's utility).
/// </summary>
public sealed record SensitivityOptions
{
    public SweepOptions? Sweep { get; init; }

    public string? RowsFile { get; init; }

    public IReadOnlyList<string> Outputs { get; init; } = [];
}
