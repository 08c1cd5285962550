namespace NegoSim.Classroom.Grains;

/// <summary>What the register keeps: one entry per classroom.</summary>
[GenerateSerializer, Alias("negosim.classroomRegisterState")]
public sealed class ClassroomRegisterState
{
    [Id(0)]
    public List<ClassroomEntry> Entries { get; set; } = [];
}
