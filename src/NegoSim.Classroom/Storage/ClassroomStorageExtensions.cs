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

    /// <summary>
    /// On a cluster: the classroom grains' state in the cluster's Redis at <paramref name="redis"/> (HOST:PORT), through
    /// Orleans' Redis grain storage, written with Orleans' own serializer (as the SQLite file is), so that whichever
    /// silo a classroom, table or seat is activated on finds it. Every silo of a cluster that serves classrooms adds it.
    /// </summary>
    public static ISiloBuilder AddClassroomRedisStorage(this ISiloBuilder silo, string redis)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(redis);
        silo.AddRedisGrainStorage(ClassroomStorage.Name, options => options.Configure<Serializer>((o, serializer) =>
        {
            o.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(redis);
            o.ConfigurationOptions.AbortOnConnectFail = false;
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            o.DeleteStateOnClear = true;
        }));
        return silo;
    }
}
