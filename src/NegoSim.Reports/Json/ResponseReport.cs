using NegoSim.Model.Protocol;

namespace NegoSim.Reports.Json;

/// <summary>A response: <c>verdict</c> is accept, below-target, below-reservation, ratifier-would-refuse or (a student's, in the classroom) rejected.</summary>
public sealed record ResponseReport(string Party, bool Accepted, string Verdict, double Utility, double Target)
{
    public static ResponseReport From(Response r) =>
        new(r.Responder, r.Accepted, AlternatingOffers.VerdictName(r.Verdict), Numbers.Rounded(r.Utility), Numbers.Rounded(r.Target));
}
