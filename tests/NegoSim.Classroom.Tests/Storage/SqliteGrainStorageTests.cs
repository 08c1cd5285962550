using Microsoft.Extensions.DependencyInjection;
using NegoSim.Classroom.Storage;
using Orleans.Serialization;

namespace NegoSim.Classroom.Tests.Storage;

/// <summary>
/// The classroom's SQLite grain storage under a class's burst: many grains writing at once, each write committed before
/// it returns, stale writes refused, and everything asked before the server stops kept in the file.
/// </summary>
public sealed class SqliteGrainStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-storage-").FullName;
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private string File => Path.Combine(_folder, "classroom.db");

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    [Fact]
    public async Task Four_hundred_grains_writing_at_once_each_find_their_own_last_write_after_a_restart()
    {
        var states = Enumerable.Range(0, 400).Select(_ => new GrainState<List<string>>()).ToArray();
        using (var storage = new SqliteGrainStorage(File, Serializer))
        {
            // Every grain writes three times, each write after its previous one returned (as a grain does), all grains at once.
            await Task.WhenAll(states.Select((state, i) => Task.Run(async () =>
            {
                for (var move = 1; move <= 3; move++)
                {
                    state.State = [$"seat {i}", $"move {move}"];
                    await storage.WriteStateAsync("seat", Seat(i), state);
                }
            })));
        }

        using var reopened = new SqliteGrainStorage(File, Serializer);
        for (var i = 0; i < states.Length; i++)
        {
            var read = new GrainState<List<string>>();
            await reopened.ReadStateAsync("seat", Seat(i), read);
            Assert.True(read.RecordExists);
            Assert.Equal([$"seat {i}", "move 3"], read.State);
            Assert.Equal("3", read.ETag);
        }
    }

    [Fact]
    public async Task A_stale_write_among_many_is_refused_alone()
    {
        using var storage = new SqliteGrainStorage(File, Serializer);
        var first = new GrainState<List<string>> { State = ["first activation"] };
        await storage.WriteStateAsync("table", Seat(0), first);
        var stale = new GrainState<List<string>> { State = ["second activation"], ETag = first.ETag };
        await storage.WriteStateAsync("table", Seat(0), first);

        // The stale write goes in with a hundred others at once.
        var others = Enumerable.Range(1, 100).Select(i => new GrainState<List<string>> { State = [$"table {i}"] }).ToArray();
        var writes = others.Select((state, i) => Task.Run(() => storage.WriteStateAsync("table", Seat(i + 1), state))).ToList();
        var refused = Task.Run(() => storage.WriteStateAsync("table", Seat(0), stale));
        await Task.WhenAll(writes);

        await Assert.ThrowsAsync<Orleans.Storage.InconsistentStateException>(() => refused);
        var kept = new GrainState<List<string>>();
        await storage.ReadStateAsync("table", Seat(0), kept);
        Assert.Equal(["first activation"], kept.State);
        for (var i = 1; i <= 100; i++)
        {
            var read = new GrainState<List<string>>();
            await storage.ReadStateAsync("table", Seat(i), read);
            Assert.Equal([$"table {i}"], read.State);
        }
    }

    [Fact]
    public async Task Writes_asked_for_before_the_storage_stops_are_kept_and_later_ones_are_refused()
    {
        var storage = new SqliteGrainStorage(File, Serializer);
        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() => storage.WriteStateAsync("seat", Seat(i), new GrainState<List<string>> { State = [$"seat {i}"] }))).ToArray();
        await Task.WhenAll(writes);
        storage.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteStateAsync("seat", Seat(0), new GrainState<List<string>> { State = ["too late"] }));

        using var reopened = new SqliteGrainStorage(File, Serializer);
        var cleared = new GrainState<List<string>>();
        await reopened.ReadStateAsync("seat", Seat(7), cleared);
        Assert.Equal(["seat 7"], cleared.State);
        await reopened.ClearStateAsync("seat", Seat(7), cleared);
        var gone = new GrainState<List<string>>();
        await reopened.ReadStateAsync("seat", Seat(7), gone);
        Assert.False(gone.RecordExists);
        Assert.Empty(gone.State!);
        Assert.Null(gone.ETag);
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static GrainId Seat(int i) => GrainId.Create("seat", $"token-{i}");
}
