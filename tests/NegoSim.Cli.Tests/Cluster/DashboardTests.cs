using System.Diagnostics;
using System.Net;

namespace NegoSim.Cli.Tests.Cluster;

[Trait("Category", "Slow")]
[Collection(nameof(ClusterSweepTests))]
public sealed class DashboardTests
{
    [Fact]
    public async Task A_silo_serves_the_orleans_dashboard_and_chromium_renders_it()
    {
        var port = NegoSim.Hosting.FreePort.Find();
        await using var cluster = await LocalCluster.StartAsync(silos: 0);
        await cluster.AddSiloAsync("--dashboard", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var url = $"http://127.0.0.1:{port}/";

        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(url));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Active Silos", page, StringComparison.OrdinalIgnoreCase);

        // The page is drawn by its scripts: only a real browser shows the silos and activations.
        var dom = await Chromium("--virtual-time-budget=8000", "--dump-dom", url);
        Assert.Contains("Active Silos", dom, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Total Activations", dom, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> Chromium(params string[] args)
    {
        var program = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromium is not installed (Debian: apt-get install chromium; .ci/run installs it).");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={Path.Combine(Path.GetTempPath(), $"negosim-chromium-{Guid.NewGuid():N}")}" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var chromium = Process.Start(start)!;
        var output = chromium.StandardOutput.ReadToEndAsync();
        _ = chromium.StandardError.ReadToEndAsync();
        try
        {
            await chromium.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            Directory.Delete(start.ArgumentList.Single(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))["--user-data-dir=".Length..], recursive: true);
        }

        return await output;
    }
}
