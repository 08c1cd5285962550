namespace NegoSim.Model.Protocol;

/// <summary>A responder's answer: its verdict, its utility for the offer, and its target τ at that moment.</summary>
public readonly record struct Response(string Responder, Verdict Verdict, double Utility, double Target)
{
    public bool Accepted => Verdict == Verdict.Accept;
}
