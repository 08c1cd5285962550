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
}
