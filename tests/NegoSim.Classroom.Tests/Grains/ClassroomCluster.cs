using NegoSim.Classroom.Storage;

namespace NegoSim.Classroom.Tests.Grains;

/// <summary>
/// The classroom tests have a two-silo cluster of their own: their tables live as long as a session, and a table left
/// waiting for a student keeps its strategy grains, which the other tests' activation counts must not see.
/// </summary>
[CollectionDefinition(nameof(ClassroomCluster))]
public sealed class ClassroomCluster : ICollectionFixture<ClassroomClusterFixture>;

/// <summary>A two-silo cluster whose silos also keep the classroom grains' state, both in one SQLite file of a folder of its own.</summary>
public sealed class ClassroomClusterFixture : ClusterFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"negosim-classroom-{Guid.NewGuid():N}");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    protected override ISiloBuilder AddGrains(ISiloBuilder silo) => silo.AddClassroomStorage(_folder);
}
