using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Scenarios;

public sealed class SuggestionTests
{
    [Theory]
    // Counted by hand: kitten → sitten → sittin → sitting; one transposition is two edits.
    [InlineData("kitten", "sitting", 3)]
    [InlineData("guarantee_wieght", "guarantee_weight", 2)]
    [InlineData("", "run", 3)]
    [InlineData("run", "run", 0)]
    public void Distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance)
    {
        Assert.Equal(distance, Suggestion.Distance(a, b));
        Assert.Equal(distance, Suggestion.Distance(b, a));
    }

    [Theory]
    [InlineData("runn", "run")]
    [InlineData("swep", "sweep")]
    [InlineData("rada_demnd", "rada_demand")]
    [InlineData("xyzzy", null)]
    public void Closest_names_a_near_word_and_nothing_far(string typed, string? meant)
    {
        Assert.Equal(meant, Suggestion.Closest(typed, ["run", "sweep", "analyze", "rada_demand", "guarantee_weight"]));
    }
}
