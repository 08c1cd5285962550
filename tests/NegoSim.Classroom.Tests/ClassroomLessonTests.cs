using OpenQA.Selenium;

namespace NegoSim.Classroom.Tests;

/// <summary>
/// A whole lesson in fifteen real browsers: the teacher and a class of 14 at two tables of seven. At the first table
/// every student plays (one faction is away, and the teacher hands its seat to the computer); at the second,
/// Washington's student never moves, and the turn timer has the computer move for them, so the table goes on.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ClassroomLessonTests(Served served) : IClassFixture<Served>
{
    private const int TurnSeconds = 30;

    [Fact]
    public void A_class_of_fourteen_at_two_tables_finishes_with_an_idle_student_and_an_absent_one()
    {
        var browsers = new List<StudentBrowser>();
        try
        {
            var teacher = new StudentBrowser();
            browsers.Add(teacher);
            teacher.Open(served.Address + "/teacher");
            teacher.WaitUntilEnabled("login");
            teacher.Type("password", Served.Password);
            teacher.Find("login").Click();
            teacher.WaitUntilEnabled("create");
            teacher.Type("table-size", "7");
            teacher.Type("turn-seconds", TurnSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            teacher.Find("create").Click();
            var code = teacher.Until(() => teacher.Find("join-code").Text is { Length: 6 } shown ? shown : null, "the join code");

            // Fourteen students open the join page with the code and type their names; then they join, one after
            // another: the first seven fill table 1 (which starts), the next seven table 2.
            var waiting = new List<StudentBrowser>();
            for (var i = 1; i <= 14; i++)
            {
                var student = new StudentBrowser();
                browsers.Add(student);
                waiting.Add(student);
                student.Open(served.Address + "/?code=" + code);
                student.WaitForText("scenario", "minerals");
                student.Type("name", $"Student {i}");
            }

            var students = new List<(StudentBrowser Browser, string Seat, int Table)>();
            foreach (var (student, i) in waiting.Select((b, n) => (b, n + 1)))
            {
                student.Find("join").Click();
                var who = student.WaitForText("who", $"Student {i}: ");
                var seat = who[(who.IndexOf(": ", StringComparison.Ordinal) + 2)..who.LastIndexOf(", table", StringComparison.Ordinal)].Replace(" — ", "/", StringComparison.Ordinal);
                students.Add((student, seat, int.Parse(who[(who.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
            }

            Assert.Equal([1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2], students.Select(s => s.Table));
            var at = (int table, string seat) => students.Single(s => s.Table == table && s.Seat == seat).Browser;
            var factions = students.Where(s => s.Seat.Contains('/', StringComparison.Ordinal)).ToList();

            // Every student has a briefing of their own seat.
            Assert.Contains("You speak for Washington", at(1, "washington").Find("briefing-text").Text, StringComparison.Ordinal);
            Assert.Contains("233 of the 401 seats", at(1, "rada/servant-of-the-people").WaitForText("briefing-faction", "233 of the 401 seats"), StringComparison.Ordinal);

            // Table 1: Washington proposes $100bn repaid (the Rada must vote), Kyiv accepts.
            var washington = at(1, "washington");
            washington.WaitUntilEnabled("propose");
            foreach (var (term, value) in new Dictionary<string, string> { ["guarantees"] = "supports-efforts", ["reimbursement"] = "100", ["revenue_share"] = "0.5", ["scope"] = "rare-earths", ["fund_governance"] = "joint", ["specific_numbers"] = "yes" })
            {
                washington.Choose(washington.Find("term-" + term), value);
            }

            washington.WaitForText("draft-worth", "0.53");
            washington.Find("propose").Click();
            var kyiv = at(1, "kyiv");
            kyiv.WaitUntilEnabled("accept");
            kyiv.WaitForText("offer-ratification", "rada must ratify this deal");
            kyiv.Find("accept").Click();

            // Four factions vote yes; the fifth is away: the teacher hands its seat to the computer, which votes its line.
            var tableOne = factions.Where(f => f.Table == 1).ToList();
            foreach (var faction in tableOne.Take(4))
            {
                faction.Browser.WaitUntilEnabled("vote-yes");
                faction.Browser.Find("vote-yes").Click();
            }

            var away = tableOne[4];
            teacher.Until(() => teacher.Driver.FindElements(By.CssSelector($"button[data-hand='1:{away.Seat}']")).FirstOrDefault(), "the hand-over button").Click();
            away.Browser.WaitForText("computer", "The teacher has handed your seat to the computer");
            foreach (var student in students.Where(s => s.Table == 1))
            {
                student.Browser.WaitForText("headline", "RATIFIED");
            }

            // Table 2: Washington's student does nothing. After the turn's time the computer proposes for them.
            var idle = at(2, "washington");
            var otherKyiv = at(2, "kyiv");
            otherKyiv.WaitUntilEnabled("accept");
            idle.WaitForText("computer", "The computer moved for you: proposed");
            otherKyiv.Find("accept").Click();

            // The Rada's students at table 2 vote it down.
            foreach (var faction in factions.Where(f => f.Table == 2))
            {
                faction.Browser.WaitUntilEnabled("vote-no");
                faction.Browser.Find("vote-no").Click();
            }

            foreach (var student in students.Where(s => s.Table == 2))
            {
                student.Browser.WaitForText("headline", "NOT RATIFIED");
            }

            // The teacher sees both tables ended, and who played what.
            teacher.WaitForText("statuses", "1 not-ratified, 1 ratified");
            Assert.Contains($"({away.Seat}, computer)", teacher.Find("tables").Text, StringComparison.Ordinal);

            // Pictures of the lesson for the teacher's guide (docs/classroom.md), taken once everything has ended.
            teacher.Until(() => teacher.Driver.ExecuteScript("const f = document.getElementById('class-report'); return f.contentDocument && f.contentDocument.body && f.contentDocument.body.dataset.chartsDrawn;") as string, "the class report's charts");
            teacher.Screenshot("classroom-teacher");
            kyiv.Screenshot("classroom-kyiv");
            idle.Screenshot("classroom-idle-washington");
            away.Browser.Screenshot("classroom-faction");
            foreach (var browser in browsers)
            {
                Assert.Empty(browser.ConsoleErrors());
            }
        }
        finally
        {
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }
        }
    }
}
