namespace NegoSim.Runner.Commands;

/// <summary>What <c>negosim</c> exits with: 0 done, 1 anything else, 2 bad input.</summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
