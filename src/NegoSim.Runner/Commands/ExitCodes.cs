namespace NegoSim.Runner.Commands;

/// <summary>What <c>negosim</c> exits with (DESIGN.md §4).</summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
