namespace NegoSim.Grains.Tests.Classroom;

/// <summary>
/// The classroom tests have a two-silo cluster of their own: their tables live as long as a session, and a table left
/// waiting for a student keeps its strategy grains, which the other tests' activation counts must not see.
/// </summary>
[CollectionDefinition(nameof(ClassroomCluster))]
public sealed class ClassroomCluster : ICollectionFixture<ClusterFixture>;
