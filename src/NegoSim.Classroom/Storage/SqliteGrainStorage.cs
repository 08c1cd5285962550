using Microsoft.Data.Sqlite;
using Orleans.Serialization;
using Orleans.Storage;

namespace NegoSim.Classroom.Storage;

/// <summary>
/// Orleans grain storage in one SQLite file (<c>classroom.db</c> in the data folder): a row per grain state, the state
/// in Orleans' own binary format, and an integer ETag that a write must match (a second activation's stale write is
/// refused, as Orleans' own providers refuse it). A write returns once it is committed in SQLite's write-ahead log
/// (<c>synchronous = NORMAL</c>): a process killed at any instant keeps every write that returned; a power cut of the
/// machine may lose the last moments' writes (the log reaches the disk at checkpoints, not at every move).
/// The silo keeps one connection (SQLite has one writer anyway). A statement that finds it free runs at once, on its
/// caller's thread; those that come while it is busy wait, and the storage's own thread commits all that wait as one
/// group, in one transaction, until none is left. (Before, each waited its own turn, handed on through the thread pool:
/// with 80 tables moving at once, the pool busy with the students' pages, a 0.3 ms write waited a median 98 ms.) A
/// statement that fails in a group fails alone: the group is rolled back and its statements run one by one.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Serializer _serializer;
    private readonly object _gate = new();
    private readonly List<StorageStatement> _waiting = [];
    private readonly Thread _writer;
    private bool _running;
    private bool _writerTurn;
    private bool _disposed;

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
        _writer = new Thread(Serve) { IsBackground = true, Name = "negosim classroom storage" };
        _writer.Start();
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var row = (ValueTuple<long, byte[]>?)await RunAsync((db, transaction) =>
        {
            using var command = Command(db, transaction, "SELECT etag, payload FROM grain_state WHERE state_name = $state AND grain_id = $grain", stateName, grainId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
        });

        if (row is var (etag, payload))
        {
            grainState.ETag = etag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.State = _serializer.Deserialize<T>(payload);
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
        var etag = Etag(grainState.ETag);
        var insert = grainState.ETag is null;
        var next = etag + 1;
        var written = (int)(await RunAsync((db, transaction) =>
        {
            using var command = Command(
                db,
                transaction,
                insert
                    ? "INSERT INTO grain_state (state_name, grain_id, etag, payload) VALUES ($state, $grain, $next, $payload) ON CONFLICT DO NOTHING"
                    : "UPDATE grain_state SET etag = $next, payload = $payload WHERE state_name = $state AND grain_id = $grain AND etag = $etag",
                stateName,
                grainId);
            command.Parameters.AddWithValue("$next", next);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$payload", payload);
            return command.ExecuteNonQuery();
        }))!;

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
        await RunAsync((db, transaction) =>
        {
            using var command = Command(db, transaction, "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain", stateName, grainId);
            return command.ExecuteNonQuery();
        });

        grainState.ETag = null;
        grainState.State = Activator.CreateInstance<T>();
        grainState.RecordExists = false;
    }

    /// <summary>Lets what was asked before finish, then closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            while (_running)
            {
                Monitor.Wait(_gate);
            }

            Monitor.PulseAll(_gate);
        }

        _writer.Join();
        _db.Dispose();
    }

    /// <summary>
    /// Runs <paramref name="run"/> at once when the connection is free; else it waits for the storage's own thread,
    /// which commits it with the others that wait, in one transaction.
    /// </summary>
    private Task<object?> RunAsync(Func<SqliteConnection, SqliteTransaction?, object?> run)
    {
        var statement = new StorageStatement(run);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _waiting.Add(statement);
            if (_running)
            {
                return statement.Done.Task;
            }

            _running = true;
        }

        CommitWaiting();
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                _running = false;
            }
            else
            {
                // More came meanwhile: the storage's own thread commits them, so that this caller's grain is not held
                // up by others' writes (and they do not wait for a thread of the busy pool).
                _writerTurn = true;
            }

            Monitor.PulseAll(_gate);
        }

        return statement.Done.Task;
    }

    /// <summary>Commits, as one group, every statement that waits now.</summary>
    private void CommitWaiting()
    {
        List<StorageStatement> group;
        lock (_gate)
        {
            group = [.. _waiting];
            _waiting.Clear();
        }

        Commit(group);
    }

    /// <summary>The storage's own thread: when handed the connection, commits group after group until none waits.</summary>
    private void Serve()
    {
        while (true)
        {
            lock (_gate)
            {
                while (!_writerTurn && !_disposed)
                {
                    Monitor.Wait(_gate);
                }

                if (!_writerTurn)
                {
                    return;
                }
            }

            while (true)
            {
                CommitWaiting();
                lock (_gate)
                {
                    if (_waiting.Count == 0)
                    {
                        _writerTurn = false;
                        _running = false;
                        Monitor.PulseAll(_gate);
                        break;
                    }
                }
            }
        }
    }

    private void Commit(List<StorageStatement> group)
    {
        if (group.Count > 1)
        {
            var answers = new object?[group.Count];
            try
            {
                using (var transaction = _db.BeginTransaction())
                {
                    for (var i = 0; i < group.Count; i++)
                    {
                        answers[i] = group[i].Run(_db, transaction);
                    }

                    transaction.Commit();
                }

                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Done.SetResult(answers[i]);
                }

                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Rolled back: each statement again in its own transaction, so that only the failing one fails.
            }
        }

        foreach (var statement in group)
        {
            try
            {
                statement.Done.SetResult(statement.Run(_db, null));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                statement.Done.SetException(e);
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? transaction, string text, string stateName, GrainId grainId)
    {
        var command = db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        return command;
    }

    private static long Etag(string? etag) => etag is null ? 0 : long.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);
}
