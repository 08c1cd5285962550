using System.Globalization;
using NegoSim.Model;

namespace NegoSim.Hosting;

/// <summary>The address of the Redis that keeps a cluster's membership, as <c>--cluster</c> takes it: HOST:PORT.</summary>
public static class RedisAddress
{
    /// <summary>What is wrong with <paramref name="address"/>, or null when it is HOST:PORT with a port from 1 to 65535.</summary>
    public static string? Problem(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var shown = Excerpt.Of(address, 60);
        var colon = address.LastIndexOf(':');
        if (colon <= 0 || colon == address.Length - 1)
        {
            return $"--cluster {shown}: the Redis that keeps the cluster, as HOST:PORT (such as 127.0.0.1:6379).";
        }

        var host = address[..colon];
        if (host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or '/' or '@'))
        {
            return $"--cluster {shown}: '{host}' is not a host name or IP address; give HOST:PORT (such as 127.0.0.1:6379).";
        }

        return int.TryParse(address[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? null
            : $"--cluster {shown}: the port must be a number from 1 to 65535; give HOST:PORT (such as 127.0.0.1:6379).";
    }

    /// <exception cref="InputException">The address is not HOST:PORT.</exception>
    public static void Check(string address)
    {
        if (Problem(address) is { } problem)
        {
            throw new InputException(problem);
        }
    }
}
