using System.Collections.Immutable;
using System.Globalization;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// One input of a PRIM analysis, typed as pandas reads a CSV column and EMA Workbench peels it: whole numbers
/// (<see cref="PrimKind.Integer"/>), other numbers (<see cref="PrimKind.Real"/>), or categories
/// (<see cref="PrimKind.Nominal"/>, each value a code into <see cref="Categories"/>).
/// </summary>
public sealed class PrimColumn
{
    private PrimColumn(string name, PrimKind kind, double[] values, ImmutableArray<string> categories)
    {
        Name = name;
        Kind = kind;
        Values = values;
        Categories = categories;
    }

    public string Name { get; }

    public PrimKind Kind { get; }

    /// <summary>Each row's value (a category's code for a nominal column).</summary>
    public double[] Values { get; }

    /// <summary>A nominal column's categories, in order of first appearance (empty otherwise).</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>The column of <paramref name="cells"/>, typed by what they hold.</summary>
    public static PrimColumn Of(string name, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var values = new double[cells.Count];
        var whole = true;
        var numeric = true;
        for (var i = 0; i < cells.Count && numeric; i++)
        {
            var text = cells[i];
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                values[i] = integer;
            }
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                values[i] = number;
                whole = false;
            }
            else
            {
                numeric = false;
            }
        }

        if (numeric)
        {
            return new PrimColumn(name, whole ? PrimKind.Integer : PrimKind.Real, values, []);
        }

        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            if (!codes.TryGetValue(cells[i], out var code))
            {
                codes[cells[i]] = code = codes.Count;
            }

            values[i] = code;
        }

        return new PrimColumn(name, PrimKind.Nominal, values, [.. codes.OrderBy(c => c.Value).Select(c => c.Key)]);
    }
}
