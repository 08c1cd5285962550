namespace NegoSim.Silo;

/// <summary>Settings of a silo. Defaults follow Orleans.</summary>
public sealed class SiloOptions
{
    /// <summary>A call not answered within this time fails with <see cref="TimeoutException"/>. Default 30 s.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation idle for longer than this is collected. Default 15 min; <see cref="Timeout.InfiniteTimeSpan"/> turns idle collection off.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the idle collector looks. Default 1 min.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long deactivation waits for a request in progress before abandoning the activation. Default 30 s.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock behind idle collection and timeouts; tests may substitute their own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        if (ResponseTimeout <= TimeSpan.Zero && ResponseTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseTimeout), ResponseTimeout, "The response timeout must be positive.");
        }

        if (DeactivationTimeout <= TimeSpan.Zero && DeactivationTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(DeactivationTimeout), DeactivationTimeout, "The deactivation timeout must be positive.");
        }

        if (CollectionQuantum <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CollectionQuantum), CollectionQuantum, "The collection quantum must be positive.");
        }

        if (CollectionAge < TimeSpan.Zero && CollectionAge != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(CollectionAge), CollectionAge, "The collection age must not be negative.");
        }
    }
}
