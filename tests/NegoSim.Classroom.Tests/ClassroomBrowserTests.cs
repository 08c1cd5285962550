using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace NegoSim.Classroom.Tests;

/// <summary>The classroom in real browsers: a teacher's and three students', each its own headless Chromium.</summary>
[Trait("Category", "Slow")]
public sealed partial class ClassroomBrowserTests(Served served) : IClassFixture<Served>
{
    [Fact]
    public void Kyiv_and_Washington_sign_in_their_browsers_the_Servant_of_the_People_votes_it_through_and_everyone_sees_the_report()
    {
        using var teacher = new StudentBrowser();
        using var washington = new StudentBrowser();
        using var kyiv = new StudentBrowser();
        using var faction = new StudentBrowser();
        using var observer = new StudentBrowser();

        // The teacher opens a session of tables of three: the two negotiators and the largest faction.
        // The teacher signs in with the server's password, then opens a session.
        teacher.Open(served.Address + "/teacher");
        teacher.WaitUntilEnabled("login");
        teacher.Type("password", Served.Password);
        teacher.Find("login").Click();
        teacher.WaitUntilEnabled("create");
        teacher.Type("table-size", "3");
        teacher.Find("create").Click();
        var code = teacher.Until(() => teacher.Find("join-code").Text is { Length: 6 } shown ? shown : null, "the join code");

        Join(washington, code, "Scott", "washington");

        // A fourth student, one too many for a table of three, watches it (no seat: the table still waits for two).
        Join(observer, code, "Oksana", "observer");
        observer.WaitForText("who", "Oksana: observer, table 1");
        Join(kyiv, code, "Olena", "kyiv");
        Join(faction, code, "Ruslan", "rada/servant-of-the-people");

        // The table is full, so it starts; Washington proposes first. To Washington the draft is worth, by hand,
        // 0.3 × 100/500 + 0.2 × 1 + 0.15 × 0 + 0.3 × 0.9 + 0.05 × 0 = 0.53; $100bn repaid will need the Rada's vote.
        washington.WaitUntilEnabled("propose");
        var deal = new Dictionary<string, string>
        {
            ["guarantees"] = "supports-efforts", ["reimbursement"] = "100", ["revenue_share"] = "0.5", ["scope"] = "rare-earths", ["fund_governance"] = "joint", ["specific_numbers"] = "yes",
        };
        foreach (var (term, value) in deal)
        {
            washington.Choose(washington.Find("term-" + term), value);
        }

        washington.WaitForText("draft-worth", "0.53");
        washington.Find("propose").Click();

        // Kyiv reloads the page mid-negotiation and still has its seat; the offer is worth to it, by hand,
        // 0.45 × 0.35 + 0.3 × 0.8 + 0.1 × 0.5 + 0.05 × 1 + 0.05 × 1 + 0.05 × 0 = 0.5475.
        kyiv.WaitUntilEnabled("accept");
        kyiv.Driver.Navigate().Refresh();
        kyiv.WaitForText("who", "Olena: kyiv, table 1");
        kyiv.WaitUntilEnabled("accept");
        Assert.Contains("reimbursement=100", kyiv.Find("offer-deal").Text, StringComparison.Ordinal);
        Assert.Equal("0.55", kyiv.Find("offer-worth").Text);
        kyiv.Find("accept").Click();

        // Signed; the Servant of the People's 233 seats are enough for the 226 needed, whatever the rest vote.
        faction.WaitUntilEnabled("vote-yes");
        Assert.Contains("reimbursement=100", faction.Find("signed-deal").Text, StringComparison.Ordinal);
        faction.Find("vote-yes").Click();

        foreach (var student in new[] { washington, kyiv, faction, observer })
        {
            student.WaitForText("headline", "RATIFIED");
            var yes = int.Parse(YesVotes().Match(student.Find("outcome-detail").Text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(yes, 233, 401);
        }

        // The report, inside the page: the table's charts, and what the strategies reach from the same start.
        kyiv.Driver.SwitchTo().Frame(kyiv.Find("report"));
        var drawn = kyiv.Until(() => kyiv.Driver.ExecuteScript("return document.body && document.body.dataset.chartsDrawn;") as string, "the report's charts");
        Assert.Equal("3", drawn);
        Assert.Contains("What the strategies reach from the same start", kyiv.Driver.FindElement(By.TagName("body")).Text, StringComparison.Ordinal);
        kyiv.Driver.SwitchTo().DefaultContent();

        // The teacher sees the table ratified, in the table list and among the class's deals.
        teacher.WaitForText("statuses", "1 ratified");
        var tables = teacher.Find("tables").Text;
        foreach (var student in new[] { "Scott (washington)", "Olena (kyiv)", "Ruslan (rada/servant-of-the-people)", "Oksana (observer)" })
        {
            Assert.Contains(student, tables, StringComparison.Ordinal);
        }

        Assert.StartsWith("3 students at 1 table of 3 and 1 observer;", teacher.Find("summary").Text, StringComparison.Ordinal);

        Assert.Contains("reimbursement=100", teacher.Find("deals").Text, StringComparison.Ordinal);
        // The observer saw the one offer, with no worth to anyone, and had nothing to press.
        Assert.Single(observer.Driver.FindElements(By.CssSelector("#offers tbody tr")));
        Assert.False(observer.Find("vote-box").Displayed);
        Assert.False(observer.Find("draft-box").Displayed);
        foreach (var browser in new[] { teacher, washington, kyiv, faction, observer })
        {
            Assert.Empty(browser.ConsoleErrors());
        }
    }

    private void Join(StudentBrowser student, string code, string name, string seat)
    {
        student.Open(served.Address + "/?code=" + code);
        student.WaitForText("scenario", "minerals");
        student.Type("name", name);
        student.Until(() => student.Driver.FindElements(By.CssSelector($"#seat option[value='{seat}']")).Count > 0 ? "yes" : null, $"the seat {seat} in the list");
        student.Choose(student.Find("seat"), seat);
        student.Find("join").Click();
        student.WaitForText("who", $"{name}: ");
    }

    [GeneratedRegex(@"The vote: (\d+) yes")]
    private static partial Regex YesVotes();
}
