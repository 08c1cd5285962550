using System.Security.Cryptography;

namespace NegoSim.Classroom;

/// <summary>A classroom's join code: six letters and digits that cannot be mistaken for one another when read aloud.</summary>
public static class JoinCode
{
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Letters, 6));
}
