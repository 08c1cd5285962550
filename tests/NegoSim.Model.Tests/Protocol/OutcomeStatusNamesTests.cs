using FsCheck;
using FsCheck.Fluent;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Tests.Protocol;

public sealed class OutcomeStatusNamesTests
{
    [Fact]
    public void Each_status_is_read_back_from_the_name_a_file_gives_it()
    {
        Assert.Equal(["ratified", "signed", "not-ratified", "no-agreement"], Enum.GetValues<OutcomeStatus>().Select(s => s.Name()));
        Assert.All(Enum.GetValues<OutcomeStatus>(), s => Assert.True(OutcomeStatusNames.TryParse(s.Name(), out var read) && read == s));
    }

    [Fact]
    public void Any_other_text_names_no_status()
    {
        // Case, spaces and the error rows' "error" included: only the four names are statuses.
        string[] names = ["ratified", "signed", "not-ratified", "no-agreement"];
        Assert.False(OutcomeStatusNames.TryParse("Ratified", out _));
        Assert.False(OutcomeStatusNames.TryParse(" signed", out _));
        Assert.False(OutcomeStatusNames.TryParse("error", out _));
        Assert.False(OutcomeStatusNames.TryParse(null, out _));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<string>()), text =>
            OutcomeStatusNames.TryParse(text, out _) == names.Contains(text)));
    }
}
