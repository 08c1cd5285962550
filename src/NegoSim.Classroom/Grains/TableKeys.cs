namespace NegoSim.Classroom.Grains;

/// <summary>A table grain is keyed <c>{classroom}/{table}</c>; its strategy grains <c>{classroom}/{table}/strategy/{party}</c>.</summary>
public static class TableKeys
{
    public static string Of(string classroom, int table) => $"{classroom}/{table}";
}
