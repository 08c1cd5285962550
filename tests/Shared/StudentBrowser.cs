using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace NegoSim.Tests;

/// <summary>
/// One person's real headless Chromium (Debian's <c>chromium</c> through Debian's <c>chromium-driver</c>; nothing is
/// downloaded), with a profile of its own, as a student's phone or the teacher's laptop would be.
/// </summary>
internal sealed class StudentBrowser : IDisposable
{
    /// <summary>How long a wait for the page to show something may last before the test fails (a hang, not a speed).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly string _profile = Path.Combine(Path.GetTempPath(), $"negosim-classroom-{Guid.NewGuid():N}");

    public StudentBrowser()
    {
        Driver = DebianChromium.Start(_profile);
    }

    public ChromeDriver Driver { get; }

    public void Open(string url) => Driver.Navigate().GoToUrl(url);

    public IWebElement Find(string id) => Driver.FindElement(By.Id(id));

    /// <summary>Waits until the element's text contains <paramref name="text"/>; returns the whole text.</summary>
    public string WaitForText(string id, string text) =>
        Until(() => Find(id).Text is var shown && shown.Contains(text, StringComparison.Ordinal) ? shown : null, $"#{id} to say '{text}'");

    public void WaitUntilEnabled(string id) => Until(() => Find(id) is { Displayed: true, Enabled: true } ? "yes" : null, $"#{id} to be enabled");

    public void Type(string id, string text)
    {
        Find(id).Clear();
        Find(id).SendKeys(text);
    }

    /// <summary>Chooses an option of a select element and tells the page, as a person's choice would.</summary>
    public void Choose(IWebElement select, string value) =>
        Driver.ExecuteScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", select, value);

    public IReadOnlyList<string> ConsoleErrors() =>
        [.. Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Severe).Select(e => e.Message)];

    public T Until<T>(Func<T?> shows, string what)
        where T : class
    {
        var wait = new WebDriverWait(Driver, Patience);
        // A look taken while the page navigates (joining goes on to the play page) is aborted by Chromium; look again.
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException), typeof(UnsupportedOperationException));
        try
        {
            return wait.Until(_ => shows());
        }
        catch (WebDriverTimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"waited for {what}; the page says: {Driver.FindElement(By.TagName("body")).Text}");
        }
    }

    /// <summary>
    /// Saves the whole page as a PNG: in NEGOSIM_SCREENSHOTS (which .ci/run points into its results folder), else in
    /// TestResults/screenshots beside the tests.
    /// </summary>
    public string Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("NEGOSIM_SCREENSHOTS") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var height = Convert.ToInt64(Driver.ExecuteScript("return Math.ceil(document.documentElement.scrollHeight);"), System.Globalization.CultureInfo.InvariantCulture);
        Driver.Manage().Window.Size = new System.Drawing.Size(1280, (int)Math.Min(height + 40, 6_000));
        var path = Path.Combine(folder, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // The browser may hold a file for a moment after it quits; the folder is inside the tests' private temp.
        }
    }
}
