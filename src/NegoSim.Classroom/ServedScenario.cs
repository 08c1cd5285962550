using NegoSim.Classroom.Grains;
using NegoSim.Model.Analysis;
using NegoSim.Model.Scenarios;
using NegoSim.Reports.Html;

namespace NegoSim.Classroom;

/// <summary>The scenario <c>negosim serve</c> plays in every classroom, compiled once, with its analysis (worked out when first asked for).</summary>
public sealed class ServedScenario(CompiledScenario file)
{
    private readonly Lazy<OutcomeTheory> _analysis = new(() => OutcomeAnalysis.Analyze(file.Tables));

    public CompiledScenario File { get; } = file;

    /// <summary>Every seat; the table size a view is drawn with does not matter.</summary>
    public SeatPlan Plan { get; } = new(file.Scenario, SeatPlan.DefaultTableSize(file.Scenario));

    public OutcomeTheory Analysis => _analysis.Value;

    public ReportPair Pair { get; } = ReportPair.Of(file.Scenario, null);
}
