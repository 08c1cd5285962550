using System.CommandLine;
using NegoSim.Silo;

// The silo host program: `dotnet run --project src/NegoSim.Silo -- [--cluster HOST:PORT] [--silo-port N] [--gateway-port N]`,
// the same as `negosim silo`.
var silo = SiloCommand.Create(Console.Out, Console.Error);
var root = new RootCommand(silo.Description ?? "");
foreach (var option in silo.Options)
{
    root.Options.Add(option);
}

root.Action = silo.Action;
return await root.Parse(args).InvokeAsync();
