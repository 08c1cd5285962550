using Microsoft.Data.Sqlite;
using Orleans.Serialization;
using Orleans.Storage;

namespace NegoSim.Classroom.Storage;

/// <summary>
/// Orleans grain storage in one SQLite file (<c>classroom.db</c> in the data folder): a row per grain state, the state
/// in Orleans' own binary format, and an integer ETag that a write must match (a second activation's stale write is
/// refused, as Orleans' own providers refuse it). Each write is one committed transaction in SQLite's write-ahead log,
/// so a process killed at any instant keeps every write that returned.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage
{
    private readonly string _connection;
    private readonly Serializer _serializer;

    public SqliteGrainStorage(string file, Serializer serializer)
    {
        ArgumentNullException.ThrowIfNull(file);
        _serializer = serializer;
        _connection = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
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
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, payload FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        Key(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            grainState.ETag = reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.State = _serializer.Deserialize<T>((byte[])reader.GetValue(1));
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
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = grainState.ETag is null
            ? "INSERT INTO grain_state (state_name, grain_id, etag, payload) VALUES ($state, $grain, $next, $payload) ON CONFLICT DO NOTHING"
            : "UPDATE grain_state SET etag = $next, payload = $payload WHERE state_name = $state AND grain_id = $grain AND etag = $etag";
        Key(command, stateName, grainId);
        command.Parameters.AddWithValue("$next", next);
        command.Parameters.AddWithValue("$etag", Etag(grainState.ETag));
        command.Parameters.AddWithValue("$payload", payload);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InconsistentStateException($"the stored state of {grainId} ({stateName}) was written by another activation.", "", grainState.ETag ?? "");
        }

        grainState.ETag = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        Key(command, stateName, grainId);
        await command.ExecuteNonQueryAsync();
        grainState.ETag = null;
        grainState.State = Activator.CreateInstance<T>();
        grainState.RecordExists = false;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connection);
        connection.Open();
        return connection;
    }

    private static void Key(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
    }

    private static long Etag(string? etag) => etag is null ? 0 : long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
}
