namespace NegoSim.Classroom;

/// <summary>
/// How <c>negosim serve</c> runs: where the classrooms are kept (<see cref="DataFolder"/>, holding
/// <c>classroom.db</c>), the teacher's password, and the address students are told to open (the machine's LAN
/// address; null to show the address the browser used); and, on a cluster, the Redis (HOST:PORT) whose cluster the
/// server's silo joins and where the classrooms are then kept (<see cref="Cluster"/>, instead of the data folder).
/// </summary>
public sealed record ClassroomSettings(string DataFolder, string TeacherPassword, string? JoinAddress = null, string? Cluster = null)
{
    /// <summary>The environment variable a teacher's password may come from.</summary>
    public const string PasswordVariable = "NEGOSIM_TEACHER_PASSWORD";

    /// <summary>The shortest password accepted from the environment.</summary>
    public const int ShortestPassword = 8;

    /// <summary>Where classrooms are kept without <c>--data</c>: the user's local data folder (on Linux ~/.local/share/negosim/classroom).</summary>
    public static string DefaultDataFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "negosim", "classroom");

    /// <summary>A password of 12 letters and digits read without confusion (about 60 bits), for a teacher who set none.</summary>
    public static string NewPassword() => new(System.Security.Cryptography.RandomNumberGenerator.GetItems<char>("abcdefghjkmnpqrstuvwxyz23456789", 12));
}
