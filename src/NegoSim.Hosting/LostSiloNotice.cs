using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NegoSim.Hosting;

/// <summary>
/// On a cluster's silo: one log line for each other silo the cluster declares dead (and one when a silo joins or
/// leaves cleanly), from the membership's own updates, in place of the connection errors Orleans logs meanwhile (silenced: see
/// <see cref="NegoSimHosts"/>).
/// </summary>
public sealed partial class LostSiloNotice(IClusterMembershipService membership, ILocalSiloDetails self, ILogger<LostSiloNotice> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var known = new Dictionary<SiloAddress, SiloStatus>();
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                foreach (var (silo, member) in snapshot.Members)
                {
                    var before = known.GetValueOrDefault(silo, SiloStatus.None);
                    known[silo] = member.Status;
                    if (silo.Equals(self.SiloAddress) || member.Status == before || before == SiloStatus.None)
                    {
                        continue;
                    }

                    if (member.Status == SiloStatus.Dead && before is SiloStatus.ShuttingDown or SiloStatus.Stopping)
                    {
                        Left(log, silo.ToParsableString());
                    }
                    else if (member.Status == SiloStatus.Dead)
                    {
                        Lost(log, silo.ToParsableString());
                    }
                    else if (member.Status == SiloStatus.Active)
                    {
                        Joined(log, silo.ToParsableString());
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "silo {Silo} is gone: the cluster declared it dead; its grains are placed on the others.")]
    private static partial void Lost(ILogger logger, string silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "silo {Silo} left the cluster.")]
    private static partial void Left(ILogger logger, string silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "silo {Silo} joined the cluster.")]
    private static partial void Joined(ILogger logger, string silo);
}
