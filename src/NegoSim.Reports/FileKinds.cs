using System.Runtime.InteropServices;

namespace NegoSim.Reports;

/// <summary>
/// Tells what a path names, as the system sees it (a FIFO or a device looks like an empty file to .NET's file
/// attributes). On Linux and macOS it asks .NET's own native library (<c>SystemNative_LStat</c>/<c>SystemNative_Stat</c>,
/// whose file status has the same layout on every architecture); elsewhere it goes by .NET's attributes.
/// </summary>
public static class FileKinds
{
    // The type bits of FileStatus.Mode (the PAL values System.Native returns).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;

    /// <summary>What <paramref name="path"/> names; with <paramref name="followLinks"/>, what a link points to.</summary>
    public static FileKind Of(string path, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        // FileStatus is 132 bytes today; the buffer leaves room for growth. Mode is the second 32-bit field.
        var status = new byte[512];
        var result = followLinks ? Stat(path, status) : LStat(path, status);
        if (result != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileKind.Regular,
            Folder => FileKind.Folder,
            Link => FileKind.SymbolicLink,
            Fifo or CharacterDevice or BlockDevice => FileKind.Other,
            _ => FileKind.Other,
        };
    }

    /// <summary>
    /// Why <paramref name="path"/> may not be written over by moving a finished file onto it: it is a folder, a link
    /// (which would be replaced, not followed) or a device, pipe or socket (which would be replaced by a file: as root,
    /// <c>/dev/null</c> itself). Null when it is missing or a regular file.
    /// </summary>
    public static string? RefusalToReplace(string path) => Of(path, followLinks: false) switch
    {
        FileKind.Folder => "is a folder; give a file's path.",
        FileKind.SymbolicLink => "is a symbolic link, which negosim does not replace; give the path of the file it points to, or remove the link.",
        FileKind.Other => "is not a regular file (a device, pipe or socket); negosim writes only regular files.",
        _ => null,
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
