using System.Text;

namespace NegoSim.Reports;

/// <summary>Writes a file whole or not at all: to a file beside it first (UTF-8, no BOM), then moved over it (<see cref="OutputFile"/>).</summary>
public static class WholeFile
{
    /// <exception cref="IOException">The path may not be replaced (a folder, link or device) or cannot be written; the message says why.</exception>
    public static void Write(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var aside = OutputFile.Aside(path);
        try
        {
            File.WriteAllText(aside, text, new UTF8Encoding(false));
            OutputFile.Replace(aside, path);
        }
        finally
        {
            File.Delete(aside);
        }
    }
}
