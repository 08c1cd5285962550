using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace NegoSim.Silo.CodeGenerator;

/// <summary>
/// For every grain interface declared in a project (an interface extending <c>NegoSim.Silo.IGrainWithStringKey</c>),
/// generates a sealed grain reference that implements it with typed calls into the silo, and a module initializer that
/// registers those references — the compile-time proxies Orleans' code generator makes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainReferenceGenerator : IIncrementalGenerator
{
    internal const string GrainMarker = "NegoSim.Silo.IGrain";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var references = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, cancellation) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellation) is INamedTypeSymbol symbol
                    && GrainReferenceWriter.IsGrainInterface(symbol)
                        ? GrainReferenceWriter.Write(symbol)
                        : null)
            .Where(static source => source is not null)
            .Collect();

        var assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? "Grains");

        context.RegisterSourceOutput(references.Combine(assemblyName), static (output, input) =>
        {
            var (sources, assembly) = input;
            var unique = sources
                .Select(static s => s!)
                .GroupBy(static s => s.InterfaceName)
                .Select(static g => g.First())
                .OrderBy(static s => s.InterfaceName, StringComparer.Ordinal)
                .ToImmutableArray();
            if (unique.IsEmpty)
            {
                return;
            }

            foreach (var source in unique)
            {
                output.AddSource(source.HintName, SourceText.From(source.Code, Encoding.UTF8));
            }

            output.AddSource("GrainReferences.Registration.g.cs", SourceText.From(GrainReferenceWriter.Registration(assembly, unique), Encoding.UTF8));
        });
    }
}
