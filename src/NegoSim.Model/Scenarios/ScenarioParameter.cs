namespace NegoSim.Model.Scenarios;

/// <summary>A knob of a scenario: its value in this reading, its default, its allowed range and what it means.</summary>
public sealed record ScenarioParameter(string Name, string Value, string Default, double? Min, double? Max, string Description)
{
    public string RangeText => Min is null ? "" : FormattableString.Invariant($"[{Min}, {Max}]");
}
