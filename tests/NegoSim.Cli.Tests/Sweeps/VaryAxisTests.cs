using NegoSim.Model;
using NegoSim.Sweeps;

namespace NegoSim.Cli.Tests.Sweeps;

public sealed class VaryAxisTests
{
    [Theory]
    [InlineData("greed=0:0.25:1", "greed", new[] { "0", "0.25", "0.5", "0.75", "1" })]
    [InlineData("greed=0:0.1:0.3", "greed", new[] { "0", "0.1", "0.2", "0.3" })]
    [InlineData("deadline=10:-5:0", "deadline", new[] { "10", "5", "0" })]
    [InlineData("parties.kyiv.strategy=boulware,linear", "parties.kyiv.strategy", new[] { "boulware", "linear" })]
    [InlineData("greed=0.5", "greed", new[] { "0.5" })]
    public void Ranges_include_the_end_the_steps_reach_and_lists_keep_their_order(string text, string name, string[] values)
    {
        var axis = VaryAxis.Parse(text);

        Assert.Equal(name, axis.Name);
        Assert.Equal(values, axis.Values.ToArray());
    }

    [Theory]
    [InlineData("greed", "--vary greed: expected NAME=START:STEP:END, NAME=a,b,c, or with --sample NAME~uniform(A,B), NAME~normal(MEAN,SD), NAME~int(A,B) or NAME~choice(X,Y,…).")]
    [InlineData("greed=", "--vary greed=: expected NAME=START:STEP:END, NAME=a,b,c, or with --sample NAME~uniform(A,B), NAME~normal(MEAN,SD), NAME~int(A,B) or NAME~choice(X,Y,…).")]
    [InlineData("greed=0:1", "--vary greed=0:1: a range is START:STEP:END, e.g. 0:0.1:1.")]
    [InlineData("greed=0:x:1", "--vary greed=0:x:1: 'x' is not a number; a range is START:STEP:END.")]
    [InlineData("greed=0:0:1", "--vary greed=0:0:1: STEP must be non-zero and go from START toward END.")]
    [InlineData("greed=1:0.1:0", "--vary greed=1:0.1:0: STEP must be non-zero and go from START toward END.")]
    [InlineData("greed=a,,b", "--vary greed=a,,b: a list of values has an empty item; write NAME=a,b,c.")]
    [InlineData("greed=a,b,a", "--vary greed=a,b,a: the value a is listed 2 times; list each value once.")]
    public void Bad_grammar_is_refused_showing_the_forms(string text, string expected)
    {
        Assert.Equal(expected, Assert.Throws<InputException>(() => VaryAxis.Parse(text)).Message);
    }

    [Fact]
    public void Several_axes_make_a_full_factorial_with_the_last_varying_fastest()
    {
        var grid = SweepGrid.Create([VaryAxis.Parse("a=1,2"), VaryAxis.Parse("b=x,y,z")], runsPerPoint: 3);

        Assert.Equal(6, grid.Points);
        Assert.Equal(18, grid.Runs);
        Assert.Equal(["1", "x"], grid.ValuesAt(0));
        Assert.Equal(["1", "z"], grid.ValuesAt(2));
        Assert.Equal(["2", "x"], grid.ValuesAt(3));
    }

    [Fact]
    public void The_same_name_twice_is_refused()
    {
        Assert.Contains("given twice", Assert.Throws<InputException>(() => SweepGrid.Create([VaryAxis.Parse("a=1"), VaryAxis.Parse("a=2")], 1)).Message);
    }

    [Theory]
    [InlineData("w=0:0.3:1", "--vary w=0:0.3:1: the steps do not land on END 1 (they stop at 0.9); use 0:0.25:1, or 0:0.3:0.9, or list the values.")]
    [InlineData("w=0:2:1", "--vary w=0:2:1: the steps do not land on END 1 (they stop at 0); use 0:1:1, or list the values.")]
    public void A_range_whose_steps_miss_END_is_refused_with_ranges_that_fit(string text, string message)
    {
        var error = Assert.Throws<NegoSim.Model.InputException>(() => VaryAxis.Parse(text));

        Assert.Equal(message, error.Message);
    }
}
