using PiedmontSystem.LocalInfrastructure;

namespace PiedmontSystem.LocalRunner;

/// <summary>
/// Throwaway PostgreSQL and RabbitMQ for one test run, on free ports, in a temporary folder that
/// is removed on exit. When ready, writes the settings the test infrastructure reads
/// (<c>PIEDMONT_TEST_POSTGRES</c>, <c>PIEDMONT_TEST_RABBITMQ</c>, <c>PIEDMONT_TEST_RABBITMQ_MANAGEMENT</c>) to the env file.
/// </summary>
internal static class ServersCommand
{
    public static async Task<int> ExecuteAsync(CommandLine options)
    {
        var envFile = options.Get("env-file") ?? throw new ArgumentException("--env-file is required.");
        var directory = Path.Combine(Path.GetTempPath(), "piedmont-test-servers-" + Guid.NewGuid().ToString("N")[..8]);
        var credentials = LocalCredentials.Generate();
        using var shutdown = new Shutdown();
        try
        {
            await using var postgres = await PostgresServer.StartAsync(Path.Combine(directory, "postgres"), LoopbackPorts.FindFree(), credentials.PostgresPassword, durable: false);
            await using var rabbit = await RabbitMqServer.StartAsync(
                Path.Combine(directory, "rabbitmq"), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(),
                credentials.RabbitMqUser, credentials.RabbitMqPassword);

            var temporary = envFile + ".tmp";
            await File.WriteAllLinesAsync(temporary,
            [
                $"PIEDMONT_TEST_POSTGRES='{postgres.ConnectionString()}'",
                $"PIEDMONT_TEST_RABBITMQ='{rabbit.AmqpUri()}'",
                $"PIEDMONT_TEST_RABBITMQ_MANAGEMENT='http://{credentials.RabbitMqUser}:{credentials.RabbitMqPassword}@127.0.0.1:{rabbit.ManagementPort}/'",
            ]);
            File.Move(temporary, envFile, overwrite: true);
            Console.WriteLine($"Test servers ready: PostgreSQL 127.0.0.1:{postgres.Port}, RabbitMQ 127.0.0.1:{rabbit.AmqpPort}");

            await shutdown.WaitAsync();
            return 0;
        }
        finally
        {
            // The servers are stopped by the using declarations above before this runs.
            TryDelete(directory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
