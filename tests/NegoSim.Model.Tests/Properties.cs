using FsCheck;
using FsCheck.Fluent;

namespace NegoSim.Model.Tests;

/// <summary>Runs a property over many generated cases and fails the test with the smallest counterexample found.</summary>
internal static class Properties
{
    public static void ForAllScenarios(Func<int, bool> law, int cases = 200) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), law));
}
