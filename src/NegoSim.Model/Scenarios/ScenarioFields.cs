namespace NegoSim.Model.Scenarios;

/// <summary>The checked entries of one mapping, in document order.</summary>
internal sealed class ScenarioFields(ScenarioNode owner, IReadOnlyList<(string Key, ScenarioNode Value)> entries)
{
    public IReadOnlyList<(string Key, ScenarioNode Value)> Entries { get; } = entries;

    public ScenarioNode Owner { get; } = owner;

    public ScenarioNode? Optional(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;

    public ScenarioNode Required(string key, string what) =>
        Optional(key) ?? throw Owner.Error($"missing '{key}': {what}.");
}
