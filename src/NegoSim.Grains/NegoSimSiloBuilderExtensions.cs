using Microsoft.Extensions.DependencyInjection;

namespace NegoSim.Grains;

/// <summary>Adds what the NegoSim grains need to a silo.</summary>
public static class NegoSimSiloBuilderExtensions
{
    /// <summary>
    /// The silo's <see cref="ScenarioCatalog"/>, and Orleans memory storage for the classroom grains' state
    /// (<see cref="Classroom.ClassroomStorage"/>). The grain classes themselves are found by Orleans in this assembly.
    /// </summary>
    public static ISiloBuilder AddNegoSim(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ScenarioCatalog>();
        builder.AddMemoryGrainStorage(Classroom.ClassroomStorage.Name);
        return builder;
    }
}
