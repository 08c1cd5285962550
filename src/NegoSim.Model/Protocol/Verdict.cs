namespace NegoSim.Model.Protocol;

/// <summary>A responder's answer to an offer, with the reason for a rejection.</summary>
public enum Verdict
{
    Accept,
    BelowTarget,
    BelowReservation,
    RatifierWouldRefuse,
}
