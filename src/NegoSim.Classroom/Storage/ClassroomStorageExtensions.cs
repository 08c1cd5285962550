using Microsoft.Extensions.DependencyInjection;
using NegoSim.Classroom.Grains;
using Orleans.Serialization;
using Orleans.Storage;

namespace NegoSim.Classroom.Storage;

/// <summary>Where a silo keeps the classroom grains' state.</summary>
public static class ClassroomStorageExtensions
{
    /// <summary>The file in the data folder that holds every classroom.</summary>
    public const string FileName = "classroom.db";

    /// <summary>The classroom grains' state in <c>classroom.db</c> in <paramref name="folder"/> (made if missing).</summary>
    public static ISiloBuilder AddClassroomStorage(this ISiloBuilder silo, string folder)
    {
        ArgumentNullException.ThrowIfNull(silo);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName);
        silo.Services.AddKeyedSingleton<IGrainStorage>(ClassroomStorage.Name, (services, _) => new SqliteGrainStorage(file, services.GetRequiredService<Serializer>()));
        return silo;
    }
}
