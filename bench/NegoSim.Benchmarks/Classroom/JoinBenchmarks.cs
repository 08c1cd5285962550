using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Classroom.Grains;
using NegoSim.Classroom.Storage;
using NegoSim.Hosting;
using NegoSim.Model.Scenarios;

namespace NegoSim.Benchmarks.Classroom;

/// <summary>
/// A class of 400 sits down in a classroom of the flagship (tables of five) in a silo with the classroom's SQLite
/// storage: the students one call at a time (a table write and a classroom write each; the classroom's write holds the
/// seat's ticket), or in groups as <c>JoinLine</c> sends them when they join at once (one classroom write a group, one
/// table write a table). No HTTP: the grains' own work. Each iteration opens a new classroom; it is deleted after.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class JoinBenchmarks
{
    private const int Students = 400;

    private string _folder = "";
    private IHost _silo = null!;
    private IGrainFactory _grains = null!;
    private ScenarioSource _flagship = null!;
    private IClassroomGrain? _classroom;

    /// <summary>Students a call: 1 (one at a time), or all 400 at once.</summary>
    [Params(1, Students)]
    public int Group { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Directory.CreateTempSubdirectory("negosim-join-bench-").FullName;
        _silo = NegoSimHosts.ClusterSilo(null, new SiloPorts(FreePort.Find(), FreePort.Find(), IPAddress.Loopback), dashboard: null, silo => silo.AddClassroomStorage(_folder));
        await _silo.StartAsync();
        _grains = _silo.Services.GetRequiredService<IGrainFactory>();
        _flagship = RepoFiles.Source("scenarios/minerals-2025/minerals-deal.yaml");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup]
    public void Open()
    {
        _classroom = _grains.GetGrain<IClassroomGrain>($"B{Guid.NewGuid():N}");
        _classroom.Open(new ClassroomOpening(_flagship, 5, TurnTimers.None, [], DateTime.UnixEpoch)).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Close() => _classroom!.Close().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> SeatTheClass()
    {
        var seated = 0;
        for (var first = 0; first < Students; first += Group)
        {
            var results = await _classroom!.Join([.. Enumerable.Range(first, Math.Min(Group, Students - first)).Select(i => new JoinRequest($"student {i}"))]);
            seated += results.Count(r => r.Ticket is not null);
        }

        return seated;
    }
}
