using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Classroom.Grains;
using NegoSim.Grains;
using NegoSim.Hosting;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom;

/// <summary>
/// <c>negosim serve</c>'s process: a web app (ASP.NET Core) and an Orleans silo in one host, as the Orleans samples
/// co-host them; the web app calls the classroom grains through the silo's own client.
/// </summary>
public sealed class ClassroomServer : IAsyncDisposable
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
    public static async Task<ClassroomServer> StartAsync(CompiledScenario file, string url, CancellationToken cancellation = default)
    {
        var builder = NegoSimHosts.WebAppWithSilo(url, maxRequestBodySize: 64 * 1024, silo => silo.AddMemoryGrainStorage(ClassroomStorage.Name));
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
