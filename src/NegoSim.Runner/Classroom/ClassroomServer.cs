using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NegoSim.Grains;
using NegoSim.Model.Scenarios;
using NegoSim.Silo;

namespace NegoSim.Runner.Classroom;

/// <summary>
/// <c>negosim serve</c>'s process: a web app (ASP.NET Core) and an Orleans silo in one host, as the Orleans samples
/// co-host them; the web app calls the classroom grains through the silo's own client.
/// </summary>
internal sealed class ClassroomServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IDisposable _lease;

    private ClassroomServer(WebApplication app, IDisposable lease)
    {
        _app = app;
        _lease = lease;
    }

    /// <summary>The addresses it listens on, as Kestrel bound them (a port of 0 becomes the one it was given).</summary>
    public IReadOnlyList<string> Addresses => [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    /// <summary>Starts serving <paramref name="file"/> at <paramref name="url"/> (such as <c>http://0.0.0.0:5000</c>).</summary>
    public static async Task<ClassroomServer> StartAsync(ScenarioFile file, string url, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(url).ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64 * 1024);
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Error);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort.Find(), gatewayPort: 0, serviceId: ClusterNames.ServiceId, clusterId: $"classroom-{Guid.NewGuid():N}")
            .AddNegoSim()
            .AddActivityPropagation());
        var app = builder.Build();
        var served = new ServedScenario(file);
        ClassroomPages.Map(app);
        ClassroomApi.Map(app, served);

        // The grains use the scenario compiled here rather than compile it again.
        var lease = app.Services.GetRequiredService<ScenarioCatalog>().Lend(file);
        await app.StartAsync(cancellation);
        return new ClassroomServer(app, lease);
    }

    /// <summary>Until Ctrl-C, SIGTERM or <paramref name="cancellation"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _lease.Dispose();
        await _app.DisposeAsync();
    }
}
