namespace NegoSim.Classroom;

/// <summary>
/// One server at a time keeps its classrooms in a data folder: it holds <c>serve.lock</c> there, open and unshared,
/// for as long as it runs (the system lets go of it when the process ends, however it ends).
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "serve.lock";

    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    /// <exception cref="IOException">Another server holds the folder, or it cannot be made or written.</exception>
    public static DataFolderLock Take(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"--data {folder}: the folder cannot be made ({e.Message}).", e);
        }

        var path = Path.Combine(folder, FileName);
        try
        {
            return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"--data {folder}: the folder cannot be written ({e.Message}).", e);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new IOException($"--data {folder}: another negosim serve keeps its classrooms there; stop it, or give this one another folder with --data.", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
