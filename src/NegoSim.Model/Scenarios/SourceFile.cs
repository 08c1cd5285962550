namespace NegoSim.Model.Scenarios;

/// <summary>
/// One file of a scenario's text: <see cref="Path"/> is its full path (a relative <c>extends</c> is resolved against
/// it), <see cref="Name"/> is how errors name it, and <see cref="Text"/> is what it holds.
/// </summary>
public sealed record SourceFile(string Path, string Name, string Text)
{
    /// <summary>The SHA-256 of the file's text (UTF-8), as lower-case hex: what a sweep's manifest records for it.</summary>
    public string Sha256() =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text)));
}
