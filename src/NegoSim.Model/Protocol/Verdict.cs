namespace NegoSim.Model.Protocol;

/// <summary>A responder's answer to an offer, with the reason for a rejection.</summary>
public enum Verdict
{
    Accept,
    BelowTarget,
    BelowReservation,
    RatifierWouldRefuse,

    /// <summary>A student at the seat rejected it (in the classroom); a strategy never gives this verdict.</summary>
    Rejected,
}
