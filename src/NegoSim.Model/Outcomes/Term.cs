namespace NegoSim.Model.Outcomes;

/// <summary>One issue on the table: a list of options, or a numeric range on a grid. Values are indexed in ascending order.</summary>
public abstract record Term(string Name)
{
    /// <summary>How many values the term can take.</summary>
    public abstract int Count { get; }

    /// <summary>The value at <paramref name="index"/> as text, as a scenario file or <c>--deal</c> writes it.</summary>
    public abstract string Label(int index);

    /// <summary>The value at <paramref name="index"/> for reports: a string for options, a number for ranges.</summary>
    public abstract object Value(int index);

    /// <summary>Finds the index of a value written as text; false if the term has no such value.</summary>
    public abstract bool TryIndexOf(string text, out int index);

    /// <summary>True if <paramref name="text"/> is a value of the term's scale, on the table or not.</summary>
    public abstract bool IsOnScale(string text);

    /// <summary>The values the term allows, for error messages.</summary>
    public abstract string Allowed { get; }
}
