namespace NegoSim.Classroom.Grains;

/// <summary>The grain storage the classroom grains keep their state in (Orleans memory storage, added by <see cref="ClassroomServer"/>).</summary>
public static class ClassroomStorage
{
    public const string Name = "classroom";
}
