using PiedmontSystem.LocalRunner;

// ./piedmont run | servers | token — see README.
// Asking for help never starts anything.
if (args.Any(a => a is "--help" or "-h" or "help"))
{
    CommandLine.Usage();
    return 0;
}

return args.FirstOrDefault() switch
{
    "run" => await RunCommand.ExecuteAsync(CommandLine.Parse(args[1..])),
    "servers" => await ServersCommand.ExecuteAsync(CommandLine.Parse(args[1..])),
    "token" => TokenCommand.Execute(CommandLine.Parse(args[1..])),
    _ => CommandLine.Usage(),
};
