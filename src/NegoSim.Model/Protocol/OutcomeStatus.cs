namespace NegoSim.Model.Protocol;

/// <summary>How a negotiation ended.</summary>
public enum OutcomeStatus
{
    /// <summary>Signed; ratification was required and passed.</summary>
    Ratified,

    /// <summary>Signed; no ratification was required.</summary>
    Signed,

    /// <summary>Signed; ratification was required and failed.</summary>
    NotRatified,

    /// <summary>The deadline passed unsigned.</summary>
    NoAgreement,
}
