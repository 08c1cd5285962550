using System.Net;

namespace NegoSim.Hosting;

/// <summary>Where a cluster's silo listens: the silo-to-silo port, the clients' gateway port, and the address it advertises.</summary>
public sealed record SiloPorts(int Silo, int Gateway, IPAddress Advertised);
