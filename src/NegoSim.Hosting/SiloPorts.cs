using System.Net;

namespace NegoSim.Hosting;

/// <summary>
/// Where a cluster's silo listens: the silo-to-silo port, the clients' gateway port, the address it advertises, and
/// the address it listens on (<see cref="Listen"/>; by default the advertised one, so a silo that advertises
/// 127.0.0.1 is not reachable from the network).
/// </summary>
public sealed record SiloPorts(int Silo, int Gateway, IPAddress Advertised, IPAddress? Listen = null)
{
    /// <summary>The address the silo, its gateway and its dashboard listen on.</summary>
    public IPAddress ListenOn => Listen ?? Advertised;

    /// <summary>
    /// The address a silo of the cluster in the Redis at <paramref name="redis"/> advertises by default: loopback when
    /// the Redis is on this machine (or there is none), else this machine's first IPv4 address.
    /// </summary>
    public static IPAddress DefaultAdvertised(string? redis)
    {
        var host = redis?.Split(':')[0];
        if (host is null or "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)))
        {
            return IPAddress.Loopback;
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
