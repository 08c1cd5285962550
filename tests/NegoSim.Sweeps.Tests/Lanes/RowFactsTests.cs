using FsCheck;
using FsCheck.Fluent;
using NegoSim.Sweeps.Lanes;

namespace NegoSim.Sweeps.Tests.Lanes;

public sealed class RowFactsTests
{
    [Fact]
    public void Facts_read_back_from_their_bytes_are_the_facts_written_for_any_run()
    {
        // Any line length, status (an error is -1 and has no utilities), deal, round and utilities, for 1 to 6
        // negotiators, packed one after another as a batch packs them: each run reads back as it was, from its slot.
        var runs = from negotiators in Gen.Choose(1, 6)
                   from count in Gen.Choose(1, 5)
                   from facts in Gen.ListOf(
                       from length in Gen.Choose(0, int.MaxValue)
                       from status in Gen.Choose(-1, 4)
                       from deal in Gen.Choose(-1, int.MaxValue)
                       from round in Gen.Choose(0, short.MaxValue)
                       from utilities in Gen.ArrayOf(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get), negotiators)
                       select new RowFacts(length, (sbyte)status, deal, (short)round, status < 0 ? null : utilities),
                       count)
                   select (negotiators, facts.ToArray());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(runs), c =>
        {
            var (negotiators, facts) = c;
            var size = RowFacts.Size(negotiators);
            var packed = new byte[size * facts.Length];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i].Write(packed.AsSpan(i * size, size), negotiators);
            }

            var rows = new BatchRows(ReadOnlyMemory<byte>.Empty, packed, negotiators);
            return rows.Runs == facts.Length && facts.Select((f, i) => Same(f, rows.FactsOf(i))).All(same => same);
        }));
    }

    private static bool Same(RowFacts a, RowFacts b) =>
        (a.Length, a.Status, a.Deal, a.Round) == (b.Length, b.Status, b.Deal, b.Round)
        && (a.Utilities is null ? b.Utilities is null : b.Utilities is not null && a.Utilities.SequenceEqual(b.Utilities));
}
