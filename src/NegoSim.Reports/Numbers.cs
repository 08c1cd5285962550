using System.Globalization;

namespace NegoSim.Reports;

/// <summary>How reports write numbers: invariant culture, utilities to two decimals in text.</summary>
public static class Numbers
{
    public static string Utility(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Two utilities to as many decimals (two to six) as it takes to show that they differ: "worth 0.7436, below its
    /// target 0.7441", never "worth 0.74, below its target 0.74".
    /// </summary>
    public static (string First, string Second) Apart(double first, double second)
    {
        for (var decimals = 2; ; decimals++)
        {
            var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
            var (a, b) = (first.ToString(format, CultureInfo.InvariantCulture), second.ToString(format, CultureInfo.InvariantCulture));
            if (a != b || decimals == 6)
            {
                return (a, b);
            }
        }
    }

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Utilities in JSON and CSV: six decimals are far below any difference the model can make, and read cleanly.</summary>
    public static double Rounded(double value) => Math.Round(value, 6);

    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
