using NegoSim.Runner.Commands;

return await NegoSimCli.RunAsync(args, Console.Out, Console.Error);
