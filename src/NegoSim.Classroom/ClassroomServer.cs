using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Classroom.Storage;
using NegoSim.Grains;
using NegoSim.Hosting;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom;

/// <summary>
/// <c>negosim serve</c>'s process: a web app (ASP.NET Core) and an Orleans silo in one host, as the Orleans samples
/// co-host them; the web app calls the classroom grains through the silo's own client. The grains keep their state in
/// <c>classroom.db</c> in the data folder, which one server at a time holds (<see cref="DataFolderLock"/>); or, with
/// <see cref="ClassroomSettings.Cluster"/>, the silo joins that Redis cluster and the state is in its Redis, so the
/// classroom's grains may live on any of its silos.
/// </summary>
public sealed class ClassroomServer : IAsyncDisposable
{
    /// <summary>The largest request body the API reads.</summary>
    public const int LargestBody = 64 * 1024;

    private readonly WebApplication _app;
    private readonly IDisposable _lease;
    private readonly DataFolderLock? _lock;

    private ClassroomServer(WebApplication app, IDisposable lease, DataFolderLock? folderLock)
    {
        _app = app;
        _lease = lease;
        _lock = folderLock;
    }

    /// <summary>The addresses it listens on, as Kestrel bound them (a port of 0 becomes the one it was given).</summary>
    public IReadOnlyList<string> Addresses => [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    /// <summary>Starts serving <paramref name="file"/> at <paramref name="url"/> (such as <c>http://0.0.0.0:5000</c>).</summary>
    /// <exception cref="IOException">Another server holds the data folder, or it cannot be written.</exception>
    public static async Task<ClassroomServer> StartAsync(CompiledScenario file, string url, ClassroomSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // On a cluster the classrooms are in its Redis, which several servers may share; else in the data folder,
        // which one server holds at a time.
        var folderLock = settings.Cluster is null ? DataFolderLock.Take(settings.DataFolder) : null;
        try
        {
            var builder = settings.Cluster is { } redis
                ? NegoSimHosts.WebAppWithSilo(url, LargestBody, silo => silo.AddClassroomRedisStorage(redis), (redis, new SiloPorts(FreePort.Find(), FreePort.Find(), SiloPorts.DefaultAdvertised(redis))))
                : NegoSimHosts.WebAppWithSilo(url, LargestBody, silo => silo.AddClassroomStorage(settings.DataFolder));
            var app = builder.Build();
            WebSafety.Use(app);
            var catalog = app.Services.GetRequiredService<ScenarioCatalog>();
            var scenarios = new ServedScenarios(new ServedScenario(file), catalog, app.Services.GetRequiredService<IClusterClient>());
            ClassroomPages.Map(app);
            ClassroomApi.Map(app, scenarios);
            TeacherApi.Map(app, scenarios, new TeacherAccess(settings.TeacherPassword), settings);

            // The grains use the scenario compiled here rather than compile it again.
            var lease = catalog.Lend(file);
            await app.StartAsync(cancellation);
            return new ClassroomServer(app, lease, folderLock);
        }
        catch
        {
            folderLock?.Dispose();
            throw;
        }
    }

    /// <summary>Until Ctrl-C, SIGTERM or <paramref name="cancellation"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _lease.Dispose();
        await _app.DisposeAsync();
        _lock?.Dispose();
    }
}
