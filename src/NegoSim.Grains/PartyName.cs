namespace NegoSim.Grains;

/// <summary>A party grain's key is <c>{run}/{party}</c>; party names have no '/'.</summary>
internal static class PartyName
{
    public static string Of(string key) => key[(key.LastIndexOf('/') + 1)..];
}
