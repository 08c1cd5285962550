using Microsoft.Extensions.DependencyInjection;

namespace NegoSim.Grains;

/// <summary>Adds what the NegoSim grains need to a silo.</summary>
public static class NegoSimSiloBuilderExtensions
{
    /// <summary>
    /// The silo's <see cref="ScenarioCatalog"/>. The grain classes themselves are found by Orleans in the assemblies the
    /// host references (this one, NegoSim.Sweeps' lanes, NegoSim.Classroom's tables).
    /// </summary>
    public static ISiloBuilder AddNegoSim(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ScenarioCatalog>();
        return builder;
    }
}
