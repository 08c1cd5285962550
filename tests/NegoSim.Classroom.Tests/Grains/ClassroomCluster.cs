using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom.Tests.Grains;

/// <summary>
/// The classroom tests have a two-silo cluster of their own: their tables live as long as a session, and a table left
/// waiting for a student keeps its strategy grains, which the other tests' activation counts must not see.
/// </summary>
[CollectionDefinition(nameof(ClassroomCluster))]
public sealed class ClassroomCluster : ICollectionFixture<ClassroomClusterFixture>;

/// <summary>A two-silo cluster whose silos also keep the classroom grains' state.</summary>
public sealed class ClassroomClusterFixture : ClusterFixture
{
    protected override ISiloBuilder AddGrains(ISiloBuilder silo) => silo.AddMemoryGrainStorage(ClassroomStorage.Name);
}
