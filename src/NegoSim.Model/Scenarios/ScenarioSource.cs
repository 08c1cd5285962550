using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// Everything a scenario is compiled from: the text of its file and of every file it <c>extends</c> (the file first),
/// the <c>--set</c> values and a sweep point's <c>--vary</c> values (each <c>NAME=VALUE</c>). Values only, so it can
/// travel to any silo; <see cref="Id"/>, a SHA-256 of all of it, names the compiled scenario in a silo's catalog.
/// </summary>
public sealed class ScenarioSource
{
    private string? _id;

    /// <summary>The hash of the files and sets alone, shared by the sources of one sweep's points.</summary>
    private readonly StrongBox<string?> _filesAndSets;

    public ScenarioSource(ImmutableArray<SourceFile> files, ImmutableArray<string> sets = default, ImmutableArray<string> varies = default)
        : this(files, sets, varies, new StrongBox<string?>())
    {
    }

    private ScenarioSource(ImmutableArray<SourceFile> files, ImmutableArray<string> sets, ImmutableArray<string> varies, StrongBox<string?> filesAndSets)
    {
        if (files.IsDefaultOrEmpty)
        {
            throw new ArgumentException("a scenario source needs at least its own file.", nameof(files));
        }

        Files = files;
        Sets = sets.IsDefault ? [] : sets;
        Varies = varies.IsDefault ? [] : varies;
        _filesAndSets = filesAndSets;
    }

    /// <summary>The scenario's file first, then the files it extends, nearest first.</summary>
    public ImmutableArray<SourceFile> Files { get; }

    public ImmutableArray<string> Sets { get; }

    public ImmutableArray<string> Varies { get; }

    /// <summary>
    /// A SHA-256 of the files (names, paths, texts) and the values, worked out when first asked for: of the hash of
    /// the files and sets (worked out once for all the points of a sweep) and the <c>--vary</c> values.
    /// </summary>
    public string Id => _id ??= Hash(_filesAndSets.Value ??= Hash(Files, Sets), Varies);

    /// <summary>How errors name the scenario's own file.</summary>
    public string File => Files[0].Name;

    /// <summary>The same files and sets at another sweep point.</summary>
    public ScenarioSource WithVaries(ImmutableArray<string> varies) => new(Files, Sets, varies, _filesAndSets);

    /// <summary>The SHA-256 of the files' texts joined by NUL (for one file, of its text): what a sweep's manifest records.</summary>
    public string TextHash() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', Files.Select(f => f.Text)))));

    private static string Hash(ImmutableArray<SourceFile> files, ImmutableArray<string> sets)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.Name).Append('\0').Append(file.Path).Append('\0').Append(file.Text).Append('\0');
        }

        Append(text, sets);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Hash(string filesAndSets, ImmutableArray<string> varies)
    {
        var text = new StringBuilder(filesAndSets, 128);
        Append(text, varies);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, ImmutableArray<string> values)
    {
        text.Append('\u0001');
        foreach (var value in values)
        {
            text.Append(value).Append('\0');
        }
    }
}
