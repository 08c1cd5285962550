using System.Text;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// Where rows go: a file written in whole lines only (each batch is one write of complete lines, so an interrupted
/// sweep leaves no half row; after SIGKILL the system may have stopped a write of several pages between two of them,
/// cutting the last row short, which --resume cuts off), or standard output.
/// </summary>
public sealed class SweepOutput : IDisposable
{
    private readonly Stream? _stream;
    private readonly TextWriter? _writer;
    private FileStream? _lock;

    // A file this output made (not one it continues), and whether a row has gone into it yet.
    private string? _made;
    private bool _rows;

    private SweepOutput(Stream? stream, TextWriter? writer, long existingRows)
    {
        _stream = stream;
        _writer = writer;
        ExistingRows = existingRows;
    }

    /// <summary>Rows already in the file (with --resume); the sweep continues after them.</summary>
    public long ExistingRows { get; }

    /// <summary>Writes to <paramref name="writer"/> (standard output), which the caller keeps.</summary>
    public static SweepOutput ToWriter(TextWriter writer, string? header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var output = new SweepOutput(null, writer, 0);
        if (header is not null)
        {
            output.Write(header + "\n");
        }

        return output;
    }

    /// <summary>
    /// Opens <paramref name="path"/>: new, overwritten (force), or continued after its complete rows (resume), each of
    /// which is handed to <paramref name="existingRow"/> first with its line number (to check it).
    /// </summary>
    public static SweepOutput ToFile(string path, string? header, bool resume, bool force, Action<string, long>? existingRow = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new InputException($"{path}: the folder {directory} does not exist.");
        }

        // Rows are written in place: never into a device, pipe or folder, nor through a link.
        if (NegoSim.Reports.FileKinds.RefusalToReplace(Path.GetFullPath(path)) is { } refusal)
        {
            throw new InputException($"{path} {refusal}");
        }

        // Taken before the file is looked at, and held to the end: a second sweep writing the same file is refused
        // before it can truncate or append to it.
        var held = Lock(path);
        try
        {
            var output = Open(path, header, resume, force, existingRow);
            output._lock = held;
            return output;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An exclusive lock on <c>FILE.lock</c> (an advisory lock the system drops if the process dies; the file is
    /// removed when the sweep ends).
    /// </summary>
    private static FileStream Lock(string path)
    {
        var name = path + ".lock";
        try
        {
            return new FileStream(name, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (PathTooLongException)
        {
            throw new InputException($"{path}: the name is too long for the file system; choose a shorter --out.");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{path}: the folder cannot be written ({e.Message}); choose another --out.");
        }
        catch (IOException e)
        {
            // Held by another sweep only if the lock file is there and opens when no lock is asked for.
            if (HeldByAnother(name))
            {
                throw new InputException($"{path} is being written by another sweep (it holds {name}); wait for it to finish, or choose another --out.");
            }

            throw new InputException($"{name} cannot be made: {NegoSim.Model.Scenarios.ScenarioException.OneLine(e.Message)}");
        }
    }

    /// <summary>
    /// The lock file is removed when its sweep ends; one that is there when it could not be opened is held (a sweep
    /// that died left it unlocked, and it opens).
    /// </summary>
    private static bool HeldByAnother(string name) => File.Exists(name);

    private static SweepOutput Open(string path, string? header, bool resume, bool force, Action<string, long>? existingRow)
    {
        var exists = File.Exists(path);
        if (exists && !resume && !force)
        {
            throw new InputException($"{path} already exists; --resume continues it, --force overwrites it.");
        }

        if (exists && resume)
        {
            var rows = CompleteRows(path, header, existingRow);
            return new SweepOutput(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0), null, rows);
        }

        var output = new SweepOutput(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0), null, 0) { _made = path };
        try
        {
            if (header is not null)
            {
                output.Write(header + "\n");
            }
        }
        catch
        {
            // Not even the header fits (a full disk): nothing is left behind.
            output.Abandon();
            throw;
        }

        output._rows = false;
        return output;
    }

    /// <summary>
    /// Removes the file if this output made it and no row went into it (the sweep failed before its first row, on a
    /// full disk say): the same command can then simply be run again. A file with rows stays, for --resume.
    /// </summary>
    public bool Abandon()
    {
        if (_made is null || _rows)
        {
            return false;
        }

        _stream?.Dispose();
        File.Delete(_made);
        _made = null;
        return true;
    }

    /// <summary>Writes complete lines in one write, so that an interrupted sweep does not leave half a row.</summary>
    public void Write(string lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Write(Encoding.UTF8.GetBytes(lines));
    }

    /// <summary>
    /// Writes complete lines, as the file's UTF-8 bytes, in one write, so that an interrupted sweep does not leave half a
    /// row (SIGKILL may still stop the write between two pages: see the class). (The rows
    /// come as bytes from where they were made, so a sweep's lines are never decoded and encoded again here.)
    /// </summary>
    public void Write(ReadOnlySpan<byte> lines)
    {
        if (_writer is not null)
        {
            _writer.Write(Encoding.UTF8.GetString(lines));
            _writer.Flush();
            return;
        }

        _stream!.Write(lines);
        _rows = true;
    }

    public void Dispose()
    {
        _stream?.Dispose();
        _lock?.Dispose();
    }

    /// <summary>Cuts off a trailing partial line, checks the header, and hands over each complete row; returns how many.</summary>
    private static long CompleteRows(string path, string? header, Action<string, long>? existingRow)
    {
        TruncateAfterLastNewline(path);
        long rows = 0;
        long number = 0;
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (first && header is not null)
            {
                first = false;
                if (line != header)
                {
                    throw new InputException($"{path}: its columns differ from this sweep's, so it cannot be resumed; use --force to start again.");
                }

                continue;
            }

            first = false;
            existingRow?.Invoke(line, number);
            rows++;
        }

        if (first && header is not null)
        {
            File.WriteAllText(path, header + "\n");
        }

        return rows;
    }

    private static void TruncateAfterLastNewline(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var buffer = new byte[65536];
        var end = file.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            file.Position = start;
            file.ReadExactly(buffer, 0, (int)(end - start));
            var newline = Array.LastIndexOf(buffer, (byte)'\n', (int)(end - start - 1));
            if (newline >= 0)
            {
                file.SetLength(start + newline + 1);
                return;
            }

            end = start;
        }

        file.SetLength(0);
    }
}
