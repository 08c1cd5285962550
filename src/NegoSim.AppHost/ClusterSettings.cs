using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NegoSim.AppHost;

/// <summary>
/// What the AppHost starts, from its command line or configuration: <c>--silos N</c> (1 to 16, default 3),
/// <c>--redis-port P</c> (default 6390, not Redis's usual 6379, to leave a system Redis alone) and
/// <c>--dashboard-port P</c> (the Orleans Dashboard on the first silo, default 8090).
/// </summary>
internal sealed record ClusterSettings(int Silos, int RedisPort, int DashboardPort)
{
    /// <summary>The Redis as a silo's <c>--cluster</c> takes it.</summary>
    public string Redis => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{RedisPort}");

    public static ClusterSettings From(IConfiguration configuration) => new(
        Number(configuration, "silos", 3, 1, 16),
        Number(configuration, "redis-port", 6390, 1, 65535),
        Number(configuration, "dashboard-port", 8090, 1, 65535));

    private static int Number(IConfiguration configuration, string name, int fallback, int least, int most)
    {
        var text = configuration[name];
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most
            ? value
            : throw new ArgumentException($"--{name} {text}: a whole number from {least} to {most}.");
    }
}
