using System.Globalization;

namespace NegoSim.Runner.Reports;

/// <summary>How reports write numbers: invariant culture, utilities to two decimals in text.</summary>
internal static class Numbers
{
    public static string Utility(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Utilities in JSON and CSV: six decimals are far below any difference the model can make, and read cleanly.</summary>
    public static double Rounded(double value) => Math.Round(value, 6);

    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
