using Microsoft.Data.Sqlite;

namespace NegoSim.Classroom.Storage;

/// <summary>One statement waiting for <see cref="SqliteGrainStorage"/>'s writer, and the answer its caller awaits.</summary>
internal sealed class StorageStatement(Func<SqliteConnection, SqliteTransaction?, object?> run)
{
    /// <summary>Completed once the statement's transaction is committed (or with the statement's own failure).</summary>
    public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public object? Run(SqliteConnection db, SqliteTransaction? transaction) => run(db, transaction);
}
