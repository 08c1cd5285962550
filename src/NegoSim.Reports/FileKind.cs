namespace NegoSim.Reports;

/// <summary>What a path names: nothing, a regular file, a folder, a symbolic link, or something else (a device, pipe or socket).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Folder,
    SymbolicLink,
    Other,
}
