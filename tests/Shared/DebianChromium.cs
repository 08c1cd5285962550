using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace NegoSim.Tests;

/// <summary>Starts Debian's <c>chromium</c>, headless, through Debian's <c>chromium-driver</c> (nothing is downloaded), with a profile folder of its own.</summary>
internal static class DebianChromium
{
    public static ChromeDriver Start(string profile)
    {
        var browser = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromium is not installed (Debian: apt-get install chromium chromium-driver; .ci/run installs both).");
        var driver = new[] { "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromedriver is not installed (Debian: apt-get install chromium-driver; .ci/run installs it).");
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,2000", $"--user-data-dir={profile}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
    }
}
