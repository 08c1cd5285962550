namespace NegoSim.Model.Scenarios;

/// <summary>A knob of a scenario: its value in this reading, its default, its allowed range and what it means.</summary>
public sealed record ScenarioParameter(string Name, string Value, string Default, double? Min, double? Max, string Description)
{
    public string RangeText => Min is null ? "" : FormattableString.Invariant($"[{Min}, {Max}]");

    /// <summary>Why <paramref name="text"/> cannot be this parameter's value (not a number, or outside its range), or null if it can.</summary>
    public string? Refusal(string text)
    {
        if (Min is not { } min || Max is not { } max)
        {
            return null;
        }

        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return $"expected a number in {RangeText}, found '{text}'.";
        }

        return number < min || number > max ? $"{text} is outside the parameter's range {RangeText}." : null;
    }
}
