using Orleans.Concurrency;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// The register of a server's classrooms (key 0): every classroom opened and not yet deleted, so that the teacher finds
/// last lesson's sessions after a restart.
/// </summary>
[Alias("negosim.IClassroomRegisterGrain")]
public interface IClassroomRegisterGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a classroom; false when the register holds <see cref="ClassroomRegisterGrain.Most"/> already.</summary>
    [Alias("Add")]
    Task<bool> Add(ClassroomEntry entry);

    [Alias("Remove")]
    Task Remove(string code);

    /// <summary>Every classroom, the newest first.</summary>
    [Alias("List"), AlwaysInterleave]
    Task<IReadOnlyList<ClassroomEntry>> List();
}
