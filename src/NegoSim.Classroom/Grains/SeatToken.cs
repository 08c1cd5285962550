using System.Security.Cryptography;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A seat's secret token: its classroom's join code, a dash and 128 random bits in hex (a token cannot be guessed from
/// another's). The code lets a seat grain ask its classroom for its ticket (<see cref="IClassroomGrain.TicketOf"/>), so
/// that seating a class writes each ticket once, in the classroom. Tokens made before had the random part only; their
/// seat grains keep their tickets themselves.
/// </summary>
public static class SeatToken
{
    // A join code is six capitals and digits (JoinCode); a token with anything but letters and digits before its dash,
    // or more of them than any code has, names no classroom, and no classroom grain is woken for it.
    private const int MostCodeLength = 64;
    private static readonly System.Buffers.SearchValues<char> CodeCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static string New(string classroom) => $"{classroom}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";

    /// <summary>The join code of the classroom that issued <paramref name="token"/>, or null for a token without one.</summary>
    public static string? Classroom(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var dash = token.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= MostCodeLength && token.AsSpan(0, dash).ContainsAnyExcept(CodeCharacters) is false ? token[..dash] : null;
    }
}
