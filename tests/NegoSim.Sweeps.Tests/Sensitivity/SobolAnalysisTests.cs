using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Sweeps.Tests.Sensitivity;

/// <summary>
/// Sobol' indices of the Ishigami function, sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 on [−π, π]³: against SALib's
/// <c>sobol.analyze</c> on the same outputs (SALib 1.5, its own unscrambled <c>sobol_sequence</c> and the Saltelli
/// layout built in Python: the numbers below are SALib's), and against the function's analytic indices.
/// </summary>
public sealed class SobolAnalysisTests
{
    private static readonly string[] Names = ["x1", "x2", "x3"];

    private static double Ishigami(double[] u)
    {
        var x = u.Select(v => -Math.PI + (2 * Math.PI * v)).ToArray();
        return Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
    }

    [Fact]
    public void On_the_unscrambled_design_every_index_is_SALib_s_to_1e_9()
    {
        var outputs = SaltelliDesign.Rows(64, 3, secondOrder: true, seed: null).Select(Ishigami).ToArray();

        var result = SobolAnalysis.Analyze(outputs, Names, secondOrder: true);

        Assert.Equal([0.2927412857573363, 0.6089431308141571, -0.02452368653312201], result.Indices.Select(i => i.S1), Near);
        Assert.Equal([0.5759383396698097, 0.46052746955039053, 0.19280110990916813], result.Indices.Select(i => i.ST), Near);
        Assert.Equal([-0.12157939222064035, 0.2656972074575482, -0.12016878525999877], new[] { result.S2![0][1], result.S2[0][2], result.S2[1][2] }, Near);
        Assert.True(double.IsNaN(result.S2[1][0]));
    }

    [Fact]
    public void Without_second_order_the_rows_are_A_AB_and_B_and_the_indices_SALib_s()
    {
        var outputs = SaltelliDesign.Rows(64, 3, secondOrder: false, seed: null).Select(Ishigami).ToArray();

        var result = SobolAnalysis.Analyze(outputs, Names, secondOrder: false);

        Assert.Equal(64 * 5, outputs.Length);
        Assert.Equal([0.29279252173876275, 0.6089431308141571, -0.02409980012130604], result.Indices.Select(i => i.S1), Near);
        Assert.Equal([0.5759383396698098, 0.4605274695503907, 0.19280110990916818], result.Indices.Select(i => i.ST), Near);
        Assert.Null(result.S2);
    }

    [Fact]
    public void With_enough_samples_it_finds_Ishigami_s_analytic_indices()
    {
        // Analytic (a = 7, b = 0.1): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437 (Saltelli et al. 2008, §4.1).
        var outputs = SaltelliDesign.Rows(8192, 3, secondOrder: false, seed: 11).Select(Ishigami).ToArray();

        var result = SobolAnalysis.Analyze(outputs, Names, secondOrder: false, seed: 1);

        Assert.Equal([0.3139, 0.4424, 0], result.Indices.Select(i => i.S1), (e, a) => Math.Abs(e - a) < 0.03);
        Assert.Equal([0.5576, 0.4424, 0.2437], result.Indices.Select(i => i.ST), (e, a) => Math.Abs(e - a) < 0.03);
        Assert.All(result.Indices, i => Assert.InRange(i.S1Conf, 0.001, 0.1));
    }

    [Fact]
    public void An_output_that_never_varies_gives_zeros_and_says_so()
    {
        var result = SobolAnalysis.Analyze(new double[5 * 16], Names, secondOrder: false);

        Assert.True(result.Constant);
        Assert.All(result.Indices, i => Assert.Equal((0.0, 0.0), (i.S1, i.ST)));
    }

    [Fact]
    public void Outputs_that_are_not_a_whole_design_are_refused()
    {
        var error = Assert.Throws<NegoSim.Model.InputException>(() => SobolAnalysis.Analyze(new double[11], Names, secondOrder: false));

        Assert.Contains("multiple of 5 rows", error.Message, StringComparison.Ordinal);
    }

    private static bool Near(double expected, double actual) => Math.Abs(expected - actual) < 1e-9;
}
