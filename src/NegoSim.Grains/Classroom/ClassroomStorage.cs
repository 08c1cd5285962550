namespace NegoSim.Grains.Classroom;

/// <summary>The grain storage the classroom grains keep their state in (Orleans memory storage, from <c>AddNegoSim</c>).</summary>
public static class ClassroomStorage
{
    public const string Name = "classroom";
}
