namespace NegoSim.Silo;

/// <summary>Orleans-style helpers on grains.</summary>
public static class GrainExtensions
{
    /// <summary>The key this grain activation serves.</summary>
    public static string GetPrimaryKeyString(this Grain grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        return grain.PrimaryKey;
    }
}
