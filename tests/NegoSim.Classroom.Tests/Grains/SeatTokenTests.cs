using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom.Tests.Grains;

public sealed class SeatTokenTests
{
    [Fact]
    public void A_token_names_its_classroom_and_two_tokens_differ()
    {
        var code = JoinCode.New();
        var first = SeatToken.New(code);
        var second = SeatToken.New(code);

        Assert.Equal(code, SeatToken.Classroom(first));
        Assert.Matches($"^{code}-[0-9a-f]{{32}}$", first);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")] // a token made before tokens named their classroom
    [InlineData("unknown")]
    [InlineData("-0123456789abcdef")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLM-0123")] // longer than any code
    [InlineData("AB CD-0123")]
    [InlineData("AB/CD-0123")]
    public void A_token_that_names_no_classroom_wakes_none(string token) => Assert.Null(SeatToken.Classroom(token));
}
