using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>What the negotiators hear of each other's claims about their ratifiers.</summary>
internal static class ClaimHearing
{
    /// <summary>
    /// Hears the claims in a round's answers: a responder that refused <paramref name="text"/> because its ratifiers
    /// would refuse it, and whose word counts for something, has claimed so; every negotiator is told.
    /// </summary>
    public static async ValueTask<Heard> HearAsync(StageTables at, IPartyDirectory parties, int stage, Heard heard, ImmutableArray<Response>.Builder responses, int text)
    {
        var claims = heard.Claims;
        foreach (var response in responses)
        {
            if (response.Verdict == Verdict.RatifierWouldRefuse
                && at.Negotiators[at.IndexOfNegotiator(response.Responder)].Credibility > 0
                && !claims.Contains(new Claim(response.Responder, text)))
            {
                claims = claims.Add(new Claim(response.Responder, text));
            }
        }

        if (claims.Length == heard.Claims.Length)
        {
            return heard;
        }

        heard = heard with { Claims = claims };
        await AlternatingOffers.BriefAsync(at, parties, stage, heard);
        return heard;
    }
}
