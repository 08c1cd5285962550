namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// Saltelli's design for Sobol' indices, row for row as SALib's <c>sobol.sample</c> lays it out: N base points of a
/// scrambled Sobol' sequence in 2D dimensions give A (its first D coordinates) and B (its last D); for each base point
/// the rows are A, then A with its j-th coordinate taken from B for j = 1 … D, then (second order only) B with its
/// j-th coordinate taken from A, then B — N(D + 2) rows, or N(2D + 2) with second order.
/// </summary>
public static class SaltelliDesign
{
    /// <summary>The design's rows, each D coordinates in [0, 1); <paramref name="seed"/> scrambles the sequence (null: unscrambled, as for checking against tables).</summary>
    public static double[][] Rows(int samples, int dimensions, bool secondOrder, ulong? seed)
    {
        if (2 * dimensions > SobolSequence.MaxDimensions)
        {
            throw new Model.InputException($"a Sobol' design of {dimensions} parameters needs {2 * dimensions} dimensions of the sequence; at most {SobolSequence.MaxDimensions / 2} parameters.");
        }

        var sequence = new SobolSequence(2 * dimensions, seed);
        var step = secondOrder ? (2 * dimensions) + 2 : dimensions + 2;
        var rows = new double[samples * step][];
        for (var i = 0; i < samples; i++)
        {
            var basePoint = sequence.Next();
            var a = basePoint[..dimensions];
            var b = basePoint[dimensions..];
            var at = i * step;
            rows[at++] = a;
            for (var j = 0; j < dimensions; j++)
            {
                var ab = (double[])a.Clone();
                ab[j] = b[j];
                rows[at++] = ab;
            }

            if (secondOrder)
            {
                for (var j = 0; j < dimensions; j++)
                {
                    var ba = (double[])b.Clone();
                    ba[j] = a[j];
                    rows[at++] = ba;
                }
            }

            rows[at] = b;
        }

        return rows;
    }
}
