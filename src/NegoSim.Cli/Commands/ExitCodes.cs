namespace NegoSim.Cli.Commands;

/// <summary>What <c>negosim</c> exits with: 0 done, 1 anything else, 2 bad input, 3 a sweep that finished with error rows.</summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>A sweep wrote every row, but some are <c>status=error</c> rows: points whose values together make no scenario.</summary>
    public const int ErrorRows = 3;
}
