using System.Globalization;

namespace NegoSim.Reports.Json;

/// <summary>How a value given as text (a parameter's, a varied value) goes into JSON: a number when it reads as one, else a string.</summary>
public static class JsonValue
{
    public static object Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : text;
    }
}
