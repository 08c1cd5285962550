using Microsoft.Data.Sqlite;
using Orleans.Serialization;
using Orleans.Storage;

namespace NegoSim.Classroom.Storage;

/// <summary>
/// Orleans grain storage in one SQLite file (<c>classroom.db</c> in the data folder): a row per grain state, the state
/// in Orleans' own binary format, and an integer ETag that a write must match (a second activation's stale write is
/// refused, as Orleans' own providers refuse it). Each write is one committed transaction in SQLite's write-ahead log
/// (<c>synchronous = NORMAL</c>): a process killed at any instant keeps every write that returned; a power cut of the
/// machine may lose the last moments' writes (the log reaches the disk at checkpoints, not at every move). The silo
/// keeps one connection and takes one statement at a time: SQLite has one writer anyway, and statements waiting here
/// take microseconds, where writers contending inside SQLite would back off and sleep.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Serializer _serializer;

    public SqliteGrainStorage(string file, Serializer serializer)
    {
        ArgumentNullException.ThrowIfNull(file);
        _serializer = serializer;
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 }.ToString());
        _db.Open();
        using var command = _db.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                state_name TEXT NOT NULL,
                grain_id TEXT NOT NULL,
                etag INTEGER NOT NULL,
                payload BLOB NOT NULL,
                PRIMARY KEY (state_name, grain_id));
            """;
        command.ExecuteNonQuery();
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        (long Etag, byte[] Payload)? row = null;
        await _turn.WaitAsync();
        try
        {
            using var command = _db.CreateCommand();
            command.CommandText = "SELECT etag, payload FROM grain_state WHERE state_name = $state AND grain_id = $grain";
            Key(command, stateName, grainId);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                row = (reader.GetInt64(0), (byte[])reader.GetValue(1));
            }
        }
        finally
        {
            _turn.Release();
        }

        if (row is { } found)
        {
            grainState.ETag = found.Etag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.State = _serializer.Deserialize<T>(found.Payload);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.State = Activator.CreateInstance<T>();
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = _serializer.SerializeToArray(grainState.State);
        var next = Etag(grainState.ETag) + 1;
        int written;
        await _turn.WaitAsync();
        try
        {
            using var command = _db.CreateCommand();
            command.CommandText = grainState.ETag is null
                ? "INSERT INTO grain_state (state_name, grain_id, etag, payload) VALUES ($state, $grain, $next, $payload) ON CONFLICT DO NOTHING"
                : "UPDATE grain_state SET etag = $next, payload = $payload WHERE state_name = $state AND grain_id = $grain AND etag = $etag";
            Key(command, stateName, grainId);
            command.Parameters.AddWithValue("$next", next);
            command.Parameters.AddWithValue("$etag", Etag(grainState.ETag));
            command.Parameters.AddWithValue("$payload", payload);
            written = command.ExecuteNonQuery();
        }
        finally
        {
            _turn.Release();
        }

        if (written != 1)
        {
            throw new InconsistentStateException($"the stored state of {grainId} ({stateName}) was written by another activation.", "", grainState.ETag ?? "");
        }

        grainState.ETag = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await _turn.WaitAsync();
        try
        {
            using var command = _db.CreateCommand();
            command.CommandText = "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain";
            Key(command, stateName, grainId);
            command.ExecuteNonQuery();
        }
        finally
        {
            _turn.Release();
        }

        grainState.ETag = null;
        grainState.State = Activator.CreateInstance<T>();
        grainState.RecordExists = false;
    }

    public void Dispose()
    {
        _db.Dispose();
        _turn.Dispose();
    }

    private static void Key(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
    }

    private static long Etag(string? etag) => etag is null ? 0 : long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
}
