namespace NegoSim.Model.Scenarios;

/// <summary>The value a parameter has in one reading, and where it was set if not in the file.</summary>
internal sealed record ParameterValue(string Text, string? Origin);
