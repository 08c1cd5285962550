namespace NegoSim.Silo.Runtime;

internal enum ActivationState
{
    /// <summary>In the directory; the grain instance is not made yet.</summary>
    Created,

    /// <summary>Activated; serves calls.</summary>
    Valid,

    /// <summary>Running <see cref="Grain.OnDeactivateAsync"/>.</summary>
    Deactivating,

    /// <summary>Gone from the directory; callers that still hold it retry with a new activation.</summary>
    Defunct,
}
