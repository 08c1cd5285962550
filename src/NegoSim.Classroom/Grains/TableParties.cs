using NegoSim.Grains;
using NegoSim.Model.Protocol;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A table's parties for the protocol: a student's seat waits for the student, any other is the scenario's strategy
/// grain; every negotiator is watched, so the table shows each offer and answer as it is made.
/// </summary>
public sealed class TableParties(TableGrain table, ScenarioTables tables, GrainParties strategies) : IPartyDirectory
{
    private readonly Dictionary<string, INegotiatorChannel> _negotiators = [];
    private readonly Dictionary<string, IRatifierChannel> _ratifiers = [];

    public INegotiatorChannel Negotiator(string name)
    {
        if (!_negotiators.TryGetValue(name, out var channel))
        {
            var inner = table.HasStudent(name) ? new StudentNegotiatorChannel(table, tables, name, strategies.Negotiator(name)) : strategies.Negotiator(name);
            channel = _negotiators[name] = new WatchedNegotiatorChannel(table, tables, inner);
        }

        return channel;
    }

    public IRatifierChannel Ratifier(string name)
    {
        if (!_ratifiers.TryGetValue(name, out var channel))
        {
            channel = _ratifiers[name] = new ClassroomRatifierChannel(table, tables, name, strategies.Ratifier(name));
        }

        return channel;
    }
}
