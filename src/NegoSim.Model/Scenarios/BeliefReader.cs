using NegoSim.Model.Ratification;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads a reservation known only by a distribution: <c>{uniform: [LOW, HIGH]}</c> or <c>{normal: [MEAN, SD]}</c> (cut off at 0 and 1).</summary>
internal static class BeliefReader
{
    public static ReservationBelief Read(ScenarioNode node)
    {
        var fields = node.Fields(ReservationBelief.Uniform, ReservationBelief.Normal);
        if (fields.Entries.Count != 1)
        {
            throw node.Error("give one distribution: {uniform: [low, high]} or {normal: [mean, sd]}, each within 0 and 1 (or a number).");
        }

        var (kind, valuesNode) = fields.Entries[0];
        var values = valuesNode.Items();
        if (values.Count != 2)
        {
            throw valuesNode.Error(kind == ReservationBelief.Uniform ? "expected [low, high]." : "expected [mean, sd].");
        }

        var first = values[0].Number(0, 1);
        if (kind == ReservationBelief.Uniform)
        {
            var high = values[1].Number(first, 1, $"a number from the low end {first} to 1");
            return new ReservationBelief(kind, first, high);
        }

        return new ReservationBelief(kind, first, values[1].Number(0.000001, 1, "a standard deviation above 0, at most 1"));
    }
}
