using NegoSim.Cli.Commands;

return await NegoSimCli.RunAsync(args, Console.Out, Console.Error);
