using System.Net;
using System.Net.Sockets;

namespace NegoSim.Hosting;

/// <summary>TCP ports on this machine: a free one, or whether a given one is free (Orleans does not say when two silos share a port).</summary>
public static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
