namespace NegoSim.Model.Protocol;

/// <summary>The parties of one run as plain objects in this process: the model driven directly, without actors.</summary>
public sealed class LocalParties(ScenarioTables tables) : IPartyDirectory
{
    private readonly Dictionary<string, LocalNegotiatorChannel> _negotiators = [];
    private readonly Dictionary<string, LocalRatifierChannel> _ratifiers = [];

    public INegotiatorChannel Negotiator(string name) =>
        _negotiators.TryGetValue(name, out var channel) ? channel : _negotiators[name] = new LocalNegotiatorChannel(tables, name);

    public IRatifierChannel Ratifier(string name) =>
        _ratifiers.TryGetValue(name, out var channel) ? channel : _ratifiers[name] = new LocalRatifierChannel(tables, name);
}
