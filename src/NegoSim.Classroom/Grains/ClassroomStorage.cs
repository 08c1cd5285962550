namespace NegoSim.Classroom.Grains;

/// <summary>The grain storage the classroom grains keep their state in (SQLite, <see cref="Storage.SqliteGrainStorage"/>, added by <see cref="ClassroomServer"/>).</summary>
public static class ClassroomStorage
{
    public const string Name = "classroom";
}
