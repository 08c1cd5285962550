using System.Globalization;
using System.Text;

namespace NegoSim.Reports;

/// <summary>Writes a file whole or not at all: to a file beside it first (UTF-8, no BOM), then moved over it.</summary>
public static class WholeFile
{
    public static void Write(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var full = Path.GetFullPath(path);
        var aside = $"{full}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
        try
        {
            File.WriteAllText(aside, text, new UTF8Encoding(false));
            File.Move(aside, full, overwrite: true);
        }
        finally
        {
            File.Delete(aside);
        }
    }
}
